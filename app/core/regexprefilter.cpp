#include "core/regexprefilter.h"

#include <QChar>

#include <algorithm>
#include <climits>
#include <deque>
#include <set>

namespace Hindsight {

namespace {

/// At most this many strings are spelled out for a part before it is read only as needing
/// something: "(did not|didn't) (help|work)" is four strings, a part with many optional words
/// would be thousands.
constexpr std::size_t kMaxExact = 64;

using Strings = std::set<QString>;

/// What a part of a pattern matches: `exact`, every string it can match when they are few and
/// all literal; `needs`, strings one of which every match contains.
struct Part
{
    std::optional<Strings> exact;
    std::optional<Strings> needs;
};

/// A character as the filter compares it: case-folded, as a caseless match compares ("K",
/// the Kelvin sign and "k" are one; so are the long s and "s"). A character that folds to a
/// non-ASCII one but lowers to ASCII (the dotted capital I) is taken as lowered, in case the
/// matcher pairs them.
char16_t folded(char16_t c)
{
    if (c < 0x80)
        return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    if (QChar::isSurrogate(c))
        return c;
    const char32_t f = QChar::toCaseFolded(char32_t(c));
    if (f < 0x80)
        return char16_t(f);
    const char32_t l = QChar::toLower(char32_t(c));
    return l < 0x80 ? char16_t(l) : char16_t(f);
}

int shortest(const Strings &s)
{
    int n = INT_MAX;
    for (const QString &x : s)
        n = std::min(n, int(x.size()));
    return n;
}

/// The set that says more about a text: longer strings first, then fewer of them.
const std::optional<Strings> &better(const std::optional<Strings> &a,
                                     const std::optional<Strings> &b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    const int la = shortest(*a), lb = shortest(*b);
    if (la != lb)
        return la > lb ? a : b;
    return a->size() <= b->size() ? a : b;
}

/// What a part needs, from its exact strings or its needs, whichever says more.
std::optional<Strings> needsOf(const Part &p)
{
    std::optional<Strings> fromExact;
    if (p.exact && !p.exact->count(QString()))
        fromExact = p.exact;
    return better(fromExact, p.needs);
}

Part zeroWidth()
{
    return Part{Strings{QString()}, std::nullopt};
}

Part sequence(const Part &a, const Part &b)
{
    Part r;
    if (a.exact && b.exact && a.exact->size() * b.exact->size() <= kMaxExact) {
        Strings cross;
        for (const QString &x : *a.exact)
            for (const QString &y : *b.exact)
                cross.insert(x + y);
        r.exact = std::move(cross);
    }
    r.needs = better(needsOf(a), needsOf(b));
    return r;
}

Part alternation(const std::vector<Part> &branches)
{
    Part r;
    Strings all;
    bool exact = true;
    for (const Part &b : branches) {
        exact = exact && b.exact && all.size() + b.exact->size() <= kMaxExact;
        if (exact)
            all.insert(b.exact->cbegin(), b.exact->cend());
    }
    if (exact)
        r.exact = std::move(all);
    Strings needs;
    for (const Part &b : branches) {
        const std::optional<Strings> n = needsOf(b);
        if (!n)
            return r;
        needs.insert(n->cbegin(), n->cend());
    }
    r.needs = std::move(needs);
    return r;
}

/// A recursive-descent reading of the pattern syntax the importer's cues use. Any syntax it
/// does not know sets `failed`, and the pattern is then always tried.
class Reader
{
public:
    explicit Reader(const QString &pattern)
        : m_p(pattern)
    {}

    std::optional<Part> read()
    {
        Part p = alternation();
        if (m_failed || m_i != m_p.size())
            return std::nullopt;
        return p;
    }

private:
    bool atEnd() const { return m_i >= m_p.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        return m_i + ahead < m_p.size() ? m_p.at(m_i + ahead) : QChar();
    }

    Part alternation()
    {
        std::vector<Part> branches{sequence()};
        while (!m_failed && peek() == u'|') {
            ++m_i;
            branches.push_back(sequence());
        }
        return branches.size() == 1 ? branches.front() : Hindsight::alternation(branches);
    }

