#include "core/library/related.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Hindsight {

namespace {

QStringList sharedCaseInsensitive(const QStringList &a, const QStringList &b)
{
    QStringList out;
    for (const QString &x : a)
        if (b.contains(x, Qt::CaseInsensitive) && !out.contains(x, Qt::CaseInsensitive))
            out.append(x);
    return out;
}

} // namespace

QStringList rootCauseTerms(const QString &text)
{
    static const QSet<QString> stop
        = {QStringLiteral("that"),   QStringLiteral("this"),    QStringLiteral("with"),
           QStringLiteral("from"),   QStringLiteral("were"),    QStringLiteral("which"),
           QStringLiteral("have"),   QStringLiteral("been"),    QStringLiteral("into"),
           QStringLiteral("only"),   QStringLiteral("their"),   QStringLiteral("there"),
           QStringLiteral("when"),   QStringLiteral("then"),    QStringLiteral("than"),
           QStringLiteral("they"),   QStringLiteral("them"),    QStringLiteral("what"),
           QStringLiteral("after"),  QStringLiteral("before"),  QStringLiteral("every"),
           QStringLiteral("other"),  QStringLiteral("because"), QStringLiteral("nobody"),
           QStringLiteral("same"),   QStringLiteral("cause"),   QStringLiteral("root"),
           QStringLiteral("also"),   QStringLiteral("could"),   QStringLiteral("would"),
           QStringLiteral("should"), QStringLiteral("about"),   QStringLiteral("over"),
           QStringLiteral("under"),  QStringLiteral("some"),    QStringLiteral("more"),
           QStringLiteral("most"),   QStringLiteral("many"),    QStringLiteral("each"),
           QStringLiteral("while"),  QStringLiteral("during"),  QStringLiteral("incident")};
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}][\\p{L}\\p{N}-]{3,}"));
    QStringList out;
    auto it = word.globalMatch(text.toLower());
    while (it.hasNext()) {
        QString w = it.next().captured(0);
        if (w.endsWith(QLatin1Char('s')) && !w.endsWith(QLatin1String("ss")) && w.size() > 4)
            w.chop(1);
        if (!stop.contains(w) && !out.contains(w))
            out.append(w);
    }
    return out;
}

QList<RelatedIncident> relatedIncidents(const Postmortem &pm, const QList<LibraryEntry> &library,
                                        const QString &selfPath, int limit)
{
    const QStringList terms = rootCauseTerms(pm.rootCause);
    QList<RelatedIncident> out;
    for (const LibraryEntry &e : library) {
        if ((!selfPath.isEmpty() && e.path == selfPath)
            || (e.title == pm.title && e.start == pm.start))
            continue;
        RelatedIncident r;
        r.entry = e;
        r.sharedServices = sharedCaseInsensitive(pm.services, e.services);
        r.sharedTags = sharedCaseInsensitive(pm.tags, e.tags);
        r.sharedTerms = sharedCaseInsensitive(terms, rootCauseTerms(e.rootCause));
        r.score = 3.0 * double(r.sharedServices.size()) + 2.0 * double(r.sharedTags.size())
                  + double(r.sharedTerms.size());
        if (r.score > 0)
            out.append(r);
    }
    std::stable_sort(
        out.begin(), out.end(), [](const RelatedIncident &a, const RelatedIncident &b) {
            if (a.score != b.score)
                return a.score > b.score;
            return a.entry.startUtcMinutes.value_or(0) > b.entry.startUtcMinutes.value_or(0);
        });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace Hindsight
