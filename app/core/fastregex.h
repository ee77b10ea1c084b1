// A regular expression matched without allocating: PCRE2 called directly, for the importer's
// per-line patterns (tests/fuzz/README.md: Qt 6.4's QRegularExpression allocates four blocks on
// every match, most of an import's allocations).
#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>

#include <mutex>

struct pcre2_real_code_16;

namespace Hindsight {

/// The result of FastRegex::match: whether it matched and where each capturing group matched,
/// as offsets in UTF-16 code units into the subject. It views the subject, which must outlive
/// it (FastRegex::match refuses a temporary QString). Group numbers and the answers for groups
/// that did not take part (-1, null strings) are QRegularExpressionMatch's.
class FastMatch
{
public:
    bool hasMatch() const { return !m_offsets.isEmpty(); }
    /// Highest group number that took part in the match; -1 without a match.
    int lastCapturedIndex() const { return int(m_offsets.size() / 2) - 1; }
    qsizetype capturedStart(int n = 0) const { return offset(2 * n); }
    qsizetype capturedEnd(int n = 0) const { return offset(2 * n + 1); }
    qsizetype capturedLength(int n = 0) const { return capturedEnd(n) - capturedStart(n); }
    /// The text of group `n`; a null view (null QString for captured) when it did not take part.
    QStringView capturedView(int n = 0) const;
    QString captured(int n = 0) const { return capturedView(n).toString(); }
    bool hasCaptured(int n) const { return capturedStart(n) >= 0; }
    /// The same for a named group ("(?<name>…)"); an unknown name is a group that did not
    /// take part.
    int groupNumber(QStringView name) const;
    qsizetype capturedStart(QStringView name) const { return capturedStart(groupNumber(name)); }
    qsizetype capturedEnd(QStringView name) const { return capturedEnd(groupNumber(name)); }
    qsizetype capturedLength(QStringView name) const { return capturedLength(groupNumber(name)); }
    QStringView capturedView(QStringView name) const { return capturedView(groupNumber(name)); }
    QString captured(QStringView name) const { return captured(groupNumber(name)); }
    bool hasCaptured(QStringView name) const { return hasCaptured(groupNumber(name)); }

private:
    friend class FastRegex;
    friend class FastMatchIterator;
    qsizetype offset(int i) const { return i >= 0 && i < m_offsets.size() ? m_offsets[i] : -1; }
    const pcre2_real_code_16 *m_code = nullptr;
    QStringView m_subject;
    QVarLengthArray<qsizetype, 32>
        m_offsets; // start, end of each group up to the last that took part
};

class FastRegex;

/// FastRegex::globalMatch: the matches one after the other, as QRegularExpressionMatchIterator
/// gives them (after an empty match, the next is tried non-empty at the same place, then from
/// the next character). Views the subject, which must outlive it.
class FastMatchIterator
{
public:
    bool hasNext() const { return m_next.hasMatch(); }
    FastMatch next();

private:
    friend class FastRegex;
    const FastRegex *m_re = nullptr;
    QRegularExpression::MatchOptions m_options;
    FastMatch m_next;
};

/// A pattern compiled as QRegularExpression compiles it (PCRE2 with UTF, the same pattern
/// options, JIT) and matched as QRegularExpression::match does (same start offset, anchoring,
/// UTF-16 check unless DontCheckSubjectStringMatchOption, a JIT stack of up to 512 KB), so the
/// answers are QRegularExpression's — but without allocating: each thread keeps one match data
/// and match context. Thread-safe; not copyable. An invalid pattern warns once (qWarning) and
/// never matches.
class FastRegex
{
public:
    explicit FastRegex(const QString &pattern, QRegularExpression::PatternOptions options
                                               = QRegularExpression::NoPatternOption);
    ~FastRegex();
    FastRegex(const FastRegex &) = delete;
    FastRegex &operator=(const FastRegex &) = delete;

    bool isValid() const { return m_code != nullptr; }
    /// The pattern as given to the constructor.
    const QString &pattern() const { return m_pattern; }

