#include "render/htmlrenderer.h"

#include "core/displaynames.h"
#include "core/postmortemfields.h"

#include "core/metrics.h"
#include "render/markdownhtml.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <functional>
#include <memory>
#include <utility>

namespace Hindsight {

namespace {

// Every string a reader sees, in one place ---------------------------------------------------
/// Context of this file's strings, translated in the document language (HtmlOptions::language).
struct HtmlText
{
#if 0 // for lupdate: the strings' context
    Q_DECLARE_TR_FUNCTIONS(Hindsight::HtmlRenderer)
#endif
    HINDSIGHT_DOCUMENT_TR_FUNCTIONS(Hindsight::HtmlRenderer)
};

namespace Text {
QString untitled()
{
    return HtmlText::tr("Untitled postmortem");
}
QString untitledSection()
{
    return HtmlText::tr("Untitled section");
}
QString notWritten()
{
    return HtmlText::tr("Not written yet.");
}
QString moreTimelineEvents(qsizetype shown, qsizetype all)
{
    return HtmlText::tr("The preview shows the first %1 of %2 timeline events; the exports "
                        "have all of them.")
        .arg(shown)
        .arg(all);
}
QString noValue()
{
    return QStringLiteral("\u2014");
} // em dash
QString authors()
{
    return HtmlText::tr("Authors");
}
QString services()
{
    return HtmlText::tr("Services");
}
QString tags()
{
    return HtmlText::tr("Tags");
}
QString start()
{
    return HtmlText::tr("Start");
}
QString end()
{
    return HtmlText::tr("End");
}
QString duration()
{
    return HtmlText::tr("Duration");
}
QString impact()
{
    return fieldTitle(FieldId::Impact);
}
QString usersAffected()
{
    return HtmlText::tr("Users affected");
}
QString severity()
{
    return HtmlText::tr("Severity");
}
QString status()
{
    return HtmlText::tr("Status");
}
QString timeline()
{
    return fieldTitle(FieldId::Timeline);
}
QString timelineChart()
{
    return HtmlText::tr("Timeline chart");
}
QString actionItems()
{
    return fieldTitle(FieldId::ActionItems);
}
QString time()
{
    return HtmlText::tr("Time");
}
QString kind()
{
    return HtmlText::tr("Kind");
}
QString event()
{
    return HtmlText::tr("Event");
}
QString number()
{
    return QStringLiteral("#");
}
QString actionItem()
{
    return HtmlText::tr("Action item");
}
QString category()
{
    return HtmlText::tr("Category");
}
QString owner()
{
    return HtmlText::tr("Owner");
}
QString due()
{
    return HtmlText::tr("Due");
}
QString open()
{
    return HtmlText::tr("Open");
}
QString done()
{
    return HtmlText::tr("Done");
}
QString endBeforeStart()
{
    return HtmlText::tr("(end before start)");
}
QString beforeStart()
{
    return HtmlText::tr("(before the start)");
}
QString timeToDetect()
{
    return HtmlText::tr("Time to detect");
}
QString timeToMitigate()
{
    return HtmlText::tr("Time to mitigate");
}
QString timeToResolve()
{
    return HtmlText::tr("Time to resolve");
}
QString statusLabel(Status s)
{
    return statusTitle(s);
}
} // namespace Text

// The dark theme: the same sheet's colours, lightened for a dark background; badges keep theirs.
const char kDarkStyleSheet[] = R"css(
body { color: #e6e8eb; background-color: #1f2226; }
h1 { color: #f5f7fa; } h2 { color: #8cc4ff; } h3, h4, h5, h6 { color: #d0d7de; }
a { color: #7ab7ff; } code { color: #ffab91; } pre { background-color: #2b2f35; }
blockquote, .meta, td.fl { color: #aeb8c2; } del, td.num { color: #8a949e; }
.placeholder, .muted { color: #7f8a94; }
table.facts { background-color: #262a2f; border-color: #3a4048; } td.fv { color: #e6e8eb; }
table.grid th { background-color: #2f353c; color: #d0d7de; } td.alt { background-color: #24282d; }
td.when { color: #b4c7da; } .st-open { color: #ffb74d; } .st-done { color: #66d17a; }
.md table, .md th, .md td { border-color: #3a4048; } .md th { background-color: #2b3036; }
)css";

/// CSS appended after kStyleSheet for HtmlOptions' theme and font (empty for the defaults).
QString styleOverrides(const HtmlOptions &opts)
{
    QString css;
    if (opts.darkTheme)
        css += QString::fromUtf8(kDarkStyleSheet);
    if (!opts.fontFamily.isEmpty()) {
        QString family = opts.fontFamily;
        family.remove(QLatin1Char('\'')).remove(QLatin1Char(';')).remove(QLatin1Char('}'));
        // On every element, not just body: Qt's rich text keeps the first font-family a body
        // rule gives. Code keeps its monospace font (a type selector outranks "*").
        css += QStringLiteral("* { font-family: '%1', sans-serif; }\n").arg(family);
    }
    if (opts.fontPointSize > 0)
        css += QStringLiteral("body { font-size: %1pt; }\n").arg(opts.fontPointSize);
    return css;
}

// The embedded style sheet. Only properties Qt's rich-text engine understands (no flexbox, no
// selectors beyond type/class/descendant), so the preview, the PDF and a browser agree. Lengths
// in px are scaled to the paint device by QTextDocument's layout.
const char kStyleSheet[] = R"css(
body { font-family: 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif; font-size: 10pt;
       color: #1f2933; background-color: #ffffff; }
h1 { font-size: 20pt; font-weight: bold; color: #17202a; margin-top: 0px; margin-bottom: 6px; }
h2 { font-size: 13.5pt; font-weight: bold; color: #1f4e79; margin-top: 22px; margin-bottom: 6px; }
h3 { font-size: 11.5pt; font-weight: bold; color: #2c3e50; margin-top: 14px; margin-bottom: 4px; }
h4, h5, h6 { font-size: 10pt; font-weight: bold; color: #2c3e50; margin-top: 10px;
             margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 7px; }
ul, ol { margin-top: 0px; margin-bottom: 7px; }
li { margin-bottom: 2px; }
a { color: #1f5f9e; text-decoration: none; }
code { font-family: 'DejaVu Sans Mono', monospace; font-size: 9pt; color: #7b2d26; }
pre { font-family: 'DejaVu Sans Mono', monospace; font-size: 8.5pt; background-color: #f4f6f8;
      margin-top: 2px; margin-bottom: 8px; white-space: pre-wrap; }
blockquote { color: #52606d; margin-left: 14px; font-style: italic; }
del { color: #7b8794; }
.meta { color: #52606d; margin-bottom: 12px; }
.badge { font-size: 8.5pt; font-weight: bold; color: #ffffff; }
.sev1 { background-color: #a93226; }
.sev2 { background-color: #ca6f1e; }
.sev3 { background-color: #b7950b; }
.sev4 { background-color: #2874a6; }
.sev5 { background-color: #717d7e; }
.st-draft { background-color: #7b8794; }
.st-review { background-color: #2e86c1; }
.st-final { background-color: #1e8449; }
.placeholder { color: #9aa5b1; font-style: italic; }
table.facts { background-color: #f3f6f9; border-width: 1px; border-style: solid;
              border-color: #d9e2ec; margin-top: 4px; margin-bottom: 4px; }
td.fl { color: #52606d; font-size: 8.5pt; font-weight: bold; white-space: nowrap; }
td.fv { color: #1f2933; }
table.grid { border-width: 0px; margin-top: 2px; margin-bottom: 6px; }
table.grid th { background-color: #e4ebf2; color: #243b53; font-size: 8.5pt; font-weight: bold;
                text-align: left; }
table.grid td { vertical-align: top; }
td.alt { background-color: #f5f7fa; }
td.when { white-space: nowrap; color: #334e68; }
td.num { color: #7b8794; }
td.nw { white-space: nowrap; }
.newdate { font-weight: bold; }
.kind { font-size: 7.5pt; font-weight: bold; text-transform: uppercase; }
.st-open { color: #b35c00; font-weight: bold; }
.st-done { color: #1e8449; font-weight: bold; }
.muted { color: #9aa5b1; }
.md table { border-width: 1px; border-style: solid; border-color: #cbd2d9;
            border-collapse: collapse; margin-top: 2px; margin-bottom: 8px; }
.md td, .md th { padding-left: 6px; padding-right: 6px; padding-top: 3px; padding-bottom: 3px;
                 border-width: 1px; border-style: solid; border-color: #cbd2d9; }
.md th { background-color: #eef2f6; font-weight: bold; }
p.chart { margin-top: 4px; margin-bottom: 10px; }
img.diagram { margin-top: 4px; margin-bottom: 4px; }
)css";

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Pieces of the document -------------------------------------------------------------------

QString zoneLabel(const TimeZoneInfo &tz)
{
    const QString label = tz.label.trimmed();
    return label.isEmpty() ? QStringLiteral("UTC") + formatUtcOffset(tz.utcOffsetMinutes) : label;
}

QString severityClass(Severity s)
{
    return QStringLiteral("sev%1").arg(int(s));
}

QString statusClass(Status s)
{
    switch (s) {
    case Status::Draft:
        return QStringLiteral("st-draft");
    case Status::InReview:
        return QStringLiteral("st-review");
    case Status::Final:
        return QStringLiteral("st-final");
    }
    return QString();
}

QString badge(const QString &cssClass, const QString &text)
{
    // Qt's rich text has no inline padding: non-breaking spaces give the badge its width.
    return QStringLiteral("<span class=\"badge %1\">&nbsp;%2&nbsp;</span>")
        .arg(cssClass, esc(text.toUpper()));
}

QString heading(const QString &text)
{
    return QStringLiteral("<h2>%1</h2>\n").arg(esc(text));
}

QString placeholder()
{
    return QStringLiteral("<p class=\"placeholder\">%1</p>\n").arg(esc(Text::notWritten()));
}

/// A section of Markdown prose: its heading, then each top-level block of the text in a
/// <div class="md"> of its own (fragments of renderHtmlFragments()).
QStringList markdownSection(const QString &title, const QString &markdown, const HtmlOptions &opts)
{
    if (markdown.trimmed().isEmpty())
        return {heading(title) + placeholder()};
    QStringList out{heading(title)};
    for (const QString &block : markdownBlocksToHtml(markdown, opts, 3))
        out += QStringLiteral("<div class=\"md\">\n%1</div>\n").arg(block);
    return out;
}

QString titleBlock(const Postmortem &pm)
{
    QString out = QStringLiteral("<h1>%1</h1>\n").arg(esc(displayTitle(pm)));
    QStringList meta;
    if (pm.severity)
        meta << badge(severityClass(*pm.severity), severityName(*pm.severity));
    if (pm.status)
        meta << badge(statusClass(*pm.status), Text::statusLabel(*pm.status));
    QStringList authors;
    for (const QString &a : pm.authors) {
        if (!a.trimmed().isEmpty())
            authors << esc(a.trimmed());
    }
    if (!authors.isEmpty())
        meta << QStringLiteral("%1: %2").arg(esc(Text::authors()),
                                             authors.join(QStringLiteral(", ")));
    if (!meta.isEmpty())
        out += QStringLiteral("<p class=\"meta\">%1</p>\n")
                   .arg(meta.join(QStringLiteral("&nbsp;&nbsp;&nbsp;")));
    return out;
}

QString factRow(const QString &label1, const QString &value1, const QString &label2,
                const QString &value2)
{
    return QStringLiteral("<tr><td class=\"fl\" width=\"16%\">%1</td><td class=\"fv\" "
                          "width=\"34%\">%2</td><td class=\"fl\" width=\"16%\">%3</td>"
                          "<td class=\"fv\" width=\"34%\">%4</td></tr>\n")
        .arg(esc(label1), value1, esc(label2), value2);
}

QString formatPercent(double v)
{
    return QString::number(v, 'g', v < 10 ? 2 : 3) + QLatin1Char('%');
}

QString keyFacts(const Postmortem &pm)
{
    const IncidentMetrics metrics = computeMetrics(pm);
    QString duration = Text::noValue();
    if (const auto minutes = metrics.durationMinutes) {
        duration = esc(formatDuration(*minutes));
        if (*minutes < 0)
            duration += QLatin1Char(' ') + esc(Text::endBeforeStart());
    }
    const QString users
        = pm.usersAffectedPercent ? esc(formatPercent(*pm.usersAffectedPercent)) : Text::noValue();
    const QString severity = pm.severity ? esc(severityName(*pm.severity)) : Text::noValue();
    const QString status = pm.status ? esc(Text::statusLabel(*pm.status)) : Text::noValue();
    const QString impactLine = firstSentence(pm.impact);
    const auto metric = [](std::optional<qint64> minutes) {
        if (!minutes)
            return Text::noValue();
        QString s = esc(formatDuration(*minutes));
        if (*minutes < 0)
            s += QLatin1Char(' ') + esc(Text::beforeStart());
        return s;
    };

    QString out = QStringLiteral(
        "<table class=\"facts\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\">\n");
    out += factRow(Text::start(), esc(formatMoment(pm.start, pm.timezone)), Text::end(),
                   esc(formatMoment(pm.end, pm.timezone)));
    out += factRow(Text::duration(), duration, Text::timeToResolve(),
                   metric(metrics.timeToResolveMinutes));
    out += factRow(Text::timeToDetect(), metric(metrics.timeToDetectMinutes),
                   Text::timeToMitigate(), metric(metrics.timeToMitigateMinutes));
    out += factRow(Text::severity(), severity, Text::status(), status);
    // Services and tags share the last row with users affected; shown only when written, so
    // documents without them render as before.
    if (pm.services.isEmpty() && pm.tags.isEmpty()) {
        out += factRow(Text::usersAffected(), users, QString(), QString());
    } else {
        const auto list = [](const QStringList &l) {
            return l.isEmpty() ? Text::noValue() : esc(l.join(QStringLiteral(", ")));
        };
        out += factRow(Text::usersAffected(), users, Text::services(), list(pm.services));
        out += factRow(Text::tags(), list(pm.tags), QString(), QString());
    }
    out += QStringLiteral(
               "<tr><td class=\"fl\">%1</td><td class=\"fv\" colspan=\"3\">%2</td></tr>\n")
               .arg(esc(Text::impact()), impactLine.isEmpty() ? Text::noValue() : esc(impactLine));
    out += QStringLiteral("</table>\n");
    return out;
}

/// The zone the timeline's time column is written in, for its header; nullopt when unknown or
/// when the events use different offsets.
std::optional<int> timelineOffset(const Postmortem &pm, QString *label)
{
    if (pm.timezone) {
        *label = zoneLabel(*pm.timezone);
        return pm.timezone->utcOffsetMinutes;
    }
    std::optional<int> offset;
    for (const TimelineEvent &e : pm.timeline) {
        if (!e.at.utcOffsetMinutes)
            continue;
        if (offset && *offset != *e.at.utcOffsetMinutes)
            return std::nullopt;
        offset = e.at.utcOffsetMinutes;
    }
    if (offset)
        *label = QStringLiteral("UTC") + formatUtcOffset(*offset);
    return offset;
}

/// The event's detail (code, quote, table, paragraphs) as blocks under its text in the Event
/// cell; headings in it are no larger than level 4, below the section's own.
QString eventDetailHtml(const TimelineEvent &e, const HtmlOptions &opts)
{
    if (e.detail.trimmed().isEmpty())
        return {};
    return QLatin1Char('\n') + markdownBlocksToHtml(e.detail, opts, 4).join(QLatin1Char('\n'));
}

QString timelineSection(const Postmortem &pm, const HtmlOptions &opts)
{
    QString out = heading(Text::timeline());
    if (pm.timeline.isEmpty())
        return out + placeholder();

    if (!opts.timelineChartUrl.isEmpty()) {
        // The caller's picture (see HtmlOptions::timelineChartUrl). width/height for Qt's
        // rich text, max-width for browsers on narrow screens.
        QString size;
        if (!opts.timelineChartSize.isEmpty())
            size = QStringLiteral(" width=\"%1\" height=\"%2\"")
                       .arg(opts.timelineChartSize.width())
                       .arg(opts.timelineChartSize.height());
        out += QStringLiteral("<p class=\"chart\"><img src=\"%1\"%2 alt=\"%3\" "
                              "style=\"max-width: 100%; height: auto;\"></p>\n")
                   .arg(esc(opts.timelineChartUrl), size, esc(Text::timelineChart()));
    }

    QString zone;
    const std::optional<int> columnOffset = timelineOffset(pm, &zone);
    const QString timeHeader
        = zone.isEmpty() ? Text::time() : QStringLiteral("%1 (%2)").arg(Text::time(), zone);

    out += QStringLiteral("<table class=\"grid timeline\" width=\"100%\" cellspacing=\"0\" "
                          "cellpadding=\"5\">\n<thead><tr><th width=\"20%\">%1</th>"
                          "<th width=\"19%\">%2</th><th>%3</th></tr></thead>\n")
               .arg(esc(timeHeader), esc(Text::kind()), esc(Text::event()));
    QDate previousDate;
    int row = 0;
    const qsizetype shown = opts.maxTimelineRows > 0
                                ? std::min<qsizetype>(opts.maxTimelineRows, pm.timeline.size())
                                : pm.timeline.size();
    for (const TimelineEvent &e : pm.timeline.first(shown)) {
        QStringList when;
        if (e.at.date.isValid() && e.at.date != previousDate) {
            when << QStringLiteral("<span class=\"newdate\">%1</span>")
                        .arg(esc(e.at.date.toString(Qt::ISODate)));
        }
        if (e.at.date.isValid())
            previousDate = e.at.date;
        if (e.at.time.isValid()) {
            QString t = esc(e.at.time.toString(QStringLiteral("HH:mm")));
            if (e.at.utcOffsetMinutes && e.at.utcOffsetMinutes != columnOffset)
                t += QStringLiteral(" UTC") + esc(formatUtcOffset(*e.at.utcOffsetMinutes));
            when << t;
        }
        const QString whenHtml = when.isEmpty() ? Text::noValue() : when.join(QLatin1Char(' '));
        const QString alt = (row++ % 2) ? QStringLiteral(" alt") : QString();
        out += QStringLiteral("<tr><td class=\"when%1\">%2</td><td class=\"k%1\" "
                              "style=\"white-space:nowrap\"><span "
                              "class=\"kind\" style=\"color:%3\">%4</span></td>"
                              "<td class=\"ev%1\">%5</td></tr>\n")
                   .arg(alt, whenHtml, eventKindColor(e.kind).name(),
                        esc(opts.language == DisplayLanguage::English
                                ? eventKindName(e.kind) // the bytes exports always had
                                : eventKindTitle(e.kind)),
                        inlineMarkdownToHtml(e.text, opts) + eventDetailHtml(e, opts));
    }
    out += QStringLiteral("</table>\n");
    if (shown < pm.timeline.size())
        out += QStringLiteral("<p><i>%1</i></p>\n")
                   .arg(esc(Text::moreTimelineEvents(shown, pm.timeline.size())));
    return out;
}

QString capitalized(const QString &s)
{
    const QString t = s.trimmed();
    return t.isEmpty() ? t : t.front().toUpper() + t.mid(1);
}

QString actionItemsSection(const Postmortem &pm, const HtmlOptions &opts)
{
    QString out = heading(Text::actionItems());
    if (pm.actionItems.isEmpty())
        return out + placeholder();

    out += QStringLiteral(
               "<table class=\"grid actions\" width=\"100%\" cellspacing=\"0\" "
               "cellpadding=\"5\">\n<thead><tr><th width=\"4%\">%1</th><th>%2</th>"
               "<th width=\"14%\">%3</th><th width=\"15%\">%4</th><th width=\"13%\">%5</th>"
               "<th width=\"8%\">%6</th></tr></thead>\n")
               .arg(esc(Text::number()), esc(Text::actionItem()), esc(Text::category()),
                    esc(Text::owner()), esc(Text::due()), esc(Text::status()));
    int row = 0;
    for (const ActionItem &a : pm.actionItems) {
        const QString alt = (row++ % 2) ? QStringLiteral(" alt") : QString();
        const QString owner
            = a.owner.trimmed().isEmpty()
                  ? QStringLiteral("<span class=\"muted\">%1</span>").arg(Text::noValue())
                  : esc(a.owner.trimmed());
        const QString due
            = a.due.isValid()
                  ? esc(a.due.toString(Qt::ISODate))
                  : QStringLiteral("<span class=\"muted\">%1</span>").arg(Text::noValue());
        const QString status
            = a.done ? QStringLiteral("<span class=\"st-done\">%1</span>").arg(esc(Text::done()))
                     : QStringLiteral("<span class=\"st-open\">%1</span>").arg(esc(Text::open()));
        out += QStringLiteral("<tr><td class=\"num nw%1\">%2</td><td class=\"item%1\">%3</td>"
                              "<td class=\"nw%1\">%4</td><td class=\"owner%1\">%5</td>"
                              "<td class=\"nw%1\">%6</td><td class=\"nw%1\">%7</td></tr>\n")
                   .arg(alt, QString::number(row), inlineMarkdownToHtml(a.text, opts),
                        esc(capitalized(a.category)), owner, due, status);
    }
    out += QStringLiteral("</table>\n");
    return out;
}

} // namespace

// Public API ---------------------------------------------------------------------------------

QString displayTitle(const Postmortem &pm)
{
    const QString t = pm.title.simplified();
    return t.isEmpty() ? Text::untitled() : t;
}

QString formatMoment(const Moment &m, const std::optional<TimeZoneInfo> &tz)
{
    QStringList parts;
    if (m.date.isValid())
        parts << m.date.toString(Qt::ISODate);
    if (m.time.isValid()) {
        parts << m.time.toString(QStringLiteral("HH:mm"));
        if (tz && (!m.utcOffsetMinutes || *m.utcOffsetMinutes == tz->utcOffsetMinutes))
            parts << zoneLabel(*tz);
        else if (m.utcOffsetMinutes)
            parts << QStringLiteral("UTC") + formatUtcOffset(*m.utcOffsetMinutes);
    }
    return parts.isEmpty() ? Text::noValue() : parts.join(QLatin1Char(' '));
}

QColor eventKindColor(EventKind kind)
{
    switch (kind) {
    case EventKind::Detection:
        return QColor(0xd3, 0x54, 0x00); // orange
    case EventKind::Investigation:
        return QColor(0x28, 0x74, 0xa6); // blue
    case EventKind::Misleading:
        return QColor(0x8e, 0x44, 0xad); // purple
    case EventKind::Escalation:
        return QColor(0xc0, 0x39, 0x2b); // red
    case EventKind::Mitigation:
        return QColor(0x14, 0x8f, 0x77); // teal
    case EventKind::Resolution:
        return QColor(0x1e, 0x84, 0x49); // green
    case EventKind::Communication:
        return QColor(0xb7, 0x79, 0x0f); // amber
    case EventKind::Other:
        return QColor(0x70, 0x7b, 0x7c); // grey
    }
    return QColor(0x70, 0x7b, 0x7c);
}

namespace {

/// Whether `html` has any text outside its tags (an image alone or a rule has none).
bool hasText(const QString &html)
{
    bool inTag = false;
    for (const QChar c : html) {
        if (c == QLatin1Char('<'))
            inTag = true;
        else if (c == QLatin1Char('>'))
            inTag = false;
        else if (!inTag && !c.isSpace())
            return true;
    }
    return false;
}

/// `html` with the named anchor inserted right after its first block element's start tag, so
/// QTextDocument gives the anchor name to the block's first character.
QString withAnchor(const QString &html, const QString &name)
{
    static const QRegularExpression firstBlock(
        QStringLiteral("<(?:p|h[1-6]|li|td|th|pre|dt|dd)(?:\\s[^>]*)?>"));
    const QRegularExpressionMatch m = firstBlock.match(html);
    if (!m.hasMatch())
        return html;
    return html.left(m.capturedEnd()) + QStringLiteral("<a name=\"%1\"></a>").arg(name)
           + html.mid(m.capturedEnd());
}

} // namespace

QString fragmentAnchorName(int index)
{
    return QStringLiteral("hs-%1").arg(index);
}

QString fragmentDocumentHtml(const QString &style, const QString &fragment)
{
    return QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                          "<style type=\"text/css\">%1</style>\n</head>\n<body>\n%2</body>\n"
                          "</html>\n")
        .arg(style, fragment);
}

std::optional<QStringList> HtmlRenderCache::find(const QString &key)
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend())
        return std::nullopt;
    m_used.insert(key, *it);
    return *it;
}

void HtmlRenderCache::insert(const QString &key, const QStringList &parts)
{
    m_entries.insert(key, parts);
    m_used.insert(key, parts);
}

void HtmlRenderCache::trim()
{
    m_entries = std::exchange(m_used, {});
}

namespace {

/// Everything in `opts` a rendered part may depend on, as text (part of a cache key).
QString optionsKey(const HtmlOptions &opts)
{
    QStringList pictures;
    for (auto it = opts.diagramPictures.cbegin(); it != opts.diagramPictures.cend(); ++it) {
        pictures << QStringLiteral("%1=%2@%3x%4")
                        .arg(it.key(), it->url)
                        .arg(it->size.width())
                        .arg(it->size.height());
    }
    pictures.sort();
    return QStringList{opts.language == DisplayLanguage::English ? QStringLiteral("en")
                                                                 : QStringLiteral("ui"),
                       opts.baseDirectory,
                       opts.timelineChartUrl,
                       QString::number(opts.timelineChartSize.width()),
                       QString::number(opts.timelineChartSize.height()),
                       pictures.join(QLatin1Char(';')),
                       QString::number(opts.maxTimelineRows)}
        .join(QChar(0));
}

/// `render()` through `cache` under `key` (no cache: just render()).
QStringList cached(HtmlRenderCache *cache, const QString &key,
                   const std::function<QStringList()> &render)
{
    if (!cache)
        return render();
    if (std::optional<QStringList> hit = cache->find(key))
        return *hit;
    const QStringList parts = render();
    cache->insert(key, parts);
    return parts;
}

/// A cache key for lists of plain values: their text in the native format's terms.
QString timelineKey(const Postmortem &pm)
{
    QString key = pm.timezone ? pm.timezone->label + QString::number(pm.timezone->utcOffsetMinutes)
                              : QString();
    for (const TimelineEvent &e : pm.timeline) {
        key += QChar(1) + e.at.date.toString(Qt::ISODate) + e.at.time.toString(Qt::ISODate)
               + (e.at.utcOffsetMinutes ? QString::number(*e.at.utcOffsetMinutes) : QString())
               + QChar(2) + eventKindName(e.kind) + QChar(2) + e.text + QChar(2) + e.detail;
    }
    return key;
}

QString actionItemsKey(const Postmortem &pm)
{
    QString key;
    for (const ActionItem &a : pm.actionItems) {
        key += QChar(1) + a.text + QChar(2) + a.category + QChar(2) + a.owner + QChar(2)
               + a.due.toString(Qt::ISODate) + (a.done ? QStringLiteral("x") : QString());
    }
    return key;
}

} // namespace

HtmlFragments renderHtmlFragments(const Postmortem &pm, const HtmlOptions &options,
                                  HtmlRenderCache *cache)
{
    const DocumentLanguageScope language(options.language);
    // Pictures only for the diagrams this document has.
    HtmlOptions opts = options;
    using Pictures = QHash<QString, HtmlOptions::DiagramPicture>;
    opts.diagramPictures.removeIf(
        [&pm](Pictures::iterator it) { return !findDiagram(pm.diagrams, it.key()); });

    HtmlFragments out;
    out.head = QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                              "<meta name=\"generator\" content=\"Hindsight\">\n");
    out.head += QStringLiteral("<title>%1</title>\n").arg(esc(displayTitle(pm)));
    out.style = QString::fromUtf8(kStyleSheet) + styleOverrides(opts);
    out.head
        += QStringLiteral("<style type=\"text/css\">%1</style>\n</head>\n<body>\n").arg(out.style);
    out.tail = QStringLiteral("</body>\n</html>\n");

    const QString optsKey = optionsKey(opts);
    const auto prose = [&](const QString &title, const QString &markdown) {
        return cached(cache,
                      QStringList{QStringLiteral("md"), optsKey, title, markdown}.join(QChar(0)),
                      [&] { return markdownSection(title, markdown, opts); });
    };
    QStringList parts{titleBlock(pm), keyFacts(pm)};
    // The body in the document's order (a template's, or the generic one).
    for (const BodyPart &part : bodyParts(pm)) {
        if (part.section >= 0) {
            const Section &s = pm.sections[part.section];
            if (s.text.trimmed().isEmpty())
                continue;
            const QString title = s.heading.simplified();
            parts += prose(title.isEmpty() ? Text::untitledSection() : title, s.text);
        } else if (part.field == FieldId::Timeline) {
            parts
                += cached(cache, QStringLiteral("timeline") + QChar(0) + optsKey + timelineKey(pm),
                          [&] { return QStringList{timelineSection(pm, opts)}; });
        } else if (part.field == FieldId::ActionItems) {
            parts += cached(cache,
                            QStringLiteral("actions") + QChar(0) + optsKey + actionItemsKey(pm),
                            [&] { return QStringList{actionItemsSection(pm, opts)}; });
        } else if (const FieldInfo &info = fieldInfo(part.field); info.prose) {
            parts += prose(fieldTitle(part.field), pm.*info.prose);
        }
    }
    if (cache)
        cache->trim();
    // A block without text (a picture alone, a rule) cannot carry an anchor: it travels with
    // the fragment before it. The first part, the title, always has text.
    for (const QString &part : std::as_const(parts)) {
        if (out.fragments.isEmpty() || hasText(part))
            out.fragments.append(part);
        else
            out.fragments.last() += part;
    }
    if (opts.fragmentAnchors) {
        for (int i = 0; i < out.fragments.size(); ++i)
            out.fragments[i] = withAnchor(out.fragments[i], fragmentAnchorName(i));
    }
    return out;
}

QString renderHtml(const Postmortem &pm, const HtmlOptions &options)
{
    const HtmlFragments parts = renderHtmlFragments(pm, options);
    QString out;
    out.reserve(16 * 1024);
    out += parts.head;
    for (const QString &fragment : parts.fragments)
        out += fragment;
    out += parts.tail;
    return out;
}

} // namespace Hindsight
