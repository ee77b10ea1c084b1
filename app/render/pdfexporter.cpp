#include "render/pdfexporter.h"

#include "render/confineddocument.h"

#include <QCoreApplication>

#include "render/loaddiagramrenderer.h"
#include "render/timelinechart.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImageReader>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScreen>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>
#include <optional>

#ifndef HINDSIGHT_VERSION
#define HINDSIGHT_VERSION "unknown"
#endif

namespace Hindsight {

namespace {

// Every string a reader sees, in one place ---------------------------------------------------
/// Context of the PDF's strings (lupdate reads the macro's argument).
struct PdfText
{
    Q_DECLARE_TR_FUNCTIONS(Hindsight::PdfExporter)
};

namespace Text {
QString pageOf(int page, int pages)
{
    // Part of the document: in the document language (the other strings here are messages).
    return documentTr("Hindsight::PdfExporter",
                      QT_TRANSLATE_NOOP("Hindsight::PdfExporter", "Page %1 of %2"))
        .arg(page)
        .arg(pages);
}
QString creator()
{
    return QStringLiteral("Hindsight %1").arg(QStringLiteral(HINDSIGHT_VERSION));
}
QString cannotWrite(const QString &path, const QString &reason)
{
    return PdfText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}
QString cannotDraw()
{
    return PdfText::tr("the PDF engine could not start");
}
QString newPageFailed()
{
    return PdfText::tr("could not start a new page");
}
} // namespace Text

// Page geometry in millimetres (A4 portrait: 210 x 297).
constexpr qreal kMarginSideMm = 20;
constexpr qreal kMarginTopMm = 18;
constexpr qreal kMarginBottomMm = 24; // holds the footer
constexpr qreal kFooterRuleFromBodyMm = 7;
constexpr qreal kFooterTextGapMm = 1.8;
constexpr int kResolutionDpi = 300;
constexpr qreal kFooterPointSize = 7.5;
constexpr qreal kPdfChartAspect = 0.5;     // chart height / width
constexpr qreal kNoLigatureSpacing = 0.02; // px; see disableLigatures()
const QColor kFooterTextColor(0x61, 0x6e, 0x7c);
const QColor kFooterRuleColor(0xbc, 0xcc, 0xdc);

qreal mmToDevice(qreal mm, qreal dpi)
{
    return mm / 25.4 * dpi;
}

/// Image widths in a QTextImageFormat are CSS pixels; the layout scales them by this factor
/// to device pixels (QTextImageHandler uses the screen's logical dpi as the reference).
qreal cssPixelsPerInch()
{
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        return screen->logicalDotsPerInchY();
    return 96;
}

/// Scales every image wider than `maxWidthCss` (CSS pixels) down to that width.
void fitImagesToWidth(QTextDocument &doc, qreal maxWidthCss)
{
    struct Change
    {
        int position;
        int length;
        QTextImageFormat format;
    };
    QList<Change> changes;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            const QImage image
                = doc.resource(QTextDocument::ImageResource, QUrl(format.name())).value<QImage>();
            if (image.isNull())
                continue;
            const QSizeF natural = image.deviceIndependentSize();
            qreal w
                = format.hasProperty(QTextFormat::ImageWidth) ? format.width() : natural.width();
            qreal h = format.hasProperty(QTextFormat::ImageHeight)
                          ? format.height()
                          : (natural.width() > 0 ? natural.height() * w / natural.width() : 0);
            if (w <= maxWidthCss || w <= 0)
                continue;
            h = h * maxWidthCss / w;
            w = maxWidthCss;
            format.setWidth(w);
            format.setHeight(h);
            changes.append({fragment.position(), fragment.length(), format});
        }
    }
    for (const Change &c : std::as_const(changes)) {
        QTextCursor cursor(&doc);
        cursor.setPosition(c.position);
        cursor.setPosition(c.position + c.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(c.format);
    }
}

/// Top of the first line and bottom of the last line of `block`, in document coordinates.
std::optional<std::pair<qreal, qreal>> lineExtent(const QTextBlock &block)
{
    const QTextLayout *tl = block.layout();
    if (!tl || tl->lineCount() == 0)
        return std::nullopt;
    const QRectF r = block.document()->documentLayout()->blockBoundingRect(block);
    // The block's top, without its layout's bounding rectangle: a first line that Qt moved
    // past a page's foot keeps that move in its own y, which must count.
    const qreal origin = r.top();
    const QTextLine last = tl->lineAt(tl->lineCount() - 1);
    return std::make_pair(origin + tl->lineAt(0).y(), origin + last.y() + last.height());
}

/// A fix the pagination needs, at document height `y`: a page break before `block`, or (with
/// `table`) `push` more bottom padding in row `row` of `table`.
struct PageFix
{
    qreal y = 0;
    QTextBlock block;
    QTextTable *table = nullptr;
    int row = -1;
    qreal push = 0;
};

/// Page breaks a reader expects and QTextDocument does not make: a short paragraph or list item
/// is not split across two pages, and a heading is not left at the bottom of a page without the
/// text that follows it. (A split block also leaves its clipped-away line in the PDF's text,
/// where search and copy find it twice: QTextLayout::draw includes one line above the clip.)
/// The first such block in document order; table rows are firstSplitRow()'s.
std::optional<PageFix> firstSplitBlock(QTextDocument &doc, qreal pageHeight)
{
    auto pageOf = [pageHeight](qreal y) {
        return int(std::floor(y / pageHeight));
    };
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        const auto extent = lineExtent(block);
        if (!extent)
            continue;
        const auto [top, bottom] = *extent;
        if (QTextCursor(block).currentTable())
            continue; // rows: firstSplitRow()
        bool breakBefore = pageOf(top) != pageOf(bottom - 1) && bottom - top < pageHeight / 2;
        if (!breakBefore && block.blockFormat().headingLevel() > 0) {
            for (QTextBlock next = block.next(); next.isValid(); next = next.next()) {
                if (const auto nextExtent = lineExtent(next)) {
                    breakBefore = pageOf(nextExtent->first) > pageOf(bottom - 1)
                                  && pageOf(top) == pageOf(bottom - 1);
                    break;
                }
            }
        }
        if (!breakBefore)
            continue;
        // Move the heading above a paragraph along with it.
        QTextBlock target = block;
        for (QTextBlock previous = block.previous(); previous.isValid();
             previous = previous.previous()) {
            if (const auto previousExtent = lineExtent(previous)) {
                if (previous.blockFormat().headingLevel() > 0
                    && pageOf(previousExtent->first) == pageOf(top)
                    && !QTextCursor(previous).currentTable())
                    target = previous;
                break;
            }
        }
        return PageFix{top, target, nullptr, -1, 0};
    }
    return std::nullopt;
}

