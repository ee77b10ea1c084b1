// The live preview's in-place updates (htmlpatch.h, PreviewPane): a patched document must be
// the document a full parse of the new HTML gives, block for block and format for format, and
// the patch must really be what the preview uses while someone types.
#include "core/postmortemfile.h"
#include "corpus.h"
#include "modalguard.h"
#include "render/htmlpatch.h"
#include "render/htmlrenderer.h"
#include "render/timelinechart.h"
#include "ui/mainwindow.h"
#include "ui/postmortemform.h"
#include "ui/previewpane.h"

#include <QDir>
#include <QImage>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>

#include <functional>

using namespace Hindsight;

namespace {

Postmortem loadFile(const QString &path)
{
    const LoadResult r = loadPostmortemFile(path);
    if (!r.ok)
        qFatal("cannot load %s", qPrintable(path));
    return r.postmortem;
}

HtmlOptions previewOptions()
{
    HtmlOptions o;
    o.fragmentAnchors = true;
    return o;
}

QString fullHtml(const HtmlFragments &f)
{
    return f.head + f.fragments.join(QString()) + f.tail;
}

/// Where two documents differ (block text, block format, list, character formats), or an
/// empty string when they are the same.
QString difference(const QTextDocument &a, const QTextDocument &b)
{
    if (a.blockCount() != b.blockCount())
        return QStringLiteral("block count %1 vs %2").arg(a.blockCount()).arg(b.blockCount());
    QTextBlock x = a.begin(), y = b.begin();
    for (int n = 0; x.isValid(); x = x.next(), y = y.next(), ++n) {
        const QString where = QStringLiteral("block %1 (\"%2\"): ").arg(n).arg(x.text().left(40));
        if (x.text() != y.text())
            return where + QStringLiteral("text \"%1\"").arg(y.text().left(40));
        if (!(x.blockFormat() == y.blockFormat()))
            return where + QStringLiteral("block format");
        if (bool(x.textList()) != bool(y.textList())
            || (x.textList()
                && (!(x.textList()->format() == y.textList()->format())
                    || x.textList()->itemNumber(x) != y.textList()->itemNumber(y))))
            return where + QStringLiteral("list");
        QTextBlock::iterator i = x.begin(), j = y.begin();
        for (; !i.atEnd() && !j.atEnd(); ++i, ++j) {
            if (i.fragment().text() != j.fragment().text()
                || !(i.fragment().charFormat() == j.fragment().charFormat()))
                return where + QStringLiteral("characters at \"%1\"").arg(i.fragment().text());
        }
        if (!i.atEnd() || !j.atEnd())
            return where + QStringLiteral("number of format runs");
    }
    return QString();
}

/// Drops the width and height of every picture in `doc`.
void withoutPictureSizes(QTextDocument &doc)
{
    QList<std::pair<int, QTextImageFormat>> pictures; // found first, changed after
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat())
                pictures.append(
                    {it.fragment().position(), it.fragment().charFormat().toImageFormat()});
    for (auto [position, image] : pictures) {
        image.clearProperty(QTextFormat::ImageWidth);
        image.clearProperty(QTextFormat::ImageHeight);
        QTextCursor c(&doc);
        c.setPosition(position);
        c.setPosition(position + 1, QTextCursor::KeepAnchor); // a picture is one character
        c.setCharFormat(image);
    }
}

struct Edit
{
    const char *name;
    std::function<void(Postmortem &)> change;
    /// False where the fragment parses to a different number of blocks on its own than in
    /// the document (a quote followed by a rule): applyHtmlPatch must then refuse, leaving the
    /// document as it was, and the preview parses everything again.
    bool patchable = true;
};

