// The presenter dashboard on a real study: response files are merged through another connection
// while the window is open; the window must show the new "n experts" and new bar values in the
// same chart objects (values replaced, nothing rebuilt). Also the group filter, the keyboard,
// export to PNG/SVG/PDF, and screenshots (to $PANELIST_SCREENSHOT_DIR when set).
#include "models/merge/merger.h"
#include "models/presenter/agreementmodel.h"
#include "models/presenter/studymonitor.h"
#include "models/simulate/simulate.h"
#include "models/storage/studystore.h"
#include "ui/dashboard/areapage.h"
#include "ui/dashboard/likertchart.h"
#include "ui/dashboard/overviewpage.h"
#include "ui/dashboard/presenterwindow.h"
#include "ui/dashboard/selectionchart.h"
#include "ui/dashboard/swatchlegend.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QGraphicsLineItem>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panelist;
using namespace std::chrono_literals;

namespace {

constexpr quint64 Seed = 2024;
constexpr int Experts = 76;

QList<QList<qreal>> values(const QList<QBarSet *> &sets)
{
    QList<QList<qreal>> v;
    for (QBarSet *set : sets) {
        QList<qreal> row;
        for (int i = 0; i < set->count(); ++i)
            row.append(set->at(i));
        v.append(row);
    }
    return v;
}

// The chart shows what its model holds now (charts follow their models on the next event-loop
// turn, so a check right after an update could see the previous figures).
bool synced(const AreaPage *page)
{
    const LikertChart *chart = page->likertChart();
    const AgreementModel *model = page->agreementModel();
    const int rows = model->rowCount();
    const int strongest = model->pointCount() - 1;
    const QBarSet *outer = chart->sets().last();
    for (int r = 0; r < rows; ++r) {
        if (chart->categoryAxis()->at(rows - 1 - r) != chart->categoryLabel(r))
            return false;
        const QVariant share
            = model->index(r, model->pointColumn(strongest)).data(int(AgreementModel::Role::Share));
        if (outer->at(rows - 1 - r) != (share.isValid() ? share.toDouble() * 100 : 0.0))
            return false;
    }
    return true;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void updatesInPlaceWhenAnotherConnectionMerges();
    void groupFilterChangesTheNumbers();
    void keyboardAndAutoCycle();
    void themes();
    void exportsPngSvgPdf();
    void overviewLegendKeepsFullNames();
    void screenshots();

private:
    void mergeFiles(int from, int to);
    QString screenshotPath(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_study;
    QStringList m_files;
    std::unique_ptr<StudyStore> m_writer; // the test's own connection: merges as another process would
    std::unique_ptr<PresenterWindow> m_window;
};

void TestDashboard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_study = m_dir.filePath(u"workshop.panelist-study"_s);
    auto created = StudyStore::create(m_study, Instrument::bundled());
    QVERIFY2(created, qPrintable(created.error()));
    m_writer = std::move(created).value();
    auto files = writeSimulatedResponses(Instrument::bundled(), Experts, Seed, m_dir.filePath(u"inbox"_s));
    QVERIFY2(files, qPrintable(files.error()));
    m_files = *files;

    auto monitor = StudyMonitor::open(m_study);
    QVERIFY2(monitor, qPrintable(monitor.error()));
    (*monitor)->setPollInterval(100ms);
    m_window = std::make_unique<PresenterWindow>((*monitor)->instrument());
    m_window->attach(std::move(monitor).value());
    m_window->resize(1600, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(m_window->overviewPage()->expertsText(), u"0 experts"_s);
}

void TestDashboard::cleanupTestCase()
{
    m_window.reset();
    m_writer.reset();
}

void TestDashboard::mergeFiles(int from, int to)
{
    Merger merger(*m_writer);
    for (int i = from; i < to; ++i) {
        const ImportedFile r = merger.mergeFile(m_files[i]);
        QCOMPARE(r.outcome, ImportOutcome::Merged);
    }
}

QString TestDashboard::screenshotPath(const QString &name) const
{
    const QString dir = qEnvironmentVariable("PANELIST_SCREENSHOT_DIR");
    return dir.isEmpty() ? m_dir.filePath(name) : QDir(dir).filePath(name);
}

void TestDashboard::updatesInPlaceWhenAnotherConnectionMerges()
{
    AreaPage *page = m_window->areaPages().first();
    m_window->tabs()->setCurrentWidget(page);
    mergeFiles(0, 10);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->overviewPage()->expertsText(), u"10 experts"_s, 15000);
    LikertChart *likert = page->likertChart();
    QTRY_VERIFY(likert->sets().first()->sum() != 0.0); // the chart has followed its model

    QChart *chart = likert->chart();
    QHorizontalStackedBarSeries *series = likert->series();
    const QList<QBarSet *> sets = likert->sets();
    QBarCategoryAxis *axis = likert->categoryAxis();
    const QList<QGraphicsLineItem *> ticks = likert->thresholdTicks();
    QChart *selectionChart = page->selectionChart()->chart();
    const QList<QBarSet *> selectionSets = page->selectionChart()->sets();
    const QList<QList<qreal>> before = values(sets);
    const QList<QList<qreal>> selectionBefore = values(selectionSets);
    QSignalSpy added(sets.first(), &QBarSet::valuesAdded);
    QSignalSpy removed(sets.first(), &QBarSet::valuesRemoved);
    QSignalSpy replaced(sets.first(), &QBarSet::valueChanged);
    QSignalSpy reset(page->agreementModel(), &QAbstractItemModel::modelReset);

    mergeFiles(10, 30);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->overviewPage()->expertsText(), u"30 experts"_s, 15000);
    QTRY_VERIFY(synced(page));
    QVERIFY(values(sets) != before);
    QVERIFY(values(selectionSets) != selectionBefore);