/// Every table in `frame` and the frames inside it.
void collectTables(QTextFrame *frame, QList<QTextTable *> &out)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            out.append(table);
        collectTables(child, out);
    }
}

/// Top of the first line and bottom of the last line of the blocks of `cell`.
std::optional<std::pair<qreal, qreal>> cellExtent(const QTextDocument &doc,
                                                  const QTextTableCell &cell)
{
    std::optional<std::pair<qreal, qreal>> extent;
    for (QTextBlock b = doc.findBlock(cell.firstPosition());
         b.isValid() && b.position() <= cell.lastPosition(); b = b.next()) {
        if (const auto e = lineExtent(b))
            extent = extent ? std::make_pair(std::min(extent->first, e->first),
                                             std::max(extent->second, e->second))
                            : *e;
    }
    return extent;
}

/// A table row split across two pages is hard to read and to hand round: Qt moves a row to the
/// next page only when none of its cells' first lines fit, so a row whose cells wrap can still
/// start at the foot of one page and end on the next (and forcing a page break inside a cell
/// makes Qt draw the row twice). The first such row in document order, and how far to push it
/// down — by padding the row above it at the bottom, so the gap stays inside the table — to
/// start it on the next page, under the header row that Qt repeats on every page a table runs
/// onto (QTextTableFormat::headerRowCount, set from the HTML's <thead>). The first row below
/// the header has no row above it to pad: the whole table starts on the next page instead, so
/// the header is not left alone at the foot of a page. Rows taller than half a page are left to
/// split.
std::optional<PageFix> firstSplitRow(QTextDocument &doc, qreal pageHeight)
{
    const auto pageOf = [pageHeight](qreal y) {
        return int(std::floor(y / pageHeight));
    };
    QList<QTextTable *> tables;
    collectTables(doc.rootFrame(), tables);
    std::optional<PageFix> first;
    for (QTextTable *table : std::as_const(tables)) {
        const int header = table->format().headerRowCount();
        for (int r = header; r < table->rows(); ++r) {
            std::optional<std::pair<qreal, qreal>> row;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                if (cell.row() != r) // spanned from above
                    continue;
                if (const auto e = cellExtent(doc, cell))
                    row = row ? std::make_pair(std::min(row->first, e->first),
                                               std::max(row->second, e->second))
                              : *e;
            }
            const bool movedAlready
                = r == header
                  && table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
            if (!row || movedAlready || pageOf(row->first) == pageOf(row->second - 1)
                || row->second - row->first > pageHeight / 2)
                continue;
            if (!first || row->first < first->y) {
                // What is left of this page below the row's first line, and a little: the
                // row's top (its padding above the first line) stays on this page, its first
                // line does not, and Qt moves the row to the next page.
                const qreal push = (pageOf(row->first) + 1) * pageHeight - row->first + 2;
                first = PageFix{row->first, QTextBlock(), table, r, push};
            }
            break; // the first split row of this table
        }
    }
    return first;
}