    /// Whether the pattern matches in `subject` at or after `offset` (code units; negative
    /// counts from the end). Nothing to keep alive: the cheapest test.
    bool matches(QStringView subject, qsizetype offset = 0,
                 QRegularExpression::MatchOptions options
                 = QRegularExpression::NoMatchOption) const;

    /// The first match at or after `offset`, with its groups; the result views `subject`.
    FastMatch match(QStringView subject, qsizetype offset = 0,
                    QRegularExpression::MatchOptions options
                    = QRegularExpression::NoMatchOption) const;
    FastMatch match(const QString &subject, qsizetype offset = 0,
                    QRegularExpression::MatchOptions options
                    = QRegularExpression::NoMatchOption) const
    {
        return match(QStringView(subject), offset, options);
    }
    /// QRegularExpression's signature; only NormalMatch is supported (asserted).
    FastMatch match(QStringView subject, qsizetype offset, QRegularExpression::MatchType type,
                    QRegularExpression::MatchOptions options) const
    {
        Q_ASSERT(type == QRegularExpression::NormalMatch);
        Q_UNUSED(type);
        return match(subject, offset, options);
    }
    FastMatch match(const QString &subject, qsizetype offset, QRegularExpression::MatchType type,
                    QRegularExpression::MatchOptions options) const
    {
        return match(QStringView(subject), offset, type, options);
    }
    /// A match viewing a temporary would dangle: use matches(), or keep the string.
    FastMatch match(QString &&, qsizetype = 0,
                    QRegularExpression::MatchOptions
                    = QRegularExpression::NoMatchOption) const = delete;

    /// All matches from `offset` on; the iterator views `subject`.
    FastMatchIterator globalMatch(QStringView subject, qsizetype offset = 0,
                                  QRegularExpression::MatchOptions options
                                  = QRegularExpression::NoMatchOption) const;
    FastMatchIterator globalMatch(const QString &subject, qsizetype offset = 0,
                                  QRegularExpression::MatchOptions options
                                  = QRegularExpression::NoMatchOption) const
    {
        return globalMatch(QStringView(subject), offset, options);
    }
    FastMatchIterator globalMatch(QString &&, qsizetype = 0,
                                  QRegularExpression::MatchOptions
                                  = QRegularExpression::NoMatchOption) const = delete;

    /// QString::replace(QRegularExpression, after) for an `after` without backreferences
    /// (asserted: no backslash): every match replaced by `after`. `s` is left alone (not
    /// detached) when nothing matches.
    void replaceIn(QString &s, QStringView after) const;
    /// QString::remove(QRegularExpression).
    void removeIn(QString &s) const { replaceIn(s, {}); }
    /// QString::split(QRegularExpression, behavior): the pieces between the matches.
    QStringList split(const QString &s, Qt::SplitBehavior behavior = Qt::KeepEmptyParts) const;

    /// The match after `previous` (QRegularExpressionMatch's nextMatch, which the iterator uses).
    FastMatch nextMatch(const FastMatch &previous, QRegularExpression::MatchOptions options) const;

private:
    int run(QStringView subject, qsizetype offset, QRegularExpression::MatchOptions options,
            FastMatch *out) const;

    int runAt(QStringView subject, qsizetype offset, uint32_t pcreFlags, FastMatch *out) const;
    const pcre2_real_code_16 *anchoredCode() const;

    pcre2_real_code_16 *m_code = nullptr;
    /// The pattern compiled anchored, for matches anchored at their offset: PCRE2's JIT does
    /// not take PCRE2_ANCHORED at match time, and falls back to the interpreter (pcre2_jit_compile
    /// documentation). Compiled on first use.
    QString m_pattern;
    uint32_t m_compileOptions = 0;
    mutable std::once_flag m_anchoredOnce;
    mutable pcre2_real_code_16 *m_anchoredCode = nullptr;
    int m_captureCount = 0;
    qsizetype m_maxLookbehind = 0; ///< code units the longest lookbehind reads back
    bool m_crlfNewlines = false;   ///< "\r\n" is one line end: an empty match never splits it
};

} // namespace Hindsight
