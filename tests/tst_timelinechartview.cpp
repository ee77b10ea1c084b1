// The chart view in the editor's Timeline tab: follows edits, hover, click selects the row.
#include "core/document.h"
#include "modalguard.h"
#include "render/timelinechart.h"
#include "ui/postmortemform.h"
#include "ui/previewpane.h"
#include "ui/timelinechartview.h"

#include <QApplication>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolTip>

using namespace Hindsight;

namespace {

Moment at(const QDate &date, int h, int m)
{
    Moment mo;
    mo.date = date;
    mo.time = QTime(h, m);
    mo.utcOffsetMinutes = 0;
    return mo;
}

Postmortem sample()
{
    const QDate d1(2024, 2, 15);
    const QDate d2(2024, 2, 16);
    Postmortem pm;
    pm.title = QStringLiteral("Load balancer outage");
    pm.timezone = TimeZoneInfo{QStringLiteral("UTC"), 0};
    pm.start = at(d1, 22, 0);
    pm.end = at(d2, 2, 0);
    pm.timeline = {
        {at(d1, 22, 0), EventKind::Detection, QStringLiteral("Alerts fire.")},
        {at(d1, 22, 30), EventKind::Investigation, QStringLiteral("Database checked.")},
        {at(d1, 23, 0), EventKind::Misleading, QStringLiteral("DDoS suspected.")},
        {at(d2, 0, 0), EventKind::Escalation, QStringLiteral("Senior engineers paged.")},
        {at(d2, 1, 0), EventKind::Investigation, QStringLiteral("Load balancer found.")},
        {at(d2, 2, 0), EventKind::Resolution, QStringLiteral("Load balancer fixed.")},
    };
    return pm;
}

/// The form with its Timeline tab on show.
struct Editor
{
    Document document;
    PostmortemForm form{&document};

    Editor()
    {
        document.reset(sample(), QString());
        form.resize(1000, 800);
        form.findChild<QTabWidget *>()->setCurrentIndex(1);
        form.show();
    }
    TimelineChartView *view() const { return form.timelineChartView(); }
    /// Events on the chart now; -1 while there is no chart.
    qsizetype charted() const
    {
        return view()->timelineChart() ? view()->timelineChart()->events().size() : -1;
    }
    QString toolTip(int row) const
    {
        return view()->timelineChart() ? view()->timelineChart()->toolTip(row) : QString();
    }
};

} // namespace

