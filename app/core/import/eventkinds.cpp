#include "core/import/eventkinds.h"

#include "core/import/vocabulary.h"

#include <QRegularExpression>

namespace Hindsight::Import {

EventKind inferKind(const QString &text)
{
    struct Rule
    {
        EventKind kind;
        const char *pattern;
    };
    static const Rule kRules[] = {
        {EventKind::Misleading,
         R"(assum|suspect|misleading|turned out|rul(ed|ing) out|confirm(ed|s)? no (issue|problem)|red herring|false (lead|alarm)|wrong (path|lead|direction))"},
        {EventKind::Resolution,
         R"(resolved|restored|back to normal|fully (operational|functional)|recovered|back (up|online)|up and running|incident (was )?closed)"},
        {EventKind::Communication,
         R"(status ?page|communicat|announc|(customers?|users?|clients?) (were |was )?(informed|notified|updated)|informed (the )?(users|customers)|tweet|posted an update)"},
        {EventKind::Escalation,
         R"(escalat|notified|engaged|paged|called in|looped in|brought (in|onboard))"},
        {EventKind::Mitigation,
         R"(reconfigur|restart|reboot|roll(ed|ing)? ?back|revert|(updated?|adjusted|changed) (the )?(\w+ )?settings|settings (were )?(updated|adjusted|changed)|mitigat|workaround|fail(ed)? ?over|scaled (up|out)|deployed (a )?fix|applied (a )?(fix|patch)|hotfix)"},
        {EventKind::Detection,
         R"(detect|alert|alarm|reported|complain|monitoring (system )?(fired|showed|flagged))"},
        {EventKind::Investigation,
         R"(investigat|noticed|focus|review|identif|discover|found|analy[sz]|diagnos|examin|check|look(ed|ing) into|debug|troubleshoot)"},
    };
    static const QList<QPair<EventKind, QRegularExpression>> compiled = [] {
        QList<QPair<EventKind, QRegularExpression>> list;
        for (const Rule &r : kRules)
            list.append({r.kind, QRegularExpression(QString::fromUtf8(r.pattern),
                                                    QRegularExpression::CaseInsensitiveOption)});
        return list;
    }();
    const QString head = text.left(kScan);
    for (const auto &[kind, re] : compiled)
        if (re.match(head).hasMatch())
            return kind;
    return EventKind::Other;
}

std::optional<EventKind> kindFromLabel(const QString &label)
{
    const QString n = normaliseLabel(label);
    if (n.isEmpty() || n.size() > 60)
        return std::nullopt;
    if (n.startsWith(QLatin1String("detect")) || n.startsWith(QLatin1String("alert")))
        return EventKind::Detection;
    if (n.startsWith(QLatin1String("misleading")) || n.startsWith(QLatin1String("assum")))
        return EventKind::Misleading;
    if (n.startsWith(QLatin1String("escalat")))
        return EventKind::Escalation;
    if (n.startsWith(QLatin1String("mitigat")))
        return EventKind::Mitigation;
    if (n.startsWith(QLatin1String("resol")) || n.startsWith(QLatin1String("recover")))
        return EventKind::Resolution;
    if (n.startsWith(QLatin1String("communicat")))
        return EventKind::Communication;
    if (n.startsWith(QLatin1String("investigat")) || n.startsWith(QLatin1String("actions")))
        return EventKind::Investigation;
    return std::nullopt;
}

} // namespace Hindsight::Import