/// Appends `text` to the first paragraph line of `markdown` that is plain prose.
QString touchFirstParagraph(const QString &markdown, const QString &text)
{
    QStringList lines = markdown.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        const QString t = line.trimmed();
        if (t.size() > 20 && t.front().isLetter()) {
            line += text;
            break;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

/// Same-shape edits: what happens while someone types inside a block.
QList<Edit> sameShapeEdits()
{
    return {
        {"letter at the end of the summary",
         [](Postmortem &pm) {
             pm.summary += QStringLiteral("x");
         }},
        {"word inside a root cause paragraph",
         [](Postmortem &pm) {
             pm.rootCause = touchFirstParagraph(pm.rootCause, QStringLiteral(" also"));
         }},
        {"bold word in the impact",
         [](Postmortem &pm) {
             pm.impact = touchFirstParagraph(pm.impact, QStringLiteral(" **now**"));
         }},
        {"link in the resolution",
         [](Postmortem &pm) {
             pm.resolution = touchFirstParagraph(
                 pm.resolution, QStringLiteral(" [runbook](https://example.com/rb)"));
         }},
        {"markup-looking text",
         [](Postmortem &pm) {
             pm.summary += QStringLiteral(" <b>not bold</b> &amp; <script>x</script>");
         }},
        {"section heading renamed",
         [](Postmortem &pm) {
             if (!pm.sections.isEmpty())
                 pm.sections.first().heading += QStringLiteral(" (draft)");
         }},
        {"title",
         [](Postmortem &pm) {
             pm.title += QStringLiteral(" again");
         }},
        {"code block line",
         [](Postmortem &pm) {
             pm.rootCause.replace(QStringLiteral("timeout: 30s"), QStringLiteral("timeout: 300s"));
         }},
        {"list item",
         [](Postmortem &pm) {
             pm.resolution.replace(QStringLiteral("Second step"),
                                   QStringLiteral("Second *careful* step"));
         }},
        {"nested list item",
         [](Postmortem &pm) {
             pm.resolution.replace(QStringLiteral("Nested step"), QStringLiteral("Nested steps"));
         }},
        {"task ticked",
         [](Postmortem &pm) {
             pm.resolution.replace(QStringLiteral("[ ] Verify"), QStringLiteral("[x] Verify"));
         }},
        {"quote followed by a rule",
         [](Postmortem &pm) {
             pm.resolution.replace(QStringLiteral("> Quoted"), QStringLiteral("> Quoted again"));
         },
         false},
        {"letter at the end of the last section",
         [](Postmortem &pm) {
             if (!pm.sections.isEmpty())
                 pm.sections.last().text += QStringLiteral("x");
         }},
    };
}

} // namespace

class TestPreviewPatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fragmentsMakeTheDocument_data();
    void fragmentsMakeTheDocument();
    void patchEqualsFullParse_data();
    void patchEqualsFullParse();
    void shapeChangesAreNotPatched_data();
    void shapeChangesAreNotPatched();
    void cacheGivesTheSameHtml();
    void previewPatchesWhileTyping();
    void wholeDocumentParsedOnTheWorker();
    void anOlderRenderNeverReplacesANewerOne();

private:
    static void addDocuments();
};

