#include "core/fastregex.h"

#define PCRE2_CODE_UNIT_WIDTH 16
#include <pcre2.h>

#include <QDebug>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <iterator>

namespace Hindsight {

namespace {

/// Whether `s` holds a UTF-16 surrogate code unit (U+D800-U+DFFF). Without one a string is valid
/// UTF-16, so PCRE2 need not check it: this test reads four code units at a time, where PCRE2's
/// check reads one (a zero-lane test on 64-bit words: Anderson, "Bit Twiddling Hacks",
/// "Determine if a word has a zero byte", on 16-bit lanes).
bool hasSurrogate(QStringView s)
{
    const char16_t *p = s.utf16();
    const qsizetype n = s.size();
    qsizetype i = 0;
    for (; i + 4 <= n; i += 4) {
        std::uint64_t v;
        std::memcpy(&v, p + i, sizeof v);
        // A lane is zero exactly where the code unit is a surrogate.
        const std::uint64_t x = (v & 0xF800F800F800F800u) ^ 0xD800D800D800D800u;
        if ((x - 0x0001000100010001u) & ~x & 0x8000800080008000u)
            return true;
    }
    for (; i < n; ++i)
        if ((p[i] & 0xF800) == 0xD800)
            return true;
    return false;
}

/// Pairs of offsets in each thread's match data: enough for nearly every pattern of the
/// importer. A pattern with more groups (the event-kind cues joined into one) uses a second,
/// larger match data of the thread, made when such a pattern first runs there.
constexpr uint32_t kPairs = 128;

/// Each thread's match data, match context and JIT stack. QRegularExpression's JIT stack
/// grows from 32 KB up to 512 KB; a match that needs no more than PCRE2's default 32 KB
/// gives the same answer on either.
struct Scratch
{
    pcre2_match_data_16 *data = pcre2_match_data_create_16(kPairs, nullptr);
    pcre2_match_context_16 *context = pcre2_match_context_create_16(nullptr);
    pcre2_jit_stack_16 *stack = pcre2_jit_stack_create_16(32 * 1024, 512 * 1024, nullptr);
    pcre2_match_data_16 *large = nullptr; // for patterns of more than kPairs - 1 groups
    uint32_t largePairs = 0;

