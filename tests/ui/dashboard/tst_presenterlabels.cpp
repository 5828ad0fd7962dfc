// The presenter dashboard as a projector shows it, on a study of 76 simulated experts: at 1920 x 1080
// and 1280 x 720, with normal and large text, normal and high contrast, every measure name is on
// screen (whole, or shortened with the whole name on hover), nothing is cut at an edge or drawn
// over something else, the window fits, the heat map names its measures, the tab titles fit. Also
// the agreement threshold as a tick per bar and the expertise group named by an exported chart.
// Review pictures of every page in every combination go to $PANELIST_REVIEW_DIR when set.
#include "models/merge/merger.h"
#include "models/presenter/agreementmodel.h"
#include "models/presenter/studymonitor.h"
#include "models/simulate/simulate.h"
#include "models/storage/studystore.h"
#include "tests/ui/dashboard/labelchecks.h"
#include "ui/dashboard/areapage.h"
#include "ui/dashboard/coselectionheatmap.h"
#include "ui/dashboard/likertchart.h"
#include "ui/dashboard/overviewpage.h"
#include "ui/dashboard/presenterwindow.h"
#include "ui/dashboard/selectionchart.h"
#include "ui/dashboard/swatchlegend.h"

#include <QAction>
#include <QChart>
#include <QComboBox>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QHorizontalStackedBarSeries>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXYSeries>

using namespace Qt::StringLiterals;
using namespace panelist;
using namespace dashboardtest;
using namespace std::chrono_literals;

namespace {

constexpr quint64 Seed = 2024;
constexpr int Experts = 76;

QStringList measureNames()
{
    QStringList names;
    const Instrument ins = Instrument::bundled();
    for (const Measure &m : ins.measures())
        names << m.name;
    return names;
}

} // namespace

class TestPresenterLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyLabelWhole_data();
    void everyLabelWhole();
    void agreementThresholdIsATickPerBar();
    void exportNamesTheGroup();

private:
    void showAt(const QSize &size, bool large, bool contrast);

    QTemporaryDir m_dir;
    std::unique_ptr<PresenterWindow> m_window;
};

void TestPresenterLabels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString study = m_dir.filePath(u"workshop.panelist-study"_s);
    {
        auto created = StudyStore::create(study, Instrument::bundled());
        QVERIFY2(created, qPrintable(created.error()));
        auto files
            = writeSimulatedResponses(Instrument::bundled(), Experts, Seed, m_dir.filePath(u"inbox"_s));
        QVERIFY2(files, qPrintable(files.error()));
        Merger merger(**created);
        for (const QString &file : std::as_const(*files))
            QCOMPARE(merger.mergeFile(file).outcome, ImportOutcome::Merged);
    }
    auto monitor = StudyMonitor::open(study);
    QVERIFY2(monitor, qPrintable(monitor.error()));
    m_window = std::make_unique<PresenterWindow>((*monitor)->instrument());
    m_window->attach(std::move(monitor).value());
    m_window->resize(1600, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->overviewPage()->expertsText(), u"%1 experts"_s.arg(Experts), 15000);
}

void TestPresenterLabels::cleanupTestCase()
{
    m_window.reset();
}

void TestPresenterLabels::showAt(const QSize &size, bool large, bool contrast)
{
    m_window->resize(size);
    m_window->largeTextAction()->setChecked(large);
    m_window->highContrastAction()->setChecked(contrast);
    QTest::qWait(150); // layouts settle, charts follow their models on the next event-loop turn
}

void TestPresenterLabels::everyLabelWhole_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("large");
    QTest::addColumn<bool>("contrast");
    for (const QSize &size : { QSize(1920, 1080), QSize(1280, 720) }) {
        for (const bool large : { false, true }) {
            for (const bool contrast : { false, true })
                QTest::addRow("%dx%d %s%s", size.width(), size.height(), large ? "large" : "normal",
                    contrast ? " high-contrast" : "")
                    << size << large << contrast;
        }
    }
}