    /// Parts one after the other: a run of parts with exact strings is spelled out as one
    /// ("on " then "(failover|fallback)"), and the best of what each run and each other part
    /// needs is what the sequence needs.
    Part sequence()
    {
        Part run = zeroWidth();
        std::optional<Strings> needs;
        bool allExact = true;
        while (!m_failed && !atEnd() && peek() != u'|' && peek() != u')') {
            const Part next = quantified(atom());
            if (next.exact) {
                Part joined = Hindsight::sequence(run, next);
                if (!joined.exact) { // too many strings: the run so far, then a new one
                    needs = better(needs, needsOf(run));
                    joined = next;
                    allExact = false;
                }
                run = std::move(joined);
                continue;
            }
            allExact = false;
            needs = better(needs, better(needsOf(run), needsOf(next)));
            run = zeroWidth();
        }
        needs = better(needs, needsOf(run));
        return Part{allExact ? run.exact : std::nullopt, needs};
    }

    /// `p` with the quantifier that follows it, if any.
    Part quantified(Part p)
    {
        int min = 1, max = 1;
        const QChar q = peek();
        if (q == u'?' || q == u'*' || q == u'+') {
            min = q == u'+' ? 1 : 0;
            max = q == u'?' ? 1 : -1;
            ++m_i;
        } else if (q == u'{' && readBraces(min, max)) {
        } else {
            return p;
        }
        if (peek() == u'?' || peek() == u'+')
            ++m_i; // lazy or possessive: the same strings
        if (min == 0) {
            std::optional<Strings> exact;
            if (max == 1 && p.exact) {
                exact = p.exact;
                exact->insert(QString());
            }
            return Part{exact, std::nullopt};
        }
        return Part{min == 1 && max == 1 ? p.exact : std::nullopt, needsOf(p)};
    }

    /// "{m}", "{m,}", "{m,n}" at the reading position: read, true. Else a literal "{".
    bool readBraces(int &min, int &max)
    {
        qsizetype j = m_i + 1;
        const auto number = [&](int &out) {
            const qsizetype from = j;
            while (j < m_p.size() && m_p.at(j).isDigit())
                ++j;
            out = m_p.mid(from, j - from).toInt();
            return j > from;
        };
        if (!number(min))
            return false;
        max = min;
        if (j < m_p.size() && m_p.at(j) == u',') {
            ++j;
            if (!number(max))
                max = -1;
        }
        if (j >= m_p.size() || m_p.at(j) != u'}')
            return false;
        m_i = j + 1;
        return true;
    }

    Part literal(QChar c)
    {
        return Part{Strings{QString(QChar(folded(c.unicode())))}, std::nullopt};
    }

    Part atom()
    {
        const QChar c = m_p.at(m_i++);
        switch (c.unicode()) {
        case u'(':
            return group();
        case u'[':
            return characterClass();
        case u'\\':
            return escape();
        case u'^':
        case u'$':
            return zeroWidth();
        case u'.':
            return Part{};
        case u'*':
        case u'+':
        case u'?':
            m_failed = true; // a quantifier with nothing before it
            return Part{};
        default:
            if (c.isSurrogate())
                m_failed = true;
            return literal(c);
        }
    }

    Part escape()
    {
        if (atEnd()) {
            m_failed = true;
            return Part{};
        }
        const QChar e = m_p.at(m_i++);
        if (e.isLetterOrNumber() && e.unicode() < 0x80) {
            switch (e.toLatin1()) {
            case 'b':
            case 'B':
            case 'A':
            case 'z':
            case 'Z':
            case 'G':
                return zeroWidth();
            case 'w':
            case 'W':
            case 's':
            case 'S':
            case 'd':
            case 'D':
            case 'h':
            case 'H':
            case 'v':
            case 'V':
            case 'R':
            case 'N':
            case 'X':
                return Part{};
            case 'p':
            case 'P':
                if (peek() == u'{') {
                    while (!atEnd() && m_p.at(m_i) != u'}')
                        ++m_i;
                    ++m_i;
                } else {
                    ++m_i;
                }
                return Part{};
            case 'n':
                return literal(QChar(u'\n'));
            case 't':
                return literal(QChar(u'\t'));
            case 'r':
                return literal(QChar(u'\r'));
            default:
                m_failed = true; // back-references, \x, \Q…\E, \g, \k: not read
                return Part{};
            }
        }
        return literal(e);
    }