void keepBlocksTogether(QTextDocument &doc, qreal pageHeight)
{
    // One fix at a time, the earliest in the document first: each moves only what follows it,
    // so no fix is ever undone by a later one. Bounded for pathological documents.
    for (int pass = 0; pass < 500; ++pass) {
        const std::optional<PageFix> block = firstSplitBlock(doc, pageHeight);
        const std::optional<PageFix> row = firstSplitRow(doc, pageHeight);
        if (!block && !row)
            break;
        if (row && (!block || row->y < block->y)
            && row->row == row->table->format().headerRowCount()) {
            QTextTableFormat format = row->table->format();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            row->table->setFormat(format);
        } else if (row && (!block || row->y < block->y)) {
            // Paddings are CSS pixels, which the layout scales to the device's.
            const qreal cssPerDevice
                = cssPixelsPerInch() / doc.documentLayout()->paintDevice()->logicalDpiY();
            for (int c = 0; c < row->table->columns(); ++c) {
                QTextTableCell above = row->table->cellAt(row->row - 1, c);
                QTextTableCellFormat format = above.format().toTableCellFormat();
                const qreal padding = format.hasProperty(QTextFormat::TableCellBottomPadding)
                                          ? format.bottomPadding()
                                          : row->table->format().cellPadding();
                format.setBottomPadding(padding + row->push * cssPerDevice);
                above.setFormat(format);
            }
        } else {
            QTextBlockFormat format;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block->block).mergeBlockFormat(format);
        }
    }
}

/// Ligatures ("ﬁ") come out of the PDF as single characters, so copied text and search miss
/// words like "misconfigured". A non-zero letter spacing (far below a device pixel) makes Qt's
/// shaper leave ligatures out.
void disableLigatures(QTextDocument &doc)
{
    QTextCharFormat format;
    format.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    format.setFontLetterSpacing(kNoLigatureSpacing);
    QTextCursor cursor(&doc);
    cursor.select(QTextCursor::Document);
    cursor.mergeCharFormat(format);
}

void drawFooter(QPainter &painter, const QRectF &page, const QRectF &body, const QString &title,
                int pageNumber, int pageCount)
{
    const qreal dpi = painter.device()->logicalDpiY();
    const auto mmToDevice = [dpi](qreal mm) {
        return Hindsight::mmToDevice(mm, dpi);
    };
    painter.save();
    const qreal ruleY = body.bottom() + mmToDevice(kFooterRuleFromBodyMm);
    QPen pen(kFooterRuleColor);
    pen.setWidthF(mmToDevice(0.2));
    painter.setPen(pen);
    painter.drawLine(QPointF(body.left(), ruleY), QPointF(body.right(), ruleY));

    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(kFooterPointSize);
    font.setLetterSpacing(QFont::AbsoluteSpacing, kNoLigatureSpacing);
    painter.setFont(font);
    painter.setPen(kFooterTextColor);
    const QFontMetricsF fm(font, painter.device());
    const QString pageText = Text::pageOf(pageNumber, pageCount);
    const qreal pageTextWidth = fm.horizontalAdvance(pageText);
    const qreal gap = mmToDevice(8);
    const QString shownTitle
        = fm.elidedText(title, Qt::ElideRight, body.width() - pageTextWidth - gap);
    const qreal baseline = ruleY + mmToDevice(kFooterTextGapMm) + fm.ascent();
    Q_ASSERT(baseline < page.bottom());
    painter.drawText(QPointF(body.left(), baseline), shownTitle);
    painter.drawText(QPointF(body.right() - pageTextWidth, baseline), pageText);
    painter.restore();
}

bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}

} // namespace

