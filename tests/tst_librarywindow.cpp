// The library window driven with QTest: indexing, filters, search, open, watching the folder.
#include "core/document.h"
#include "ui/library/librarymenu.h"
#include "ui/library/librarymodels.h"
#include "ui/library/librarywindow.h"
#include "ui/mainwindow.h"

#include "libraryfixture.h"
#include "modalguard.h"

#include <QAbstractItemView>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Hindsight;
using namespace LibraryFixture;

namespace {

QDateTime utc(int y, int mo, int d)
{
    return QDateTime(QDate(y, mo, d), QTime(10, 0), Qt::UTC);
}

template<typename T>
T *child(QWidget *w, const char *name)
{
    T *c = w->findChild<T *>(QString::fromLatin1(name));
    if (!c)
        qFatal("no child %s", name);
    return c;
}

} // namespace

class TestLibraryWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_lib;

    std::unique_ptr<LibraryWindow> openWindow()
    {
        auto w = std::make_unique<LibraryWindow>(m_lib, nullptr,
                                                 m_dir.filePath(QStringLiteral("index.sqlite")));
        QSignalSpy indexed(w.get(), &LibraryWindow::indexed);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            qWarning("the library window was not exposed");
        if (indexed.isEmpty() && !indexed.wait(20000))
            qWarning("the library window did not index");
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the default index goes to a test cache
        m_lib = m_dir.filePath(QStringLiteral("lib"));
        Postmortem cert
            = incident(QStringLiteral("Expired certificate on the mail relay"), utc(2025, 1, 10),
                       10, 20, 30, {QStringLiteral("mail")}, {QStringLiteral("certificate")});
        cert.severity = Severity::Sev1;
        cert.actionItems.append({QStringLiteral("Automate renewal"), QStringLiteral("task"),
                                 QStringLiteral("Ops"), QDate(2025, 2, 1), false});
        QVERIFY(save(m_lib + QStringLiteral("/cert.md"), cert));
        QVERIFY(save(m_lib + QStringLiteral("/disk.md"),
                     incident(QStringLiteral("Database disk full"), utc(2025, 3, 2), 5, 10, 50,
                              {QStringLiteral("db")}, {QStringLiteral("capacity")})));
        Postmortem dns
            = incident(QStringLiteral("Resolver change breaks lookups"), utc(2025, 6, 20), 2, 4, 8,
                       {QStringLiteral("dns")}, {QStringLiteral("config-change")});
        dns.status = Status::Draft;
        QVERIFY(save(m_lib + QStringLiteral("/2025/dns.md"), dns));
        QVERIFY(writeFile(m_lib + QStringLiteral("/broken.md"), QByteArray("\0\0\0", 3)));
    }

    void indexesAndShowsEveryPostmortem()
    {
        auto w = openWindow();
        auto *table = child<QTableView>(w.get(), "libraryTable");
        QCOMPARE(table->model()->rowCount(), 3);
        // Sorted by start, newest first.
        QCOMPARE(table->model()->index(0, LibraryTableModel::Title).data().toString(),
                 QStringLiteral("Resolver change breaks lookups"));
        QCOMPARE(table->model()->index(2, LibraryTableModel::ActionItems).data().toString(),
                 QStringLiteral("1/1"));
        QCOMPARE(table->model()->index(1, LibraryTableModel::TimeToResolve).data().toString(),
                 QStringLiteral("50 min"));
        // Click the TTR header: ascending by minutes (8, 30, 50), not by text.
        QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {},
                          QPoint(table->horizontalHeader()->sectionViewportPosition(
                                     LibraryTableModel::TimeToResolve)
                                     + 5,
                                 5));
        if (table->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder)
            QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {},
                              QPoint(table->horizontalHeader()->sectionViewportPosition(
                                         LibraryTableModel::TimeToResolve)
                                         + 5,
                                     5));
        QCOMPARE(table->model()->index(0, LibraryTableModel::TimeToResolve).data().toString(),
                 QStringLiteral("8 min"));
        QCOMPARE(table->model()->index(2, LibraryTableModel::TimeToResolve).data().toString(),
                 QStringLiteral("50 min"));
        // The broken file is listed with its reason.
        auto *broken = child<QListWidget>(w.get(), "brokenList");
        QCOMPARE(broken->count(), 1);
        QVERIFY(broken->item(0)->text().startsWith(QStringLiteral("broken.md — ")));
    }

    void filtersNarrowTheTable()
    {
        auto w = openWindow();
        auto *table = child<QTableView>(w.get(), "libraryTable");
        auto *severity = child<QComboBox>(w.get(), "severityFilter");
        severity->setFocus();
        QTest::keyClick(severity, Qt::Key_Down); // "SEV1"
        QCOMPARE(severity->currentText(), QStringLiteral("SEV1"));
        QCOMPARE(table->model()->rowCount(), 1);
        QTest::keyClick(severity, Qt::Key_Up); // any
        QCOMPARE(table->model()->rowCount(), 3);

        auto *tag = child<QComboBox>(w.get(), "tagFilter");
        tag->setFocus();
        QTest::keyClick(tag, Qt::Key_Down); // first tag alphabetically: capacity
        QCOMPARE(tag->currentText(), QStringLiteral("capacity"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(),
                 QStringLiteral("Database disk full"));
        QTest::keyClick(tag, Qt::Key_Up);

        auto *open = child<QCheckBox>(w.get(), "openActionsFilter");
        QTest::mouseClick(open, Qt::LeftButton, {}, QPoint(5, open->height() / 2));
        QVERIFY(open->isChecked());
        QCOMPARE(table->model()->rowCount(), 1);
        QTest::mouseClick(open, Qt::LeftButton, {}, QPoint(5, open->height() / 2));
        QCOMPARE(table->model()->rowCount(), 3);

        // Date range: only what started in the first half of 2025, up to 1 June.
        child<QDateEdit>(w.get(), "fromDate")->setDate(QDate(2025, 1, 1));
        child<QDateEdit>(w.get(), "toDate")->setDate(QDate(2025, 6, 1));
        auto *range = child<QCheckBox>(w.get(), "dateRangeFilter");
        QTest::mouseClick(range, Qt::LeftButton, {}, QPoint(5, range->height() / 2));
        QCOMPARE(table->model()->rowCount(), 2);
    }

    void searchShowsHighlightedHitsAndOpens()
    {
        auto w = openWindow();
        QSignalSpy open(w.get(), &LibraryWindow::openRequested);
        auto *search = child<QLineEdit>(w.get(), "librarySearch");
        auto *results = child<QListWidget>(w.get(), "searchResults");
        auto *table = child<QTableView>(w.get(), "libraryTable");
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("certificates"));
        QTRY_VERIFY(results->isVisible());
        QCOMPARE(results->count(), 1);
        QCOMPARE(table->model()->rowCount(), 1);
        auto *label = qobject_cast<QLabel *>(results->itemWidget(results->item(0)));
        QVERIFY(label);
        QVERIFY2(label->text().contains(QStringLiteral("certificate</b>")),
                 qPrintable(label->text()));
        // Enter in the search field opens the best hit.
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), m_lib + QStringLiteral("/cert.md"));
        // Double-click on a hit opens it too.
        QApplication::processEvents(); // lay out the list shown by the search
        const QRect r = results->visualItemRect(results->item(0));
        QVERIFY2(results->viewport()->rect().contains(r.center()), "hit not on screen");
        // QTest's double-click event comes without the press a real one follows.
        QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, r.center());
        QTest::mouseDClick(results->viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(open.size(), 2);
        // Clearing the search shows everything again.
        search->clear();
        QTRY_COMPARE(table->model()->rowCount(), 3);
        QVERIFY(!results->isVisible());
    }

    void enterOnARowOpensIt()
    {
        auto w = openWindow();
        QSignalSpy open(w.get(), &LibraryWindow::openRequested);
        auto *table = child<QTableView>(w.get(), "libraryTable");
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table->viewport(), Qt::Key_Return);
        QTRY_COMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), m_lib + QStringLiteral("/2025/dns.md"));
    }

    void watchesTheFolderAndReindexes()
    {
        auto w = openWindow();
        QSignalSpy indexed(w.get(), &LibraryWindow::indexed);
        auto *table = child<QTableView>(w.get(), "libraryTable");
        QCOMPARE(table->model()->rowCount(), 3);
        QVERIFY(save(m_lib + QStringLiteral("/2025/new.md"),
                     incident(QStringLiteral("Queue stuck"), utc(2025, 7, 1), 1, 2, 3,
                              {QStringLiteral("queue")}, {})));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 4, 15000);
        QVERIFY(child<QComboBox>(w.get(), "serviceFilter")->findText(QStringLiteral("queue")) > 0);
        QVERIFY(QFile::remove(m_lib + QStringLiteral("/2025/new.md")));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 15000);
    }

    void insightsAndLedger()
    {
        auto w = openWindow();
        auto *stats = child<QTableWidget>(w.get(), "statsTable");
        // All, three quarters (2025-Q1, Q2), three services.
        QCOMPARE(stats->item(0, 1)->text(), QStringLiteral("3"));
        QCOMPARE(stats->item(0, 4)->text(), QStringLiteral("30 min / 46 min (n=3) \u26a0"));
        QVERIFY(child<QChartView>(w.get(), "incidentsPerMonth")->chart()->series().size() == 1);
        auto *ledger = child<QTableView>(w.get(), "ledgerTable");
        QCOMPARE(ledger->model()->rowCount(), 1);
        QCOMPARE(ledger->model()->index(0, ActionLedgerModel::Status).data().toString(),
                 QStringLiteral("overdue"));
        QTemporaryDir out;
        QString error;
        QVERIFY(
            w->exportActions(out.filePath(QStringLiteral("a.csv")), QStringLiteral("csv"), &error));
        QFile csv(out.filePath(QStringLiteral("a.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().contains("Automate renewal,task,Ops,2025-02-01,open,yes"));
    }

    void openLibraryWiresTheMainWindow()
    {
        MainWindow main;
        main.show();
        QStringList opened;
        LibraryWindow *w
            = showLibraryWindow(m_lib, &main, main.document(), [&](const QString &path) {
                  opened.append(path);
                  main.openFile(path);
              });
        QSignalSpy indexed(w, &LibraryWindow::indexed);
        QVERIFY(indexed.wait(20000));
        // Enter on the "Database disk full" row opens it in the editor.
        auto *table = child<QTableView>(w, "libraryTable");
        QModelIndex disk;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            if (table->model()->index(r, 0).data().toString()
                == QStringLiteral("Database disk full"))
                disk = table->model()->index(r, 0);
        QVERIFY(disk.isValid());
        table->setFocus();
        table->setCurrentIndex(disk);
        QTest::keyClick(table->viewport(), Qt::Key_Return);
        QCOMPARE(opened, QStringList{m_lib + QStringLiteral("/disk.md")});
        QCOMPARE(main.document()->postmortem().title, QStringLiteral("Database disk full"));

        // The related-incidents dock compares the open document with the library: the two
        // others share root-cause terms of the fixture ("change", "reviewed"), not itself.
        auto *related = main.findChild<QListWidget *>(QStringLiteral("relatedList"));
        QVERIFY(related);
        QTRY_COMPARE(related->count(), 2);
        for (int i = 0; i < related->count(); ++i)
            QVERIFY(!related->item(i)->text().startsWith(QStringLiteral("Database disk full")));

        // Services complete from the library's values, after a comma too.
        auto *services = main.findChild<QLineEdit *>(QStringLiteral("servicesEdit"));
        QVERIFY(services && services->completer());
        services->setFocus();
        services->selectAll();
        QTest::keyClicks(services, QStringLiteral("db, ma"));
        QTRY_VERIFY(services->completer()->popup()->isVisible());
        QCOMPARE(services->completer()->currentCompletion(), QStringLiteral("db, mail"));
        QTest::keyClick(services->completer()->popup(), Qt::Key_Down);
        QTest::keyClick(services->completer()->popup(), Qt::Key_Return);
        QCOMPARE(services->text(), QStringLiteral("db, mail"));
        QTRY_COMPARE(main.document()->postmortem().services,
                     (QStringList{QStringLiteral("db"), QStringLiteral("mail")}));
        w->close(); // deleted on close
    }

    void gitColumnShowsLastCommit()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QSKIP("git is not installed");
        QTemporaryDir repo;
        QVERIFY(save(repo.filePath(QStringLiteral("one.md")),
                     incident(QStringLiteral("One"), utc(2025, 1, 1), 1, 2, 3, {}, {})));
        const auto git = [&](const QStringList &args) {
            QProcess p;
            p.setWorkingDirectory(repo.path());
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOME"), repo.path());
            for (const char *k : {"GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"})
                env.insert(QString::fromLatin1(k), QStringLiteral("Amina Okafor"));
            for (const char *k : {"GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"})
                env.insert(QString::fromLatin1(k), QStringLiteral("a@example.org"));
            for (const char *k : {"GIT_AUTHOR_DATE", "GIT_COMMITTER_DATE"})
                env.insert(QString::fromLatin1(k), QStringLiteral("2025-01-02T12:00:00+00:00"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral("git"), args);
            return p.waitForFinished(30000) && p.exitCode() == 0;
        };
        QVERIFY(git({QStringLiteral("init"), QStringLiteral("-q")}));
        QVERIFY(git({QStringLiteral("add"), QStringLiteral(".")}));
        QVERIFY(git({QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("x")}));
        QVERIFY(save(repo.filePath(QStringLiteral("two.md")),
                     incident(QStringLiteral("Two"), utc(2025, 2, 1), 1, 2, 3, {}, {})));
        LibraryWindow w(repo.path(), nullptr, m_dir.filePath(QStringLiteral("git.sqlite")));
        QSignalSpy indexed(&w, &LibraryWindow::indexed);
        QVERIFY(indexed.wait(20000));
        auto *table = child<QTableView>(&w, "libraryTable");
        QStringList commits;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            commits.append(
                table->model()->index(r, LibraryTableModel::LastCommit).data().toString());
        commits.sort();
        QCOMPARE(commits, (QStringList{QStringLiteral("Amina Okafor, 2025-01-02"),
                                       QStringLiteral("uncommitted")}));
    }
};

QTEST_MAIN(TestLibraryWindow)
#include "tst_librarywindow.moc"
