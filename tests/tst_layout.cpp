// The main window lays out in every shipped language at a normal window size: the preview
// keeps at least 40 % of the width, no form label or table header is cut or squeezed below
// what its text needs, and no preview table cell breaks inside a word.
#include "ui/localization.h"
#include "ui/mainwindow.h"
#include "ui/postmortemform.h"
#include "ui/previewpane.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QTextTable>

using namespace Hindsight;

namespace {

/// The visible labels of `page` whose text does not fit: "text (width < needed)".
QStringList squeezedLabels(QWidget *page)
{
    QStringList out;
    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const bool fits = label->wordWrap()
                              ? label->height() >= label->heightForWidth(label->width())
                              : label->width() >= label->minimumSizeHint().width();
        if (!fits)
            out << QStringLiteral("%1 (%2x%3, needs %4)")
                       .arg(label->text())
                       .arg(label->width())
                       .arg(label->height())
                       .arg(label->wordWrap() ? label->heightForWidth(label->width())
                                              : label->minimumSizeHint().width());
    }
    return out;
}

/// Header sections of `view` narrower than their text needs, and columns of short values
/// (dates, times, kinds) narrower than their cells need.
QStringList squeezedColumns(QTableView *view, const QList<int> &valueColumns)
{
    QStringList out;
    const QHeaderView *header = view->horizontalHeader();
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        const QString title = view->model()->headerData(c, Qt::Horizontal).toString();
        if (header->sectionSize(c) < header->sectionSizeHint(c))
            out << QStringLiteral("header %1: %2 < %3")
                       .arg(title)
                       .arg(header->sectionSize(c))
                       .arg(header->sectionSizeHint(c));
        if (valueColumns.contains(c)
            && view->columnWidth(c) < static_cast<QAbstractItemView *>(view)->sizeHintForColumn(c))
            out << QStringLiteral("cells of %1: %2 < %3")
                       .arg(title)
                       .arg(view->columnWidth(c))
                       .arg(static_cast<QAbstractItemView *>(view)->sizeHintForColumn(c));
    }
    return out;
}

/// Lines in the preview's table cells that start inside a word ("2 0 2 4-0 2-1 5").
QStringList brokenWords(QTextDocument *doc)
{
    QStringList out;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (!QTextCursor(b).currentTable() || !b.layout())
            continue;
        const QString text = b.text();
        for (int i = 1; i < b.layout()->lineCount(); ++i) {
            const int at = b.layout()->lineAt(i).textStart();
            if (at > 0 && at < text.size() && text.at(at - 1).isLetterOrNumber()
                && text.at(at).isLetterOrNumber())
                out << QStringLiteral("%1|%2").arg(text.left(at), text.mid(at));
        }
    }
    return out;
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("HindsightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_layout"));
        QSettings().clear(); // no saved geometry or splitter state from an earlier run
    }

    void cleanupTestCase() { applyLanguage(QStringLiteral("en")); }

    void everyLanguageLaysOut_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const QString &language : availableLanguages()) {
            for (const QSize size : {QSize(1280, 800), QSize(1400, 900)})
                QTest::addRow("%s-%dx%d", qPrintable(language), size.width(), size.height())
                    << language << size;
        }
    }

    void everyLanguageLaysOut()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        applyLanguage(language);
        MainWindow w;
        w.openSample();
        w.resize(size);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCoreApplication::processEvents();

        // The preview keeps at least 40 % of the window.
        QVERIFY2(
            w.preview()->width() >= 0.4 * w.width(),
            qPrintable(
                QStringLiteral("preview %1 of %2 px").arg(w.preview()->width()).arg(w.width())));

        // Every tab of the form: labels and table columns as wide as their text needs.
        auto *tabs = w.form()->findChild<QTabWidget *>();
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            const QStringList labels = squeezedLabels(tabs->widget(i));
            QVERIFY2(labels.isEmpty(), qPrintable(labels.join(QStringLiteral("; "))));
        }
        // Date, time and kind; due date and done.
        QStringList columns = squeezedColumns(w.form()->timelineView(), {0, 1, 2});
        columns += squeezedColumns(w.form()->actionItemView(), {3, 4});
        QVERIFY2(columns.isEmpty(), qPrintable(columns.join(QStringLiteral("; "))));

        // No table cell of the preview (key facts, timeline, action items) breaks in a word.
        w.preview()->renderNow();
        w.preview()->document()->documentLayout()->documentSize(); // lays it out
        const QStringList broken = brokenWords(w.preview()->document());
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