bool paintPostmortemPages(const Postmortem &pm, QPagedPaintDevice &device, QString *errorMessage,
                          const HtmlOptions &opts)
{
    const DocumentLanguageScope language(opts.language); // the chart's words too
    // Everything below is in the device's pixels: 300 dpi for exportPdf, whatever a printer
    // uses for print. Pictures are rasterised at no more than kResolutionDpi either way.
    const qreal dpi = device.logicalDpiY();
    const auto mmToDevice = [dpi](qreal mm) {
        return Hindsight::mmToDevice(mm, dpi);
    };
    const qreal rasterDpi = qMin<qreal>(dpi, kResolutionDpi);
    const QString title = displayTitle(pm);
    const QRectF page(0, 0, device.width(), device.height());
    const QRectF body(mmToDevice(kMarginSideMm), mmToDevice(kMarginTopMm),
                      page.width() - 2 * mmToDevice(kMarginSideMm),
                      page.height() - mmToDevice(kMarginTopMm) - mmToDevice(kMarginBottomMm));

    ConfinedDocument doc(opts.baseDirectory);
    doc.documentLayout()->setPaintDevice(&device); // fonts and px lengths in device pixels
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    if (!opts.baseDirectory.isEmpty())
        doc.setBaseUrl(
            QUrl::fromLocalFile(QDir(opts.baseDirectory).absolutePath() + QLatin1Char('/')));
    doc.setPageSize(body.size());

    // The timeline chart across the text width, drawn at the PDF's resolution: laid out in CSS
    // pixels like the preview (same fonts, same labels), rasterised at 300 dpi.
    HtmlOptions options = opts;
    options.timelineChartUrl.clear();
    const qreal cssPerDevice = cssPixelsPerInch() / device.logicalDpiX();
    const QSize chartSize(qRound(body.width() * cssPerDevice),
                          qRound(body.width() * cssPerDevice * kPdfChartAspect));
    const QImage chart = renderTimelineChartImage(pm, chartSize, rasterDpi / cssPixelsPerInch());
    if (!chart.isNull()) {
        doc.addResource(QTextDocument::ImageResource, timelineChartResourceUrl(), chart);
        options.timelineChartUrl = timelineChartResourceUrl().toString();
        options.timelineChartSize = chartSize;
    }
    // Each diagram across the text width (no taller than 80 % of the page), drawn at 300 dpi.
    options.diagramPictures.clear();
    const int textWidthCss = qRound(body.width() * cssPerDevice);
    const int maxHeightCss = qRound(body.height() * cssPerDevice * 0.8);
    for (const LoadDiagram &d : pm.diagrams) {
        const QSize cssSize = loadDiagramDisplaySize(d, textWidthCss, maxHeightCss);
        const qreal devicePerCss = rasterDpi / cssPixelsPerInch();
        const QImage image = renderLoadDiagramImage(d, (QSizeF(cssSize) * devicePerCss).toSize(),
                                                    DiagramTheme::Light, devicePerCss);
        if (image.isNull())
            continue;
        doc.addResource(QTextDocument::ImageResource, loadDiagramResourceUrl(d.id), image);
        options.diagramPictures.insert(d.id, {loadDiagramResourceUrl(d.id).toString(), cssSize});
    }
    doc.setHtml(renderHtml(pm, options));
    disableLigatures(doc);
    fitImagesToWidth(doc, body.width() * cssPixelsPerInch() / device.logicalDpiX());
    keepBlocksTogether(doc, body.height());

    const int pageCount = qMax(1, doc.pageCount());
    QPainter painter;
    if (!painter.begin(&device))
        return fail(errorMessage, Text::cannotDraw());
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < pageCount; ++i) {
        if (i > 0 && !device.newPage()) {
            painter.end();
            return fail(errorMessage, Text::newPageFailed());
        }
        painter.save();
        const QRectF clip(0, i * body.height(), body.width(), body.height());
        painter.translate(body.left(), body.top() - clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        // QTextLayout draws a line starting exactly at the clip's bottom edge: stop just short.
        context.clip = clip.adjusted(0, 0, 0, -1);
        context.palette.setColor(QPalette::Text, QColor(0x1f, 0x29, 0x33));
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        drawFooter(painter, page, body, title, i + 1, pageCount);
    }
    painter.end();
    return true;
}

bool exportPdf(const Postmortem &pm, const QString &filePath, QString *errorMessage,
               const HtmlOptions &opts, const QPageSize &pageSize)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(errorMessage, Text::cannotWrite(filePath, file.errorString()));

    QPdfWriter writer(&file);
    writer.setResolution(kResolutionDpi);
    writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout::Millimeter));
    writer.setTitle(displayTitle(pm));
    writer.setCreator(Text::creator());
    QString reason;
    if (!paintPostmortemPages(pm, writer, &reason, opts)) {
        file.cancelWriting();
        return fail(errorMessage, Text::cannotWrite(filePath, reason));
    }
    if (!file.commit())
        return fail(errorMessage, Text::cannotWrite(filePath, file.errorString()));
    return true;
}

} // namespace Hindsight