    // The same objects, values replaced in place.
    QCOMPARE(likert->chart(), chart);
    QCOMPARE(likert->series(), series);
    QCOMPARE(likert->sets(), sets);
    QCOMPARE(likert->categoryAxis(), axis);
    QCOMPARE(likert->thresholdTicks(), ticks);
    QCOMPARE(chart->series().size(), 1);
    QCOMPARE(page->selectionChart()->chart(), selectionChart);
    QCOMPARE(page->selectionChart()->sets(), selectionSets);
    QCOMPARE(added.count(), 0);
    QCOMPARE(removed.count(), 0);
    QVERIFY(replaced.count() > 0);
    QCOMPARE(reset.count(), 0);

    // What is drawn is what the model says: the top bar is the first row, with its n in the label.
    const AgreementModel *model = page->agreementModel();
    const int top = axis->count() - 1;
    QVERIFY(axis->at(top).contains(u"n %1"_s.arg(model->stats(0).n)));
    const int strongest = model->pointCount() - 1;
    const qreal expected
        = model->index(0, model->pointColumn(strongest)).data(int(AgreementModel::Role::Share)).toDouble()
        * 100;
    QCOMPARE(sets.last()->at(top), expected); // the last set appended is the outermost agreement
    // Disagreement is drawn left of zero, agreement right.
    for (int i = 0; i < axis->count(); ++i) {
        QVERIFY(sets[0]->at(i) <= 0); // neutral, left half
        QVERIFY(sets.last()->at(i) >= 0);
    }
    // The rows are sorted: agreement share falls from the top bar down.
    for (int r = 1; r < model->rowCount(); ++r)
        QVERIFY(model->stats(r).agreeShare.value_or(-1) <= model->stats(r - 1).agreeShare.value_or(-1));
    QVERIFY(!m_window->overviewPage()->updatedText().isEmpty());
}

void TestDashboard::groupFilterChangesTheNumbers()
{
    AreaPage *page = m_window->areaPages().first();
    QTRY_VERIFY(synced(page));
    const QList<QList<qreal>> everyone = values(page->likertChart()->sets());
    const QString group = Instrument::bundled().expertiseGroups().first().id;
    int expected = 0;
    for (int i = 0; i < 30; ++i)
        expected += simulateResponse(Instrument::bundled(), Seed, i).expertise.contains(group) ? 1 : 0;
    QVERIFY(expected > 0 && expected < 30);

    m_window->groupFilter()->setCurrentIndex(1);
    const QString shown = expected == 1 ? u"1 expert"_s : u"%1 experts"_s.arg(expected);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->overviewPage()->expertsText(), shown, 15000);
    QCOMPARE(m_window->monitor()->figures().group, group);
    QTRY_VERIFY(synced(page));
    QVERIFY(values(page->likertChart()->sets()) != everyone);

    m_window->groupFilter()->setCurrentIndex(0);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->overviewPage()->expertsText(), u"30 experts"_s, 15000);
    QTRY_VERIFY(synced(page));
    QCOMPARE(values(page->likertChart()->sets()), everyone);
}