    /// "[…]": the characters it can match when it lists a few without ranges, escapes or
    /// negation; otherwise nothing known.
    Part characterClass()
    {
        Strings chars;
        const bool negated = peek() == u'^';
        if (negated)
            ++m_i;
        bool known = !negated;
        bool first = true; // a "]" first in the class is a literal
        while (!atEnd()) {
            const QChar c = m_p.at(m_i++);
            if (c == u']' && !first)
                return known && chars.size() <= 8 ? Part{chars, std::nullopt} : Part{};
            first = false;
            if (c == u'\\') {
                known = false;
                ++m_i;
            } else if (c == u'[' && peek() == u':') {
                known = false; // a POSIX class, "[:alpha:]"
                while (!atEnd() && m_p.at(m_i) != u']')
                    ++m_i;
                ++m_i;
            } else if (c == u'-' && !chars.empty() && peek() != u']') {
                known = false; // a range
            } else {
                chars.insert(QString(QChar(folded(c.unicode()))));
            }
        }
        m_failed = true; // no closing bracket
        return Part{};
    }

    Part group()
    {
        bool lookaround = false;
        if (peek() == u'?') {
            const QChar k = peek(1);
            if (k == u':' || k == u'>') {
                m_i += 2;
            } else if (k == u'=' || k == u'!') {
                m_i += 2;
                lookaround = true;
            } else if (k == u'<' && (peek(2) == u'=' || peek(2) == u'!')) {
                m_i += 3;
                lookaround = true;
            } else if (k == u'<' || k == u'P' || k == u'\'') {
                const QChar close = k == u'\'' ? u'\'' : u'>';
                while (!atEnd() && m_p.at(m_i) != close)
                    ++m_i;
                ++m_i; // a named group
            } else if (!readOptions()) {
                m_failed = true;
                return Part{};
            } else if (peek(-1) == u')') {
                return zeroWidth(); // "(?i)": options for the rest
            }
        }
        const Part inner = alternation();
        if (peek() != u')') {
            m_failed = true;
            return Part{};
        }
        ++m_i;
        return lookaround ? zeroWidth() : inner;
    }

    /// "(?i:", "(?-i:", "(?s)" and the like after "(": read, true. Extended mode ("x") would
    /// make spaces in the pattern no literal, so it is not read.
    bool readOptions()
    {
        qsizetype j = m_i + 1;
        while (j < m_p.size()) {
            const QChar o = m_p.at(j);
            if (o == u':' || o == u')') {
                m_i = j + 1;
                return true;
            }
            if (o != u'-' && o != u'i' && o != u's' && o != u'm' && o != u'U' && o != u'J')
                return false;
            ++j;
        }
        return false;
    }