// Tried on a projector: every measure name is on the overview and on each area's bars, whole or
// shortened with the whole name on hover, inside its chart and clear of its neighbours; the heat
// map names its measures and keeps its key inside; the tab bar fits. Review pictures go to
// $PANELIST_REVIEW_DIR when set.
void TestPresenterLabels::everyLabelWhole()
{
    QFETCH(QSize, size);
    QFETCH(bool, large);
    QFETCH(bool, contrast);
    PresenterWindow *w = m_window.get();
    // Four measures standing out, the longest names among them: the overview lists them all too.
    analysis::Figures figures = w->monitor()->figures();
    const Instrument bundled = Instrument::bundled();
    for (const int i : { 13, 14, 4, 26 })
        figures.standOut.append(bundled.measures().at(i).id);
    w->showFigures(figures, w->monitor()->lastUpdate());
    showAt(size, large, contrast);
    QCOMPARE(w->overviewPage()->standOutNames().size(), 4);
    const QStringList names = measureNames();
    const QString review = qEnvironmentVariable("PANELIST_REVIEW_DIR");
    QStringList problems;
    for (int tab = 0; tab < w->tabs()->count(); ++tab) {
        w->tabs()->setCurrentIndex(tab);
        QTest::qWait(100);
        // On a screen of that size the window must fit: nothing in it may insist on more room.
        if (w->size() != size)
            problems << u"tab %1: the window is %2 x %3, it cannot be made smaller"_s.arg(tab + 1)
                            .arg(w->width())
                            .arg(w->height());
        if (!review.isEmpty())
            QVERIFY(w->grab().save(QDir(review).filePath(u"%1-%2.png"_s.arg(tab).arg(
                QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')))));
        problems << clippedTexts(w->tabs()->currentWidget(), u"tab %1"_s.arg(tab + 1));
        QList<QGraphicsView *> views;
        if (tab == 0)
            views << w->overviewPage()->selectionChart();
        else
            views << w->areaPages().at(tab - 1)->likertChart();
        for (QGraphicsView *view : views) {
            const QString where = u"tab %1 chart"_s.arg(tab + 1);
            const QList<DrawnText> texts = drawnTexts(view);
            problems << placementProblems(texts, view->viewport()->size(), where);
            problems << nameProblems(
                texts, names, 12, [view](const QPointF &at) { return toolTipInView(view, at); }, where);
        }
        if (tab > 0) {
            QWidget *heat = w->areaPages().at(tab - 1)->heatMap();
            const QList<DrawnText> texts = drawnTexts(heat);
            const QString where = u"tab %1 heat map"_s.arg(tab + 1);
            problems << placementProblems(texts, heat->size(), where);
            problems << nameProblems(
                texts, names, 6, [heat](const QPointF &at) { return toolTipInWidget(heat, at); }, where);
        }
    }
    // The tab bar: every tab inside it, its title whole or shortened with the whole title on hover.
    QTabBar *bar = w->tabs()->tabBar();
    const QList<DrawnText> tabTexts = drawnTexts(bar);
    problems << placementProblems(tabTexts, bar->size(), u"tab bar"_s);
    for (int i = 0; i < bar->count(); ++i) {
        if (!bar->rect().contains(bar->tabRect(i)))
            problems << u"tab bar: tab %1 reaches past the window's edge"_s.arg(i + 1);
    }
    QStringList titles;
    titles << u"Overview"_s;
    const Instrument ins = Instrument::bundled();
    for (const RiskArea &a : ins.areas())
        titles << a.name;
    problems << nameProblems(
        tabTexts, titles, 6,
        [bar](const QPointF &at) {
            const int i = bar->tabAt(at.toPoint());
            return i < 0 ? QString() : bar->tabToolTip(i);
        },
        u"tab bar"_s);
    w->showFigures(w->monitor()->figures(), w->monitor()->lastUpdate());
    for (const QString &problem : std::as_const(problems))
        qWarning("%s", qPrintable(problem)); // the failure message below is cut short by QtTest
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 labels are missing, cut or crowded"_s.arg(problems.size())));
}

// The agreement threshold is drawn as the report draws it: a short tick on each bar, where that
// bar's agreement segments reach the threshold; nothing joins one bar's tick to the next.
void TestPresenterLabels::agreementThresholdIsATickPerBar()
{
    showAt(QSize(1600, 900), false, false);
    m_window->tabs()->setCurrentIndex(1);
    QTest::qWait(100);
    const AreaPage *page = m_window->areaPages().first();
    LikertChart *likert = page->likertChart();
    const AgreementModel *model = page->agreementModel();
    QChart *chart = likert->chart();
    const int rows = model->rowCount();
    QVERIFY(rows > 0);

    for (QAbstractSeries *series : chart->series()) {
        const auto *line = qobject_cast<QXYSeries *>(series);
        if (!line)
            continue;
        const QList<QPointF> points = line->points();
        for (qsizetype i = 1; i < points.size(); ++i)
            QVERIFY2(points.at(i).x() == points.at(i - 1).x(),
                qPrintable(u"%1 joins two bars with a line across"_s.arg(series->name())));
    }

    const QColor colour = m_window->theme().threshold;
    QList<QLineF> ticks;
    for (const QGraphicsItem *item : likert->scene()->items()) {
        const auto *line = qgraphicsitem_cast<const QGraphicsLineItem *>(item);
        if (line && line->isVisible() && line->pen().color() == colour)
            ticks << QLineF(line->mapToScene(line->line().p1()), line->mapToScene(line->line().p2()));
    }
    int rated = 0;
    const int neutral = model->pointCount() / 2; // the bundled scale's midpoint
    const qreal pitch = chart->plotArea().height() / rows;
    for (int r = 0; r < rows; ++r) {
        if (model->stats(r).n == 0)
            continue;
        ++rated;
        const qreal half
            = model->index(r, model->pointColumn(neutral)).data(int(AgreementModel::Role::Share)).toDouble()
            * 50.0;
        const QPointF at = chart->mapToPosition(
            QPointF(half + model->threshold() * 100.0, rows - 1 - r), likert->series());
        const auto tick = std::find_if(ticks.cbegin(), ticks.cend(), [&](const QLineF &l) {
            return qAbs(l.x1() - at.x()) < 1.5 && qAbs(l.x2() - at.x()) < 1.5
                && std::min(l.y1(), l.y2()) < at.y() && std::max(l.y1(), l.y2()) > at.y()
                && qAbs(l.dy()) < pitch;
        });
        QVERIFY2(
            tick != ticks.cend(), qPrintable(u"no threshold tick on \"%1\""_s.arg(model->measureName(r))));
    }
    QCOMPARE(ticks.size(), rated);

    // The key says what the tick means.
    const QList<SwatchLegend::Item> key = page->findChild<SwatchLegend *>()->items();
    QVERIFY(std::any_of(key.cbegin(), key.cend(), [](const SwatchLegend::Item &item) {
        return item.text.contains(u"60 %"_s) && item.text.contains(u"tick"_s);
    }));
}

// An exported chart says which expertise group it shows, in the picture and in the file name
// Export… proposes.
void TestPresenterLabels::exportNamesTheGroup()
{
    showAt(QSize(1600, 900), false, false);
    const ExpertiseGroup group = Instrument::bundled().expertiseGroups().first();
    m_window->groupFilter()->setCurrentIndex(1);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->monitor()->figures().group, group.id, 15000);
    m_window->tabs()->setCurrentIndex(1);
    QTest::qWait(100);

    QString proposed;
    const QString svg = m_dir.filePath(u"exported.svg"_s);
    m_window->setExportPrompt([&](const QString &suggested) {
        proposed = suggested;
        return svg;
    });
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    QVERIFY2(QFileInfo(proposed).completeBaseName().contains(group.id), qPrintable(proposed));
    QVERIFY2(QFileInfo(proposed).completeBaseName().startsWith(m_window->areaPages().first()->areaId()),
        qPrintable(proposed));
    QFile drawing(svg);
    QVERIFY(drawing.open(QIODevice::ReadOnly));
    const QByteArray text = drawing.readAll();
    QVERIFY2(text.contains(group.name.toUtf8()), "the exported picture does not name the group");

    // Everyone: the picture says so, and the name says nothing of a group.
    m_window->groupFilter()->setCurrentIndex(0);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->monitor()->figures().group, QString(), 15000);
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(QFileInfo(proposed).completeBaseName(), m_window->areaPages().first()->areaId());
    drawing.close();
    QVERIFY(drawing.open(QIODevice::ReadOnly));
    QVERIFY(drawing.readAll().contains("All expertise groups"));
}

QTEST_MAIN(TestPresenterLabels)
#include "tst_presenterlabels.moc"
