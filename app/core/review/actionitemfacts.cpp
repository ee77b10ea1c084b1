#include "core/review/actionitemfacts.h"

#include "core/review/textscan.h"

#include <QRegularExpression>

namespace Hindsight::Review {

namespace {

QDate resolveDate(const CalendarDate &d, const QDate &incident)
{
    if (!d.exists)
        return {};
    if (d.year)
        return QDate(d.year, d.month, d.day);
    const int year = incident.isValid() ? incident.year() : 2000;
    QDate date(year, d.month, d.day);
    if (!date.isValid())
        date = QDate(year + 1, d.month, d.day);
    if (incident.isValid() && date < incident)
        date = QDate(year + 1, d.month, d.day);
    return date;
}

/// The owner named by a label or a handle, or empty.
QString labelledOwner(const QString &text)
{
    static const QRegularExpression label(
        QStringLiteral(
            "\\b(?:owner|owners|owned by|assigned to|assignee|responsible|dri)\\b\\s*[:=\\-]?"
            "\\s*([^,;()\\n]+?)\\s*(?=[,;()\\n]|\\.(?:\\s|$)|\\s+(?:due|by|before|until)\\b|$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression handle(QStringLiteral("(?<![\\w.])@[A-Za-z0-9][\\w.\\-]*"));
    if (const auto m = label.match(text); m.hasMatch())
        return m.captured(1).trimmed();
    if (const auto m = handle.match(text); m.hasMatch())
        return m.captured(0);
    return {};
}

/// A name-like phrase: capitalised words, or something ending in "team"/"squad"/"group".
bool looksLikeOwner(const QString &s)
{
    static const QRegularExpression name(
        QStringLiteral("^(?:[A-Z][\\p{L}'\\-]+(?:\\s+(?:[A-Z][\\p{L}'\\-]+|van|de|da|von|del))"
                       "{0,3}|[\\p{L}\\- ]*\\b(?:team|squad|group|guild|crew|on-?call|"
                       "rotation|SRE|ops)\\b.*)$"));
    const QString t = s.trimmed();
    return !t.isEmpty() && t.size() <= 60 && name.match(t).hasMatch();
}

/// Owner from a trailing decoration: "… (Ines Duarte, by March 3)", "… - Billing team, due …",
/// "… — Sam Lee, 2025-03-01".
QString trailingOwner(const QString &text)
{
    static const QRegularExpression paren(QStringLiteral("\\(([^()]+)\\)\\s*[.;]?\\s*$"));
    static const QRegularExpression dash(
        QStringLiteral("\\s[-\\x{2013}\\x{2014}]+\\s+((?:(?!\\s[-\\x{2013}\\x{2014}]+\\s).)+)$"));
    for (const QRegularExpression *re : {&paren, &dash}) {
        const auto m = re->match(text);
        if (!m.hasMatch())
            continue;
        const QString first
            = m.captured(1).section(QRegularExpression(QStringLiteral("[,;]")), 0, 0);
        if (looksLikeOwner(first) && findDates(first).isEmpty())
            return first.trimmed();
    }
    return {};
}

/// Owner of a commitment in prose: "Amina Njoroge will …", "The SRE team will …",
/// "Hannah owns this".
QString proseOwner(const QString &text)
{
    static const QRegularExpression will(
        QStringLiteral(
            "(?:^|[.;:]\\s+|,\\s+)(?:(?:as concrete tasks|for improvements|tasks|improvements)"
            "[,.:]?\\s+)?((?:the\\s+)?"
            "[\\p{L}'\\- ]{2,60}?)\\s+(?:will|is going to|agreed to|commits to|owns|is "
            "responsible)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = will.globalMatch(text); it.hasNext();) {
        QString subject = it.next().captured(1).trimmed();
        subject.remove(QRegularExpression(QStringLiteral("^(?:finally|then|also|next|as concrete "
                                                         "tasks|for improvements),?\\s*"),
                                          QRegularExpression::CaseInsensitiveOption));
        const QString lower = subject.toLower();
        if (lower == QLatin1String("we") || lower == QLatin1String("someone")
            || lower == QLatin1String("somebody") || lower.startsWith(QLatin1String("it ")))
            continue;
        if (looksLikeOwner(subject)
            || subject.contains(QRegularExpression(QStringLiteral("\\bteams?\\b"),
                                                   QRegularExpression::CaseInsensitiveOption)))
            return subject;
    }
    return {};
}

} // namespace

bool isOwnerPlaceholder(const QString &owner)
{
    static const QRegularExpression placeholder(
        QStringLiteral("^[\\s*_`()\\[\\]]*(?:tbd|tba|tbc|unassigned|unowned|none|nobody|n/?a|"
                       "someone|somebody|\\?+|-+|\\x{2014}|\\x{2013})?[\\s*_`().\\[\\]]*$"),
        QRegularExpression::CaseInsensitiveOption);
    return placeholder.match(owner).hasMatch();
}

ActionItemFacts parseActionItemFacts(const QString &text, const QDate &incident)
{
    ActionItemFacts facts;
    const QString t = text.simplified();

    // Due date: a date after a due word, else a date in the trailing decoration.
    static const QRegularExpression dueWord(
        QStringLiteral(
            "\\b(?:due|by|before|until|deadline|target|eta|no later than)\\b\\s*[:=]?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QList<CalendarDate> dates = findDates(t);
    for (const CalendarDate &d : dates) {
        const QString before = t.mid(qMax<qsizetype>(0, d.position - 24),
                                     d.position - qMax<qsizetype>(0, d.position - 24));
        const bool trailing = t.mid(d.position + d.length).trimmed().size() <= 3;
        const bool decorated = t.lastIndexOf(QLatin1Char('('), d.position)
                                   > t.lastIndexOf(QLatin1Char(')'), d.position)
                               && t.lastIndexOf(QLatin1Char('('), d.position) >= 0;
        if (dueWord.match(before).hasMatch() || trailing || decorated) {
            facts.due = resolveDate(d, incident);
            facts.dueWritten = t.mid(d.position, d.length);
            if (facts.due.isValid() || !d.exists)
                break;
        }
    }

    // A date in digits ("(@priya, by 2/7)", "due 14.03.2026") is read only where a due date
    // is expected: after "due", "until", "deadline" …, or after "by" at the item's end or in
    // its closing parenthesis ("cut retries by 1/2" is a ratio).
    if (facts.dueWritten.isEmpty()) {
        static const QRegularExpression strongDueWord(
            QStringLiteral("\\b(?:due|before|until|deadline|target|eta|no later than)\\b\\s*[:=]?"
                           "\\s*(?:on\\s+)?$"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression byWord(QStringLiteral("\\bby\\s+$"),
                                               QRegularExpression::CaseInsensitiveOption);
        for (const CalendarDate &d : findNumericDates(t)) {
            const QString before = t.left(d.position).right(24);
            const QString after = t.mid(d.position + d.length).trimmed();
            const bool closing
                = after.isEmpty() || after.startsWith(QLatin1Char(')')) || after.size() <= 1;
            if (strongDueWord.match(before).hasMatch()
                || (byWord.match(before).hasMatch() && closing)) {
                facts.due = resolveDate(d, incident);
                facts.dueWritten = t.mid(d.position, d.length);
                break;
            }
        }
    }

    QString owner = labelledOwner(t);
    if (owner.isEmpty())
        owner = trailingOwner(t);
    if (owner.isEmpty())
        owner = proseOwner(t);
    if (isOwnerPlaceholder(owner))
        owner.clear();
    facts.owner = owner;

    // The task: cut the decorations that carry owner and due date.
    static const QRegularExpression decorations(
        QStringLiteral(
            "\\s*(?:\\((?:[^()]*\\b(?:owner|due|by|@)[^()]*)\\)|\\s[-\\x{2013}\\x{2014}]+\\s+[^-"
            "\\x{2013}"
            "\\x{2014}]*(?:@|\\bdue\\b|\\d{4}).*$|\\bowner\\s*:.*$|\\bassigned to\\b.*$)"),
        QRegularExpression::CaseInsensitiveOption);
    // A stated status: "(State: PLANNED)", "(Status: done)", "[DONE]", "- Status: fixed".
    static const QRegularExpression status(
        QStringLiteral("\\s*(?:\\((?:state|status)\\s*:\\s*([^()]*(?:\\([^()]*\\)[^()]*)*)\\)|"
                       "\\[(done|complete|completed|fixed|closed|resolved|todo|planned|open|"
                       "in progress|wip)\\]|[-,;]?\\s*\\b(?:state|status)\\s*:\\s*(\\S.*)$)"),
        QRegularExpression::CaseInsensitiveOption);
    facts.task = t;
    if (const auto m = status.match(t); m.hasMatch()) {
        static const QRegularExpression finished(
            QStringLiteral("^\\W*(?:done|complete|completed|fixed|closed|resolved|merged|"
                           "shipped|deployed|implemented|finished)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        // "[COMPLETE](link)": the status word may be a link's text.
        const QString said = m.captured(1) + m.captured(2) + m.captured(3);
        facts.done = finished.match(said).hasMatch();
        facts.task.remove(m.capturedStart(0), m.capturedLength(0));
    }
    facts.task.remove(decorations);
    facts.task = facts.task.trimmed();
    if (facts.task.isEmpty())
        facts.task = t;
    return facts;
}

} // namespace Hindsight::Review