    const QString &m_p;
    qsizetype m_i = 0;
    bool m_failed = false;
};

} // namespace

std::optional<QStringList> requiredLiterals(const QString &pattern, int minLength, int maxLength)
{
    const std::optional<Part> part = Reader(pattern).read();
    if (!part)
        return std::nullopt;
    const std::optional<Strings> needs = needsOf(*part);
    if (!needs || needs->empty() || shortest(*needs) < minLength)
        return std::nullopt;
    Strings cut;
    for (const QString &s : *needs)
        cut.insert(s.left(maxLength));
    // A string that holds another adds nothing: the shorter one is found wherever it is.
    QStringList out;
    for (const QString &s : cut)
        if (std::none_of(cut.cbegin(), cut.cend(),
                         [&](const QString &t) { return t != s && s.contains(t); }))
            out.append(s);
    return out;
}

RegexPrefilter::RegexPrefilter(const QStringList &patterns)
    : m_words(int((patterns.size() + 63) / 64))
    , m_asciiClass(0x80, 0)
    , m_always(std::size_t(m_words), 0)
{
    // The trie of every pattern's literals, each node with the patterns whose literal ends there.
    std::vector<std::vector<std::pair<char16_t, int>>> children(1);
    std::vector<Mask> ends(1, Mask(std::size_t(m_words), 0));
    for (int i = 0; i < patterns.size(); ++i) {
        const std::optional<QStringList> literals = requiredLiterals(patterns.at(i));
        if (!literals) {
            m_always[std::size_t(i) / 64] |= std::uint64_t(1) << (i % 64);
            continue;
        }
        ++m_filtered;
        for (const QString &literal : *literals) {
            int node = 0;
            for (const QChar ch : literal) {
                const char16_t c = ch.unicode();
                auto &kids = children[std::size_t(node)];
                const auto it = std::find_if(kids.begin(), kids.end(),
                                             [c](const auto &k) { return k.first == c; });
                if (it != kids.end()) {
                    node = it->second;
                    continue;
                }
                const int made = int(children.size());
                kids.emplace_back(c, made);
                children.emplace_back();
                ends.emplace_back(std::size_t(m_words), 0);
                node = made;
            }
            ends[std::size_t(node)][std::size_t(i) / 64] |= std::uint64_t(1) << (i % 64);
        }
    }
    // Character classes: one per character that occurs in a literal.
    for (const auto &kids : children)
        for (const auto &[c, node] : kids) {
            Q_UNUSED(node);
            if (c < 0x80) {
                if (!m_asciiClass[c])
                    m_asciiClass[c] = std::uint8_t(m_classes++);
            } else if (classOf(c) == 0) {
                m_otherClass.emplace_back(c, m_classes++);
                std::sort(m_otherClass.begin(), m_otherClass.end());
            }
        }
    // The automaton: failure links breadth first, every state's move on every class filled in.
    const std::size_t states = children.size();
    m_next.assign(states * std::size_t(m_classes), 0);
    std::vector<int> fail(states, 0);
    std::deque<int> queue;
    for (const auto &[c, node] : children[0]) {
        m_next[std::size_t(classOf(c))] = node;
        queue.push_back(node);
    }
    while (!queue.empty()) {
        const int s = queue.front();
        queue.pop_front();
        Mask &out = ends[std::size_t(s)];
        const Mask &inherited = ends[std::size_t(fail[std::size_t(s)])];
        for (std::size_t w = 0; w < out.size(); ++w)
            out[w] |= inherited[w];
        const std::size_t row = std::size_t(s) * std::size_t(m_classes);
        const std::size_t failRow = std::size_t(fail[std::size_t(s)]) * std::size_t(m_classes);
        for (int k = 0; k < m_classes; ++k)
            m_next[row + std::size_t(k)] = m_next[failRow + std::size_t(k)];
        for (const auto &[c, child] : children[std::size_t(s)]) {
            const std::size_t k = std::size_t(classOf(c));
            fail[std::size_t(child)] = m_next[failRow + k];
            m_next[row + k] = child;
            queue.push_back(child);
        }
    }
    m_outputOf.assign(states, -1);
    for (std::size_t s = 0; s < states; ++s)
        if (std::any_of(ends[s].cbegin(), ends[s].cend(), [](std::uint64_t w) { return w; })) {
            m_outputOf[s] = int(m_outputs.size());
            m_outputs.push_back(ends[s]);
        }
}

int RegexPrefilter::classOf(char16_t c) const
{
    if (c < 0x80)
        return m_asciiClass[c];
    const auto it
        = std::lower_bound(m_otherClass.cbegin(), m_otherClass.cend(), std::make_pair(c, 0));
    return it != m_otherClass.cend() && it->first == c ? it->second : 0;
}

RegexPrefilter::Mask RegexPrefilter::candidates(QStringView text) const
{
    Mask found = m_always;
    std::size_t state = 0;
    const std::size_t classes = std::size_t(m_classes);
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        const int k
            = c < 0x80 ? m_asciiClass[c >= u'A' && c <= u'Z' ? c + 32 : c] : classOf(folded(c));
        state = std::size_t(m_next[state * classes + std::size_t(k)]);
        if (const int o = m_outputOf[state]; o >= 0) {
            const Mask &out = m_outputs[std::size_t(o)];
            for (std::size_t w = 0; w < found.size(); ++w)
                found[w] |= out[w];
        }
    }
    return found;
}

} // namespace Hindsight