void TestDashboard::keyboardAndAutoCycle()
{
    PresenterWindow *w = m_window.get();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    QTabWidget *tabs = w->tabs();
    tabs->setCurrentIndex(0);
    tabs->setFocus();
    QTest::keyClick(w, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 1);
    QTest::keyClick(w, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(tabs->currentIndex(), 0);
    QTest::keyClick(w, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(tabs->currentIndex(), tabs->count() - 1); // wraps around
    QTest::keyClick(w, Qt::Key_3);
    QCOMPARE(tabs->currentIndex(), 2);
    QTest::keyClick(w, Qt::Key_1);
    QCOMPARE(tabs->currentIndex(), 0);

    w->setAutoCycleInterval(150ms);
    QTest::keyClick(w, Qt::Key_C);
    QVERIFY(w->autoCycleAction()->isChecked());
    QTRY_COMPARE(tabs->currentIndex(), 1);
    QTRY_COMPARE(tabs->currentIndex(), 2);
    QTest::keyClick(w, Qt::Key_C);
    QVERIFY(!w->autoCycleAction()->isChecked());
    const int stopped = tabs->currentIndex();
    QTest::qWait(400);
    QCOMPARE(tabs->currentIndex(), stopped);

    QTest::keyClick(w, Qt::Key_F11);
    QTRY_VERIFY(w->isFullScreen());
    QTest::keyClick(w, Qt::Key_F11);
    QTRY_VERIFY(!w->isFullScreen());
    w->showNormal();
    w->resize(1600, 900);
}

void TestDashboard::themes()
{
    PresenterWindow *w = m_window.get();
    LikertChart *likert = w->areaPages().first()->likertChart();
    QChart *chart = likert->chart();
    const QFont body = likert->names().font();
    QTest::keyClick(w, Qt::Key_H);
    QVERIFY(w->theme().highContrast);
    QCOMPARE(chart->backgroundBrush().color(), QColor(Qt::black));
    QCOMPARE(likert->names().color(), QColor(Qt::white));
    QTest::keyClick(w, Qt::Key_L);
    QVERIFY(likert->names().font().pointSizeF() > body.pointSizeF());
    QCOMPARE(likert->chart(), chart);
    QTest::keyClick(w, Qt::Key_H);
    QTest::keyClick(w, Qt::Key_L);
    QVERIFY(!w->theme().highContrast && !w->theme().largeFonts);
    QCOMPARE(likert->names().font().pointSizeF(), body.pointSizeF());
}

void TestDashboard::exportsPngSvgPdf()
{
    m_window->tabs()->setCurrentIndex(1);
    const AreaPage *page = m_window->areaPages().first();
    QCoreApplication::processEvents();
    const QString exportDir = qEnvironmentVariable("PANELIST_EXPORT_DIR", m_dir.path());
    const QString png = QDir(exportDir).filePath(u"area.png"_s);
    const QString svg = QDir(exportDir).filePath(u"area.svg"_s);
    const QString pdf = QDir(exportDir).filePath(u"area.pdf"_s);
    for (const QString &path : { png, svg, pdf }) {
        const Status s = m_window->exportCurrentPage(path);
        QVERIFY2(s, qPrintable(s.error()));
        QVERIFY(QFileInfo(path).size() > 1000);
    }
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 1000);
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QVERIFY(renderer.defaultSize().width() > 1000);
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    // The measure names are text in the drawing, not pixels.
    const QByteArray drawing = svgFile.readAll();
    const QByteArray name = page->agreementModel()->measureName(0).left(12).toUtf8();
    QVERIFY2(drawing.contains(name), drawing.mid(drawing.indexOf("<text"), 400).constData());
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");

    const Status refused = m_window->exportCurrentPage(m_dir.filePath(u"area.bmp"_s));
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(u"area.bmp"_s));
}

// The overview's key names every risk area in full, with the colour of its bars, and wraps onto
// more lines when the page is narrow instead of cutting names short (QChart's legend did).
void TestDashboard::overviewLegendKeepsFullNames()
{
    m_window->tabs()->setCurrentIndex(0);
    OverviewPage *page = m_window->overviewPage();
    QVERIFY(!page->selectionChart()->chart()->legend()->isVisible());
    const QList<SwatchLegend::Item> items = page->legend()->items();
    const Instrument ins = Instrument::bundled();
    QCOMPARE(items.size(), ins.areas().size() + 1);
    const QList<QBarSet *> sets = page->selectionChart()->sets(); // appended in reverse order
    for (qsizetype i = 0; i < ins.areas().size(); ++i) {
        QVERIFY2(items.at(i).text.contains(ins.areas().at(i).name), qPrintable(items.at(i).text));
        QCOMPARE(sets.at(sets.size() - 1 - i)->selectedColor(), items.at(i).color);
    }
    QCOMPARE(items.constLast().mark, SwatchLegend::Mark::DashedLine);
    QVERIFY(items.constLast().text.contains(u"40 %"_s));
    SwatchLegend *legend = page->legend();
    QVERIFY(legend->heightForWidth(400) > legend->heightForWidth(3000));
    QVERIFY(legend->height() >= legend->heightForWidth(legend->width()));
}

void TestDashboard::screenshots()
{
    mergeFiles(30, Experts);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->overviewPage()->expertsText(), u"%1 experts"_s.arg(Experts), 15000);
    QTest::qWait(200); // charts follow their models on the next event-loop turn; the legend too
    struct Shot
    {
        int tab;
        bool contrast;
        QString name;
    };
    for (const Shot &shot :
        { Shot { 1, false, u"dashboard-area.png"_s }, Shot { 0, false, u"dashboard-overview.png"_s },
            Shot { 3, true, u"dashboard-area-contrast.png"_s } }) {
        m_window->tabs()->setCurrentIndex(shot.tab);
        m_window->highContrastAction()->setChecked(shot.contrast);
        QTest::qWait(100);
        const QImage image = m_window->grab().toImage();
        QCOMPARE(image.size(), QSize(1600, 900));
        QVERIFY(image.save(screenshotPath(shot.name)));
    }
    m_window->highContrastAction()->setChecked(false);
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