void TestPreviewPatch::addDocuments()
{
    QTest::addColumn<QString>("path");
    const QDir seeds(HindsightTest::corpusPath(QStringLiteral("seeds")));
    for (const QString &name : seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << seeds.filePath(name);
    QTest::newRow("sample") << QStringLiteral(HINDSIGHT_SOURCE_DIR
                                              "/resources/sample-postmortem.md");
    QTest::newRow("blocks") << QStringLiteral(HINDSIGHT_TEST_DATA "/preview-blocks.md");
}

void TestPreviewPatch::fragmentsMakeTheDocument_data()
{
    addDocuments();
}

void TestPreviewPatch::fragmentsMakeTheDocument()
{
    QFETCH(QString, path);
    const Postmortem pm = loadFile(path);
    const HtmlFragments plain = renderHtmlFragments(pm);
    QCOMPARE(fullHtml(plain), renderHtml(pm));
    QVERIFY(!plain.fragments.join(QString()).contains(QLatin1String("<a name=\"hs-")));

    // With anchors, every fragment is found, in order, each in a block of its own.
    const HtmlFragments anchored = renderHtmlFragments(pm, previewOptions());
    QCOMPARE(anchored.fragments.size(), plain.fragments.size());
    QTextDocument doc;
    doc.setHtml(fullHtml(anchored));
    const QList<int> blocks = fragmentBlockNumbers(doc, int(anchored.fragments.size()));
    QCOMPARE(blocks.size(), anchored.fragments.size());
    for (int i = 1; i < blocks.size(); ++i)
        QVERIFY2(blocks[i] > blocks[i - 1], qPrintable(QString::number(i)));

    // The anchors change nothing a reader sees: same text, same blocks.
    QTextDocument plainDoc;
    plainDoc.setHtml(renderHtml(pm));
    QCOMPARE(doc.toPlainText(), plainDoc.toPlainText());
    QCOMPARE(doc.blockCount(), plainDoc.blockCount());
}

void TestPreviewPatch::patchEqualsFullParse_data()
{
    addDocuments();
}

void TestPreviewPatch::patchEqualsFullParse()
{
    QFETCH(QString, path);
    const Postmortem original = loadFile(path);
    // In the dark theme too: the characters put in must get the theme's formats.
    for (const bool dark : {false, true})
        for (const Edit &edit : sameShapeEdits()) {
            HtmlOptions opts = previewOptions();
            opts.darkTheme = dark;
            opts.fontFamily = dark ? QStringLiteral("DejaVu Serif") : QString();
            Postmortem changed = original;
            edit.change(changed);
            if (changed == original)
                continue; // e.g. no additional section to rename
            const HtmlFragments before = renderHtmlFragments(original, opts);
            const HtmlFragments after = renderHtmlFragments(changed, opts);

            QTextDocument shown;
            shown.setHtml(fullHtml(before));
            const QList<int> blocks = fragmentBlockNumbers(shown, int(before.fragments.size()));
            QVERIFY(!blocks.isEmpty());
            const HtmlPatch patch = planHtmlPatch(before.fragments, after);
            QVERIFY2(patch.possible, edit.name);
            QVERIFY2(!patch.changes.isEmpty(), edit.name);
            if (!edit.patchable) {
                const QString untouched = shown.toHtml();
                QVERIFY2(!applyHtmlPatch(shown, blocks, after, patch), edit.name);
                QCOMPARE(shown.toHtml(), untouched);
                continue;
            }
            QVERIFY2(applyHtmlPatch(shown, blocks, after, patch), edit.name);

            QTextDocument expected;
            expected.setHtml(fullHtml(after));
            const QString diff = difference(shown, expected);
            QVERIFY2(diff.isEmpty(),
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(edit.name), diff)));
            // Block numbers stay valid for the next patch.
            QCOMPARE(fragmentBlockNumbers(shown, int(after.fragments.size())), blocks);
        }
}

void TestPreviewPatch::shapeChangesAreNotPatched_data()
{
    QTest::addColumn<QString>("edit");
    QTest::newRow("new paragraph") << QStringLiteral("paragraph");
    QTest::newRow("new list item") << QStringLiteral("item");
    QTest::newRow("timeline text (a table)") << QStringLiteral("timeline");
    QTest::newRow("action item (a table)") << QStringLiteral("action");
    QTest::newRow("new section") << QStringLiteral("section");
}

void TestPreviewPatch::shapeChangesAreNotPatched()
{
    QFETCH(QString, edit);
    Postmortem pm;
    pm.title = QStringLiteral("Shapes");
    pm.summary = QStringLiteral("First paragraph.\n\n- one\n- two\n");
    pm.timeline = {
        {{QDate(2024, 1, 1), QTime(10, 0), 0, {}}, EventKind::Detection, QStringLiteral("Paged")}};
    pm.actionItems = {{QStringLiteral("Fix it"), QStringLiteral("task"), {}, {}, false}};
    Postmortem changed = pm;
    if (edit == QLatin1String("paragraph"))
        changed.summary = QStringLiteral("First paragraph.\n\nSecond.\n\n- one\n- two\n");
    else if (edit == QLatin1String("item"))
        changed.summary = QStringLiteral("First paragraph.\n\n- one\n- two\n- three\n");
    else if (edit == QLatin1String("timeline"))
        changed.timeline[0].text += QStringLiteral(" again");
    else if (edit == QLatin1String("action"))
        changed.actionItems[0].text += QStringLiteral(" now");
    else
        changed.sections.append({QStringLiteral("Lessons"), QStringLiteral("Learned.")});
    const HtmlPatch patch = planHtmlPatch(renderHtmlFragments(pm, previewOptions()).fragments,
                                          renderHtmlFragments(changed, previewOptions()));
    QVERIFY(!patch.possible);
}

