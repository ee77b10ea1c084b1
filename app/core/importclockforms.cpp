// Import: clock times a document writes without the colon ("1742: …", "11.55 alerts fire"),
// read as times only where the document's own timeline shows that it writes them so.
#include "core/fastregex.h"
#include "core/importtime.h"

#include <QStringView>

namespace Hindsight::ImportTime {

namespace {

// A line led by a moment: a list marker, emphasis, "~" and a link's "[" may come first.
constexpr auto kLead = R"(^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?~?\[?)";

const FastRegex &fourDigitLine()
{
    // "1742: the vendor posts an update …", "[1801](chat link): Nora confirms …",
    // "0916 - paged".
    static const FastRegex re(
        QString::fromLatin1(kLead)
            + QStringLiteral(R"(([01]\d|2[0-3])([0-5]\d)(?:\]\([^)\s]*\))?)"
                             R"((?:\*\*|__)?(?::\s|\s[-\x{2013}\x{2014}]\s))"),
        QRegularExpression::MultilineOption);
    return re;
}

const FastRegex &dottedLine()
{
    // "11.55 uptime checks fail …", "12.00 KT confirms …"; not "3.1.2 Scope" nor "1.5x".
    // Also as British writers open an entry (Oxford style "2.30"): "At 23.40, the disk …",
    // "21.50. The symptoms …", a table's "| 07.45 | The alert …".
    static const FastRegex re(
        QStringLiteral(R"(^[ \t]*(?:[-*+][ \t]+|\|[ \t]*)?(?:\*\*|__)?~?\[?(?i:at[ \t]+)?)"
                       R"(([01]?\d|2[0-3])\.([0-5]\d)(?![\d])(?![.,]\d)[.,]?(?:\*\*|__)?)"
                       R"([ \t]+(?:\|[ \t]*)?(?=[\p{L}#@`*(\[]))"),
        QRegularExpression::MultilineOption);
    return re;
}

} // namespace

ClockForms clockForms(const QString &text)
{
    // Three lines or more, as a timeline has, before a form counts; four digits that could be
    // a year (1900–2099: "2019: we moved to …") count only beside two that could not be one.
    ClockForms forms;
    const QStringView view = QStringView(text).left(200000);
    int fourDigit = 0;
    int notYears = 0;
    for (auto it = fourDigitLine().globalMatch(view);
         it.hasNext() && (fourDigit < 3 || notYears < 2);) {
        const FastMatch m = it.next();
        ++fourDigit;
        const int value = m.captured(1).toInt() * 100 + m.captured(2).toInt();
        if (value < 1900 || value > 2099)
            ++notYears;
    }
    forms.fourDigit = fourDigit >= 3 && notYears >= 2;
    int dotted = 0;
    for (auto it = dottedLine().globalMatch(view); it.hasNext() && dotted < 3; it.next())
        ++dotted;
    forms.dotted = dotted >= 3;
    return forms;
}

namespace detail {

std::optional<std::pair<QTime, qsizetype>> bareClockAt(const QString &s, qsizetype at,
                                                       ClockForms forms)
{
    // The form alone, anchored where parseLeading expects the time; what closes it is
    // afterMoment's to read.
    static const FastRegex fourDigit(QStringLiteral(
        R"(([01]\d|2[0-3])([0-5]\d)(?=\]\(|(?:\*\*|__)?\s*[:\-\x{2013}\x{2014}]\s))"));
    static const FastRegex dotted(QStringLiteral(
        R"(([01]?\d|2[0-3])\.([0-5]\d)(?![\d])(?![.,]\d)(?=[.,]?(?:\*\*|__)?(?:\s|$)))"));
    for (const FastRegex *re :
         {forms.fourDigit ? &fourDigit : nullptr, forms.dotted ? &dotted : nullptr}) {
        if (!re)
            continue;
        const FastMatch m = re->match(s, at, QRegularExpression::NormalMatch,
                                      QRegularExpression::AnchorAtOffsetMatchOption);
        if (m.hasMatch())
            return std::pair{QTime(m.captured(1).toInt(), m.captured(2).toInt()), m.capturedEnd()};
    }
    return std::nullopt;
}

} // namespace detail

} // namespace Hindsight::ImportTime
