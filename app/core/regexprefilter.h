// A literal prefilter for many case-insensitive regular expressions tried on the same text: one
// pass over the text tells which patterns cannot match, so only the others run. The importer
// tries every event-kind cue on every timeline entry (tests/benchmarks/README.md).
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <optional>
#include <vector>

namespace Hindsight {

/// Strings, case-folded, at least one of which occurs in every text that `pattern` matches
/// case-insensitively (PCRE2 syntax, as QRegularExpression reads it with
/// CaseInsensitiveOption). The classic derivation of required substrings from a pattern's
/// syntax tree (Russ Cox, "Regular Expression Matching with a Trigram Index", 2012): a
/// sequence needs what any one of its parts needs, an alternation what each of its branches
/// needs, an optional part nothing. Strings are at most `maxLength` characters (a longer one is
/// cut to its start, which the text then holds too). nullopt when no set of strings of at least
/// `minLength` characters can be derived, or the pattern uses syntax this reading does not know
/// (back-references, conditionals, extended mode), which is never a wrong answer: the pattern
/// is then always tried.
std::optional<QStringList> requiredLiterals(const QString &pattern, int minLength = 2,
                                            int maxLength = 16);

/// Which of a list of case-insensitive patterns may match a text. Built once from the patterns'
/// requiredLiterals, found in a text by one Aho-Corasick automaton (Aho and Corasick,
/// "Efficient string matching", CACM 1975) run over its case-folded characters: a pattern none
/// of whose literals occurs cannot match; one without literals is always a candidate. The
/// answer is a bit per pattern, in the patterns' order. Thread-safe once built; not copyable.
class RegexPrefilter
{
public:
    explicit RegexPrefilter(const QStringList &patterns);
    RegexPrefilter(const RegexPrefilter &) = delete;
    RegexPrefilter &operator=(const RegexPrefilter &) = delete;

    using Mask = std::vector<std::uint64_t>;

    /// Bit i of the result (word i / 64, bit i % 64) is clear when pattern i cannot match `text`.
    Mask candidates(QStringView text) const;
    static bool has(const Mask &mask, int i) { return mask[std::size_t(i) / 64] >> (i % 64) & 1; }

    /// Patterns that have literals to be filtered by (the others are always candidates).
    int filteredCount() const { return m_filtered; }

private:
    int classOf(char16_t c) const;

    int m_words = 0;
    int m_filtered = 0;
    int m_classes = 1; ///< class 0: a character in no literal
    std::vector<std::uint8_t> m_asciiClass;
    std::vector<std::pair<char16_t, int>> m_otherClass; ///< sorted by character
    std::vector<std::int32_t> m_next;                   ///< state * m_classes + class
    std::vector<std::int32_t> m_outputOf;               ///< state -> index into m_outputs, or -1
    std::vector<Mask> m_outputs;
    Mask m_always;
};

} // namespace Hindsight