class TestTimelineChartView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheDocumentsChart()
    {
        Editor e;
        QVERIFY(QTest::qWaitForWindowExposed(&e.form));
        QVERIFY(e.view()->isVisible());
        QTRY_COMPARE(e.charted(), 6); // rebuilt shortly after the document changed
        // Above the table, in the same tab.
        const QPoint chartTop = e.view()->mapTo(&e.form, QPoint(0, 0));
        const QPoint tableTop = e.form.timelineView()->mapTo(&e.form, QPoint(0, 0));
        QVERIFY(chartTop.y() < tableTop.y());
        QVERIFY(e.view()->height() >= 200);
    }

    void editsElsewhereKeepTheChart()
    {
        Editor e;
        QVERIFY(QTest::qWaitForWindowExposed(&e.form));
        QTRY_COMPARE(e.charted(), 6);
        const QChart *before = e.view()->chart();
        // Typing in the summary changes the document, not what the chart shows.
        e.document.edit(
            QStringLiteral("Edit summary"),
            [](Postmortem &pm) { pm.summary = QStringLiteral("Typed."); },
            QStringLiteral("summary"));
        QTest::qWait(200); // well past the rebuild delay
        QCOMPARE(e.view()->chart(), before);
        // A timeline edit does give a new chart.
        e.document.edit(QStringLiteral("Edit event"),
                        [](Postmortem &pm) { pm.timeline[1].text = QStringLiteral("Changed."); });
        QTRY_VERIFY(e.view()->chart() != before);
        QCOMPARE(e.charted(), 6);
    }

    void clickingAMarkerSelectsTheRow_data()
    {
        QTest::addColumn<int>("row");
        for (int row : {0, 3, 5})
            QTest::newRow(qPrintable(QString::number(row))) << row;
    }
    void clickingAMarkerSelectsTheRow()
    {
        QFETCH(int, row);
        Editor e;
        QVERIFY(QTest::qWaitForWindowExposed(&e.form));
        e.view()->rebuildNow();
        QSignalSpy activated(e.view(), &TimelineChartView::eventActivated);
        const auto pos = e.view()->markerViewportPosition(row);
        QVERIFY(pos);
        QVERIFY(e.view()->viewport()->rect().contains(*pos));
        QTest::mouseClick(e.view()->viewport(), Qt::LeftButton, {}, *pos);
        QTRY_COMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toInt(), row);
        QCOMPARE(e.form.timelineView()->currentIndex().row(), row);
        const QModelIndexList selected = e.form.timelineView()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().row(), row);
    }

    void clickingBesideAMarkerDoesNothing()
    {
        Editor e;
        QVERIFY(QTest::qWaitForWindowExposed(&e.form));
        e.view()->rebuildNow();
        QSignalSpy activated(e.view(), &TimelineChartView::eventActivated);
        const auto pos = e.view()->markerViewportPosition(2);
        QVERIFY(pos);
        QTest::mouseClick(e.view()->viewport(), Qt::LeftButton, {}, *pos + QPoint(0, 40));
        QTest::qWait(50);
        QCOMPARE(activated.size(), 0);
    }

    void hoverShowsTheEvent()
    {
        Editor e;
        QVERIFY(QTest::qWaitForWindowExposed(&e.form));
        e.view()->rebuildNow();
        const auto pos = e.view()->markerViewportPosition(3);
        QVERIFY(pos);
        QTest::mouseMove(e.view()->viewport(), *pos + QPoint(20, 0));
        QTest::mouseMove(e.view()->viewport(), *pos);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().startsWith(QStringLiteral("2024-02-16 00:00 UTC · Escalation")),
                 qPrintable(QToolTip::text()));
        QVERIFY(QToolTip::text().contains(QLatin1String("Senior engineers paged.")));
    }

    void editingTheTableUpdatesTheChart()
    {
        Editor e;
        QVERIFY(QTest::qWaitForWindowExposed(&e.form));
        QAbstractItemModel *model = e.form.timelineView()->model();
        // Remove the time of one event: it leaves the chart.
        QVERIFY(model->setData(model->index(2, 1), QString()));
        QTRY_COMPARE(e.charted(), 5);
        // A new kind shows as a new series.
        QVERIFY(model->setData(model->index(1, 2), QStringLiteral("mitigation")));
        QTRY_VERIFY(e.toolTip(1).contains(QLatin1String("Mitigation")));
        // No times at all: no chart, a hint instead.
        e.document.edit(QStringLiteral("clear times"), [](Postmortem &pm) {
            for (TimelineEvent &ev : pm.timeline)
                ev.at = Moment();
        });
        QTRY_COMPARE(e.charted(), -1);
        QVERIFY(e.view()->chart());
        QVERIFY(!e.view()->chart()->title().isEmpty());
    }

    void selectingARowMarksItsMarker()
    {
        Editor e;
        QVERIFY(QTest::qWaitForWindowExposed(&e.form));
        e.view()->rebuildNow();
        e.form.timelineView()->setCurrentIndex(e.form.timelineView()->model()->index(4, 3));
        int selected = 0;
        for (QAbstractSeries *s : e.view()->timelineChart()->series())
            if (auto *scatter = qobject_cast<QScatterSeries *>(s))
                for (int i = 0; i < scatter->count(); ++i)
                    if (scatter->isPointSelected(i)) {
                        ++selected;
                        QCOMPARE(e.view()->timelineChart()->rowAt(scatter, scatter->at(i)),
                                 std::optional<int>(4));
                    }
        QCOMPARE(selected, 1);
    }

    void selectingARowMarksItsMarkerOnADenseChart()
    {
        // Thousands of events: markers at the same pixel share one point, and the marker of a
        // selected row is the one drawn where it is, whichever event it was drawn for.
        Editor e;
        Postmortem pm = sample();
        pm.timeline.clear();
        const QDateTime start(QDate(2024, 2, 15), QTime(22, 0), Qt::UTC);
        for (int i = 0; i < 3000; ++i) {
            const QDateTime when = start.addSecs(i * 4); // 3h20 in 4 s steps
            pm.timeline.append({at(when.date(), when.time().hour(), when.time().minute()),
                                EventKind::Investigation, QStringLiteral("Probe %1.").arg(i)});
            pm.timeline.last().at.time = when.time();
        }
        e.document.reset(pm, QString());
        QVERIFY(QTest::qWaitForWindowExposed(&e.form));
        e.view()->rebuildNow();
        TimelineChart *chart = e.view()->timelineChart();
        QVERIFY(chart);
        for (const int row : {0, 1, 1500, 2999}) {
            e.form.timelineView()->setCurrentIndex(e.form.timelineView()->model()->index(row, 3));
            QList<QPointF> selected;
            QXYSeries *in = nullptr;
            for (QAbstractSeries *s : chart->series())
                if (auto *scatter = qobject_cast<QScatterSeries *>(s))
                    for (int i = 0; i < scatter->count(); ++i)
                        if (scatter->isPointSelected(i)) {
                            selected.append(scatter->at(i));
                            in = scatter;
                        }
            QCOMPARE(selected.size(), 1);
            // Within a pixel of the row's own place.
            const QPointF drawn = chart->mapToPosition(selected.first(), in);
            const QPointF own = *chart->markerPosition(row);
            QVERIFY2(qAbs(drawn.x() - own.x()) <= 1.5 && qAbs(drawn.y() - own.y()) <= 0.5,
                     qPrintable(QStringLiteral("row %1").arg(row)));
        }
        // Some rows share a point: fewer points than events.
        int points = 0;
        for (QAbstractSeries *s : chart->series())
            if (auto *scatter = qobject_cast<QScatterSeries *>(s))
                points += scatter->count();
        QVERIFY(points < 3000);
    }

    void previewShowsTheChart()
    {
        Document document;
        document.reset(sample(), QString());
        PreviewPane preview(&document);
        preview.resize(700, 900);
        preview.renderNow();
        QVERIFY(!preview.timelineChartImage().isNull());
        const QVariant resource = preview.document()->resource(QTextDocument::ImageResource,
                                                               timelineChartResourceUrl());
        QVERIFY(resource.canConvert<QImage>());
        QVERIFY(preview.toHtml().contains(QLatin1String("hindsight-chart://timeline.png")));
        // Typing in the summary does not redraw the chart; a timeline edit does.
        const qint64 before = preview.timelineChartImage().cacheKey();
        document.edit(QStringLiteral("summary"),
                      [](Postmortem &pm) { pm.summary = QStringLiteral("x"); });
        preview.renderNow();
        QCOMPARE(preview.timelineChartImage().cacheKey(), before);
        document.edit(QStringLiteral("kind"),
                      [](Postmortem &pm) { pm.timeline[1].kind = EventKind::Mitigation; });
        preview.renderNow();
        QVERIFY(preview.timelineChartImage().cacheKey() != before);
    }

    void theContextMenuWidensTheAxisToAllEvents()
    {
        Editor e;
        QVERIFY(QTest::qWaitForWindowExposed(&e.form));
        QTRY_COMPARE(e.charted(), 6);
        // A lead-up note four days before: counted at the edge, not on the axis.
        e.document.edit(QStringLiteral("timeline"), [](Postmortem &pm) {
            pm.timeline.prepend({at(QDate(2024, 2, 11), 9, 0), EventKind::Other,
                                 QStringLiteral("Config change merged.")});
        });
        QTRY_COMPARE(e.charted(), 7);
        QCOMPARE(e.view()->timelineChart()->timelineLayout().earlierCount, 1);
        QVERIFY(!e.view()->markerViewportPosition(0));
        QAction *all = e.view()->allEventsAction();
        QVERIFY(e.view()->actions().contains(all));
        QCOMPARE(e.view()->contextMenuPolicy(), Qt::ActionsContextMenu);
        all->trigger();
        QVERIFY(e.view()->showsAllEvents());
        QCOMPARE(e.view()->timelineChart()->timelineLayout().earlierCount, 0);
        QVERIFY(e.view()->markerViewportPosition(0));
        e.view()->setShowAllEvents(false);
        QCOMPARE(e.view()->timelineChart()->timelineLayout().earlierCount, 1);
    }

    void theChartFollowsADarkTheme()
    {
        Document document;
        document.reset(sample(), QString());
        PreviewPane preview(&document);
        preview.resize(700, 900);
        preview.renderNow();
        const auto background = [&] {
            const QImage image = preview.timelineChartImage();
            return QColor(image.pixel(2, 2));
        };
        QVERIFY(background().lightness() > 240);
        preview.setAppearance(true, preview.font().family(), 11);
        preview.renderNow();
        QVERIFY2(background().lightness() < 60, qPrintable(background().name()));

        Editor e;
        QPalette dark = e.view()->palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
        e.view()->setPalette(dark);
        e.view()->rebuildNow();
        QVERIFY(e.view()->timelineChart());
        QVERIFY(e.view()->timelineChart()->options().theme == ChartTheme::Dark);
        QVERIFY(e.view()->timelineChart()->backgroundBrush().color().lightness() < 60);
    }
};

QTEST_MAIN(TestTimelineChartView)
#include "tst_timelinechartview.moc"