void TestPreviewPatch::cacheGivesTheSameHtml()
{
    // Rendering through the cache after each edit gives what rendering afresh gives.
    Postmortem pm
        = loadFile(QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/sample-postmortem.md"));
    HtmlRenderCache cache;
    HtmlOptions opts = previewOptions();
    QCOMPARE(renderHtmlFragments(pm, opts, &cache).fragments,
             renderHtmlFragments(pm, opts).fragments);
    const QList<std::function<void()>> edits = {
        [&] { pm.summary += QStringLiteral(" More."); },
        [&] { pm.timeline[1].text += QStringLiteral(" (paged twice)"); },
        [&] {
            pm.timezone = TimeZoneInfo{QStringLiteral("CET"), 60};
        },
        [&] { pm.actionItems[0].owner = QStringLiteral("Someone else"); },
        [&] { pm.actionItems[0].done = !pm.actionItems[0].done; },
        [&] { opts.timelineChartUrl = QStringLiteral("hindsight-chart:timeline"); },
        [&] { opts.timelineChartSize = QSize(640, 300); },
        [&] {
            pm.sections.append({QStringLiteral("Extra"), QStringLiteral("Text.")});
        },
        [&] { pm.rootCause.clear(); },
    };
    for (int i = 0; i < edits.size(); ++i) {
        edits[i]();
        QCOMPARE(renderHtmlFragments(pm, opts, &cache).fragments,
                 renderHtmlFragments(pm, opts).fragments);
    }
}

void TestPreviewPatch::previewPatchesWhileTyping()
{
    MainWindow window;
    window.resize(1200, 800);
    QVERIFY(
        window.openFile(QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/sample-postmortem.md")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *preview = window.findChild<PreviewPane *>();
    auto *form = window.findChild<PostmortemForm *>();
    auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("rootCauseEditor"));
    QVERIFY(preview && form && editor);
    // Shown, the pane draws the chart and diagrams for its real width once.
    QSignalSpy rendered(preview, &PreviewPane::rendered);
    QVERIFY(rendered.wait(2000));

    form->showLocation({FieldId::RootCause, -1});
    editor->setFocus();
    // The end of the first paragraph (the text ends with a diagram, which has no text).
    editor->moveCursor(QTextCursor::Start);
    editor->moveCursor(QTextCursor::EndOfBlock);
    const int patchedBefore = preview->patchedUpdates();
    const int fullBefore = preview->fullUpdates();
    QTest::keyClicks(editor, QStringLiteral(" Zebracorn"));
    QTRY_VERIFY_WITH_TIMEOUT(preview->toPlainText().contains(QLatin1String("Zebracorn")), 5000);
    QCOMPARE(preview->fullUpdates(), fullBefore);
    QVERIFY(preview->patchedUpdates() > patchedBefore);

    // A new paragraph changes the document's shape: parsed again, and shown.
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("Quokkadile"));
    QTRY_VERIFY_WITH_TIMEOUT(preview->toPlainText().contains(QLatin1String("Quokkadile")), 5000);
    QVERIFY(preview->fullUpdates() > fullBefore);
}

void TestPreviewPatch::wholeDocumentParsedOnTheWorker()
{
    MainWindow window;
    window.resize(1200, 800);
    QVERIFY(
        window.openFile(QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/sample-postmortem.md")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *preview = window.findChild<PreviewPane *>();
    auto *form = window.findChild<PostmortemForm *>();
    auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("rootCauseEditor"));
    QVERIFY(preview && form && editor);
    QSignalSpy rendered(preview, &PreviewPane::rendered);
    QVERIFY(rendered.wait(2000));

    // A new paragraph: the worker parses the whole document and the pane swaps it in.
    form->showLocation({FieldId::RootCause, -1});
    editor->setFocus();
    editor->moveCursor(QTextCursor::Start);
    editor->moveCursor(QTextCursor::EndOfBlock);
    const QTextDocument *before = preview->document();
    const int fullBefore = preview->fullUpdates();
    const QSize viewport = preview->viewport()->size();
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("Wombatross"));
    QTRY_VERIFY_WITH_TIMEOUT(preview->toPlainText().contains(QLatin1String("Wombatross")), 5000);
    QVERIFY(preview->fullUpdates() > fullBefore);
    QVERIFY(preview->document() != before);
    // Swapped in at the pane's width: no horizontal scroll bar flashes up (resizing the
    // viewport, which would render the diagrams again).
    QVERIFY(!preview->horizontalScrollBar()->isVisible());
    QCOMPARE(preview->viewport()->size(), viewport);
    // It lives on the GUI thread now, and serves the chart like the pane's own document.
    QCOMPARE(preview->document()->thread(), preview->thread());
    QVERIFY(!preview->document()
                 ->resource(QTextDocument::ImageResource, timelineChartResourceUrl())
                 .value<QImage>()
                 .isNull());

    // It is the document the GUI thread's own parse of the same HTML gives.
    const std::unique_ptr<QTextDocument> fromWorker(preview->document()->clone());
    preview->renderNow();
    // (Cloned both: a clone numbers the document's objects afresh.)
    const std::unique_ptr<QTextDocument> fromGuiThread(preview->document()->clone());
    // Pictures are sized to the pane as it is at each render (its height bounds a diagram's,
    // and a busy machine may still be settling the window): compared without their sizes.
    withoutPictureSizes(*fromWorker);
    withoutPictureSizes(*fromGuiThread);
    QCOMPARE(difference(*fromWorker, *fromGuiThread), QString());
    QCOMPARE(fromWorker->toHtml(), fromGuiThread->toHtml());

    // And it can be patched while typing goes on, like any shown document.
    QTest::keyClicks(editor, QStringLiteral("x"));
    QTRY_VERIFY_WITH_TIMEOUT(preview->toPlainText().contains(QLatin1String("Wombatrossx")), 5000);
    const int patched = preview->patchedUpdates();
    QTest::keyClicks(editor, QStringLiteral("y"));
    QTRY_VERIFY_WITH_TIMEOUT(preview->toPlainText().contains(QLatin1String("Wombatrossxy")), 5000);
    QVERIFY(preview->patchedUpdates() > patched);
}

void TestPreviewPatch::anOlderRenderNeverReplacesANewerOne()
{
    MainWindow window;
    window.resize(1200, 800);
    QVERIFY(
        window.openFile(QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/sample-postmortem.md")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *preview = window.findChild<PreviewPane *>();
    auto *form = window.findChild<PostmortemForm *>();
    auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("rootCauseEditor"));
    QVERIFY(preview && form && editor);
    QSignalSpy rendered(preview, &PreviewPane::rendered);
    QVERIFY(rendered.wait(20000));
    const QString darkInk = QStringLiteral("#e6e8eb"); // the dark theme's key-fact text
    QVERIFY(!preview->document()->toHtml().contains(darkInk));

    // A render of the light page starts on the worker; the theme turns dark (renderNow()) before
    // its result is in. That result is older than what is shown, and never replaces it.
    form->showLocation({FieldId::RootCause, -1});
    editor->setFocus();
    QSignalSpy started(preview, &PreviewPane::renderStarted);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("Axolotter"));
    QVERIFY(started.wait(5000));
    preview->setAppearance(true, QString(), 0);
    QVERIFY(preview->document()->toHtml().contains(darkInk));
    QVERIFY(preview->toPlainText().contains(QLatin1String("Axolotter")));
    // Its result is handled (and dropped) in passes of the event loop; waiting for that, not
    // for a fixed time, which a busy machine could outlast.
    QTRY_COMPARE_WITH_TIMEOUT(preview->droppedRenders(), 1, 20000);
    QVERIFY(preview->document()->toHtml().contains(darkInk));
}

QTEST_MAIN(TestPreviewPatch)
#include "tst_previewpatch.moc"