    Scratch() { pcre2_jit_stack_assign_16(context, nullptr, stack); }
    ~Scratch()
    {
        pcre2_match_data_free_16(large);
        pcre2_jit_stack_free_16(stack);
        pcre2_match_context_free_16(context);
        pcre2_match_data_free_16(data);
    }
    Scratch(const Scratch &) = delete;
    Scratch &operator=(const Scratch &) = delete;
};

Scratch &scratch()
{
    thread_local Scratch s;
    return s;
}

/// QRegularExpression's translation of its pattern options (qregularexpression.cpp).
uint32_t compileOptions(QRegularExpression::PatternOptions o)
{
    uint32_t options = PCRE2_UTF;
    if (o & QRegularExpression::CaseInsensitiveOption)
        options |= PCRE2_CASELESS;
    if (o & QRegularExpression::DotMatchesEverythingOption)
        options |= PCRE2_DOTALL;
    if (o & QRegularExpression::MultilineOption)
        options |= PCRE2_MULTILINE;
    if (o & QRegularExpression::ExtendedPatternSyntaxOption)
        options |= PCRE2_EXTENDED;
    if (o & QRegularExpression::InvertedGreedinessOption)
        options |= PCRE2_UNGREEDY;
    if (o & QRegularExpression::DontCaptureOption)
        options |= PCRE2_NO_AUTO_CAPTURE;
    if (o & QRegularExpression::UseUnicodePropertiesOption)
        options |= PCRE2_UCP;
    return options;
}

} // namespace

QStringView FastMatch::capturedView(int n) const
{
    const qsizetype start = capturedStart(n);
    if (start < 0)
        return {};
    return m_subject.mid(start, capturedEnd(n) - start);
}

int FastMatch::groupNumber(QStringView name) const
{
    // PCRE2 wants the name NUL-terminated; group names are short.
    char16_t buffer[64];
    if (!m_code || name.size() >= qsizetype(std::size(buffer)))
        return -1;
    std::copy(name.utf16(), name.utf16() + name.size(), buffer);
    buffer[name.size()] = 0;
    const int n
        = pcre2_substring_number_from_name_16(m_code, reinterpret_cast<PCRE2_SPTR16>(buffer));
    return n > 0 ? n : -1;
}

FastRegex::FastRegex(const QString &pattern, QRegularExpression::PatternOptions options)
{
    int error = 0;
    PCRE2_SIZE errorOffset = 0;
    m_pattern = pattern;
    m_compileOptions = compileOptions(options);
    m_code = pcre2_compile_16(reinterpret_cast<PCRE2_SPTR16>(pattern.utf16()),
                              PCRE2_SIZE(pattern.size()), m_compileOptions, &error, &errorOffset,
                              nullptr);
    if (!m_code) {
        qWarning("FastRegex: invalid pattern '%ls' (PCRE2 error %d at %d)",
                 qUtf16Printable(pattern), error, int(errorOffset));
        return;
    }
    pcre2_jit_compile_16(m_code, PCRE2_JIT_COMPLETE);
    uint32_t count = 0;
    pcre2_pattern_info_16(m_code, PCRE2_INFO_CAPTURECOUNT, &count);
    m_captureCount = int(count);
    uint32_t lookbehind = 0;
    pcre2_pattern_info_16(m_code, PCRE2_INFO_MAXLOOKBEHIND, &lookbehind);
    m_maxLookbehind = 2 * qsizetype(lookbehind); // characters; a surrogate pair is two units
    uint32_t newline = 0;
    if (pcre2_pattern_info_16(m_code, PCRE2_INFO_NEWLINE, &newline) != 0)
        pcre2_config_16(PCRE2_CONFIG_NEWLINE, &newline);
    m_crlfNewlines = newline == PCRE2_NEWLINE_CRLF || newline == PCRE2_NEWLINE_ANY
                     || newline == PCRE2_NEWLINE_ANYCRLF;
}

FastRegex::~FastRegex()
{
    pcre2_code_free_16(m_anchoredCode);
    pcre2_code_free_16(m_code);
}

const pcre2_real_code_16 *FastRegex::anchoredCode() const
{
    std::call_once(m_anchoredOnce, [this] {
        int error = 0;
        PCRE2_SIZE errorOffset = 0;
        m_anchoredCode = pcre2_compile_16(
            reinterpret_cast<PCRE2_SPTR16>(m_pattern.utf16()), PCRE2_SIZE(m_pattern.size()),
            m_compileOptions | PCRE2_ANCHORED, &error, &errorOffset, nullptr);
        if (m_anchoredCode)
            pcre2_jit_compile_16(m_anchoredCode, PCRE2_JIT_COMPLETE);
    });
    return m_anchoredCode;
}

int FastRegex::run(QStringView subject, qsizetype offset, QRegularExpression::MatchOptions options,
                   FastMatch *out) const
{
    if (offset < 0)
        offset += subject.size();
    if (!m_code || offset < 0 || offset > subject.size())
        return -1;
    uint32_t flags = 0;
    if (options & QRegularExpression::AnchorAtOffsetMatchOption)
        flags |= PCRE2_ANCHORED;
    // A subject with a surrogate is checked by PCRE2, as QRegularExpression has it checked.
    // Only the part a match can read is tested, as PCRE2 checks it: from the offset less the
    // pattern's longest lookbehind (a search from far into a long text reads none before it).
    if ((options & QRegularExpression::DontCheckSubjectStringMatchOption)
        || !hasSurrogate(subject.mid(std::max<qsizetype>(0, offset - m_maxLookbehind))))
        flags |= PCRE2_NO_UTF_CHECK;
    return runAt(subject, offset, flags, out);
}

int FastRegex::runAt(QStringView subject, qsizetype offset, uint32_t flags, FastMatch *out) const
{
    Scratch &s = scratch();
    const uint32_t pairs = uint32_t(m_captureCount) + 1;
    pcre2_match_data_16 *data = s.data;
    if (out && pairs > kPairs) {
        if (pairs > s.largePairs) {
            pcre2_match_data_free_16(s.large);
            s.large = pcre2_match_data_create_16(pairs, nullptr);
            s.largePairs = s.large ? pairs : 0;
        }
        data = s.large;
        if (!data) { // out of memory: no match
            out->m_code = m_code;
            out->m_subject = subject;
            out->m_offsets.clear();
            return PCRE2_ERROR_NOMEMORY;
        }
    }
    // An empty view may have no data: PCRE2 wants a pointer even for no characters.
    static const char16_t empty = 0;
    const auto *text = subject.isEmpty() ? &empty : subject.utf16();
    const pcre2_real_code_16 *code = m_code;
    if (flags & PCRE2_ANCHORED) {
        if (const pcre2_real_code_16 *anchored = anchoredCode()) {
            code = anchored; // the same answers, run by the JIT
            flags &= ~uint32_t(PCRE2_ANCHORED);
        }
    }
    const int rc
        = pcre2_match_16(code, reinterpret_cast<PCRE2_SPTR16>(text), PCRE2_SIZE(subject.size()),
                         PCRE2_SIZE(offset), flags, data, s.context);
    if (out) {
        out->m_code = m_code;
        out->m_subject = subject;
        out->m_offsets.clear();
        if (rc > 0) {
            const PCRE2_SIZE *ovector = pcre2_get_ovector_pointer_16(data);
            // PCRE2_UNSET is all bits set: -1 as a qsizetype, QRegularExpression's "no match".
            static_assert(sizeof(PCRE2_SIZE) == sizeof(qsizetype) && qsizetype(PCRE2_UNSET) == -1);
            out->m_offsets.resize(2 * rc);
            std::memcpy(out->m_offsets.data(), ovector, sizeof(PCRE2_SIZE) * size_t(2 * rc));
        }
    }
    return rc;
}

FastMatch FastRegex::nextMatch(const FastMatch &previous,
                               QRegularExpression::MatchOptions options) const
{
    // QRegularExpressionPrivate::doMatch with a previous match: the subject was checked then.
    FastMatch m;
    if (!m_code || !previous.hasMatch())
        return m;
    const QStringView subject = previous.m_subject;
    qsizetype offset = previous.capturedEnd();
    uint32_t flags = PCRE2_NO_UTF_CHECK;
    if (options & QRegularExpression::AnchorAtOffsetMatchOption)
        flags |= PCRE2_ANCHORED;
    if (previous.capturedStart() != previous.capturedEnd()) {
        runAt(subject, offset, flags, &m);
        return m;
    }
    if (runAt(subject, offset, flags | PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED, &m)
        != PCRE2_ERROR_NOMATCH)
        return m;
    ++offset;
    if (m_crlfNewlines && offset < subject.size() && subject.at(offset - 1) == u'\r'
        && subject.at(offset) == u'\n')
        ++offset;
    else if (offset < subject.size() && subject.at(offset).isLowSurrogate())
        ++offset;
    runAt(subject, offset, flags, &m);
    return m;
}

FastMatch FastMatchIterator::next()
{
    FastMatch current = m_next;
    m_next = m_re->nextMatch(current, m_options);
    return current;
}

FastMatchIterator FastRegex::globalMatch(QStringView subject, qsizetype offset,
                                         QRegularExpression::MatchOptions options) const
{
    FastMatchIterator it;
    it.m_re = this;
    it.m_options = options;
    it.m_next = match(subject, offset, options);
    return it;
}

void FastRegex::replaceIn(QString &s, QStringView after) const
{
    Q_ASSERT(!after.contains(u'\\'));
    FastMatchIterator it = globalMatch(QStringView(s));
    if (!it.hasNext())
        return;
    QString out;
    qsizetype last = 0;
    while (it.hasNext()) {
        const FastMatch m = it.next();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        out += after;
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    if (out.isEmpty())
        s.resize(0); // as QString::replace leaves it: empty, not null
    else
        s = out;
}

QStringList FastRegex::split(const QString &s, Qt::SplitBehavior behavior) const
{
    // QString::split(QRegularExpression): Qt's splitString.
    QStringList list;
    qsizetype start = 0;
    FastMatchIterator it = globalMatch(s);
    while (it.hasNext()) {
        const FastMatch m = it.next();
        const qsizetype end = m.capturedStart();
        if (start != end || behavior == Qt::KeepEmptyParts)
            list.append(s.mid(start, end - start));
        start = m.capturedEnd();
    }
    if (start != s.size() || behavior == Qt::KeepEmptyParts)
        list.append(s.mid(start));
    return list;
}

bool FastRegex::matches(QStringView subject, qsizetype offset,
                        QRegularExpression::MatchOptions options) const
{
    return run(subject, offset, options, nullptr) >= 0;
}

FastMatch FastRegex::match(QStringView subject, qsizetype offset,
                           QRegularExpression::MatchOptions options) const
{
    FastMatch m;
    run(subject, offset, options, &m);
    return m;
}

} // namespace Hindsight
