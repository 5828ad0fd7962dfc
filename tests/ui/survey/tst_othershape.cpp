// A study of another shape, end to end: an instrument written in a workbook saved by LibreOffice
// (tests/models/authoring/data/water.xlsx: 6 measures, 3 risk areas, a 7-point scale with its own
// labels and no "don't know", no feasibility question, 2 expertise groups, at most 3 picks) becomes
// a survey file; an expert answers it through the real widgets (the pages that differ: a 3 x 7 grid
// without a feasibility row, keys 1–7, a combination page that stops at 3); the submitted file and
// simulated others are merged; and the report, the presenter's dashboard and the SPSS export carry
// that instrument's 7 labels and thresholds. Nothing in Panelist may assume 5 points, 4 areas,
// 27 measures or a feasibility question.
#include "models/analysis/aggregator.h"
#include "models/authoring/instrumentsource.h"
#include "models/export/exporter.h"
#include "models/merge/merger.h"
#include "models/presenter/agreementmodel.h"
#include "models/presenter/studymonitor.h"
#include "models/report/report.h"
#include "models/simulate/simulate.h"
#include "models/storage/studystore.h"
#include "models/survey/surveyentry.h"
#include "models/surveyfile/surveyfile.h"
#include "tests/common/privatefolders.h"
#include "ui/dashboard/areapage.h"
#include "ui/dashboard/presenterwindow.h"
#include "ui/dashboard/swatchlegend.h"
#include "ui/survey/mainwindow.h"
#include "ui/survey/surveyview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panelist;

class TestOtherShape : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void expertAnswersThePagesThatDiffer();
    void reportDashboardAndSavCarryTheInstrument();

private:
    QTemporaryDir m_dir;
    Instrument m_ins;
    QString m_submitted;
    const QStringList m_labels { u"Not at all"_s, u"Hardly"_s, u"Slightly"_s, u"Moderately"_s, u"Fairly"_s,
        u"Very"_s, u"Extremely"_s };
};

namespace {

void press(Qt::Key key)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "no widget has the keyboard focus");
    QTest::keyClick(target, key);
}

} // namespace

void TestOtherShape::initTestCase()
{
    PANELIST_REQUIRE_PRIVATE_FOLDERS();
    QCoreApplication::setOrganizationName(u"Panelist"_s);
    QCoreApplication::setApplicationName(u"panelist"_s);
    const auto ins
        = loadInstrumentSource(QStringLiteral(PANELIST_SOURCE_DIR "/tests/models/authoring/data/water.xlsx"));
    QVERIFY2(ins, qPrintable(ins.error()));
    m_ins = *ins;
    QCOMPARE(m_ins.measures().size(), 6);
    QCOMPARE(m_ins.areas().size(), 3);
    QVERIFY(!m_ins.feasibility().enabled);
}

void TestOtherShape::expertAnswersThePagesThatDiffer()
{
    SurveyRequest request;
    request.coordinatorName = u"Dr. Water"_s;
    request.coordinatorContact = u"water@example.org"_s;
    const auto survey = makeSurvey(m_ins, request);
    QVERIFY2(survey, qPrintable(survey.error()));
    const QString surveyPath = m_dir.filePath(u"water.panelist-survey"_s);
    QVERIFY(writeSurveyFile(surveyPath, *survey));
    auto answer = answerSurveyFile(surveyPath);
    QVERIFY2(answer, qPrintable(answer.error()));
    MainWindow w(std::move(answer->session));
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.surveyView()->currentPageKey(), u"profile"_s);

    // The measure page: 3 rows (the areas, no feasibility row), 7 columns (no "don't know").
    press(Qt::Key_PageDown);
    QCOMPARE(w.surveyView()->currentPageKey(), u"measure/w1"_s);
    auto *grid = w.findChild<QTableView *>(u"ratingGrid"_s);
    QVERIFY(grid);
    QCOMPARE(grid->model()->rowCount(), 3);
    QCOMPARE(grid->model()->columnCount(), 7);
    for (int c = 0; c < 7; ++c)
        QCOMPARE(grid->model()->headerData(c, Qt::Horizontal).toString(), m_labels.at(c));
    QCOMPARE(grid->model()->headerData(2, Qt::Vertical).toString(), u"Water quality"_s);
    bool keysShown = false;
    for (QLabel *label : w.findChildren<QLabel *>()) {
        keysShown = keysShown || label->text().startsWith(u"Keys: 1–7 rate the current row, Delete clears"_s);
        QVERIFY2(!label->isVisible() || !label->text().contains(u"1–5"_s), qPrintable(label->text()));
    }
    QVERIFY(keysShown);
    press(Qt::Key_7); // the top of this scale
    press(Qt::Key_Down);
    press(Qt::Key_6);
    press(Qt::Key_Down);
    press(Qt::Key_D); // this scale offers no "don't know": nothing is stored
    QCOMPARE(w.session()->rating(u"w1"_s, u"drought"_s)->value, 7);
    QCOMPARE(w.session()->rating(u"w1"_s, u"flood"_s)->value, 6);
    QVERIFY(!w.session()->rating(u"w1"_s, u"quality"_s));
    press(Qt::Key_1);
    QCOMPARE(w.session()->rating(u"w1"_s, u"quality"_s)->value, 1);
    QCOMPARE(w.findChild<QLabel *>(u"progressLabel"_s)->text(),
        u"3 of 18 ratings answered · 0 of 3 combinations · expertise not given"_s);
    QVERIFY(w.grab().save(QDir(QCoreApplication::applicationDirPath()).filePath(u"water-measure.png"_s)));

    // The rest of the measures, then the combination pages: the fourth pick is refused.
    for (const Measure &m : m_ins.measures())
        for (const RiskArea &a : m_ins.areas())
            if (!w.session()->rating(m.id, a.id))
                QVERIFY(
                    w.session()->setRating(m.id, a.id, Rating::of(int(m.id.back().digitValue()) % 7 + 1)));
    for (int i = 0; i < 6; ++i)
        press(Qt::Key_PageDown);
    QCOMPARE(w.surveyView()->currentPageKey(), u"combination/drought"_s);
    auto *count = w.findChild<QLabel *>(u"combinationCount"_s);
    QCOMPARE(count->text(), u"0 of 3 chosen"_s);
    for (int i = 0; i < 4; ++i) {
        press(Qt::Key_Space);
        press(Qt::Key_Down);
    }
    QCOMPARE(count->text(), u"3 of 3 chosen"_s);
    QCOMPARE(w.session()->picks(u"drought"_s), (QStringList { u"w1"_s, u"w2"_s, u"w3"_s }));

    m_submitted = m_dir.filePath(u"in/submitted.panelist-response"_s);
    QVERIFY(QDir().mkpath(m_dir.filePath(u"in"_s)));
    const auto revision = w.session()->submit(m_submitted);
    QVERIFY2(revision, qPrintable(revision.error()));
}

void TestOtherShape::reportDashboardAndSavCarryTheInstrument()
{
    QVERIFY(QFileInfo::exists(m_submitted));
    const auto simulated = writeSimulatedResponses(m_ins, 30, 4, m_dir.filePath(u"in/others"_s));
    QVERIFY2(simulated, qPrintable(simulated.error()));
    const QString study = m_dir.filePath(u"water.panelist-study"_s);
    {
        auto store = StudyStore::create(study, m_ins);
        QVERIFY2(store, qPrintable(store.error()));
        Merger merger(**store);
        int merged = 0;
        for (const ImportedFile &f : merger.mergeAll({ m_submitted, m_dir.filePath(u"in/others"_s) }))
            merged += f.outcome == ImportOutcome::Merged ? 1 : 0;
        QCOMPARE(merged, 31);
    }
    auto store = StudyStore::openReadOnly(study);
    QVERIFY(store);
    analysis::Aggregator counts(m_ins);
    QVERIFY((*store)->readCurrent([&](qint64, const IndexedResponse &a) { counts.add(a); }));
    const analysis::Figures figures = counts.figures();
    QCOMPARE(figures.respondents, 31);
    QVERIFY(figures.feasibility.isEmpty());
    QCOMPARE(figures.areas.size(), 3);
    QCOMPARE(figures.areas.first().measures.first().counts.size(), 7);

    // The report: 7 points, this instrument's thresholds, its labels.
    const QJsonObject json
        = QJsonDocument::fromJson(report::render(report::Format::Json, m_ins, figures)).object();
    QCOMPARE(json.value(u"points"_s).toObject().value(u"effectiveness"_s).toArray().size(), 7);
    QVERIFY(json.value(u"points"_s).toObject().value(u"feasibility"_s).isNull());
    QCOMPARE(json.value(u"thresholds"_s).toObject().value(u"agreement"_s).toDouble(), 0.7);
    QCOMPARE(json.value(u"thresholds"_s).toObject().value(u"selection"_s).toDouble(), 0.5);
    const QString html = QString::fromUtf8(report::render(report::Format::Html, m_ins, figures));
    for (const QString &label : m_labels)
        QVERIFY2(html.contains(label), qPrintable(label));
    // The thresholds as the report words them (with a thin space before %).
    QVERIFY(html.contains(QRegularExpression(u"70[\\s\\x{00a0}\\x{202f}]?% agreement threshold"_s)));
    QVERIFY(html.contains(QRegularExpression(u"50[\\s\\x{00a0}\\x{202f}]?% selection threshold"_s)));
    QVERIFY(!html.contains(u"Technical feasibility"_s));

    // The dashboard: each area's key lists the 7 labels; the models hold this scale and threshold.
    auto monitor = StudyMonitor::open(study);
    QVERIFY(monitor);
    PresenterWindow presenter(m_ins);
    StudyMonitor *m = monitor->get();
    presenter.attach(std::move(*monitor));
    presenter.resize(1280, 720);
    presenter.show();
    QTRY_VERIFY(m->hasFigures());
    QCOMPARE(m->figures().respondents, 31);
    // The headline count shows every digit (it was cut to "3" for 31).
    auto *experts = presenter.findChild<QLabel *>(u"experts"_s);
    QTRY_COMPARE(experts->text(), u"31"_s);
    QTRY_VERIFY2(experts->width() >= experts->fontMetrics().horizontalAdvance(experts->text()),
        qPrintable(u"%1 px for \"%2\""_s.arg(experts->width()).arg(experts->text())));
    QCOMPARE(presenter.areaPages().size(), 3);
    for (AreaPage *page : presenter.areaPages()) {
        QCOMPARE(page->agreementModel()->scale().points.size(), 7);
        QCOMPARE(page->agreementModel()->threshold(), 0.7);
        QStringList keyTexts;
        for (const SwatchLegend::Item &item : page->findChild<SwatchLegend *>()->items())
            keyTexts << item.text;
        for (const QString &label : m_labels)
            QVERIFY2(keyTexts.contains(label), qPrintable(keyTexts.join(u", "_s)));
    }
    QVERIFY(presenter.grab().save(
        QDir(QCoreApplication::applicationDirPath()).filePath(u"water-dashboard.png"_s)));

    // SPSS: the 7 value labels, as PSPP reads them.
    const QString sav = m_dir.filePath(u"water.sav"_s);
    const auto current = (*store)->currentResponses();
    QVERIFY(exportResponses(ExportFormat::Sav, m_ins, *current, sav));
    QProcess pspp;
    pspp.start(u"pspp-convert"_s, { u"--labels"_s, sav, m_dir.filePath(u"labels.csv"_s) });
    QVERIFY(pspp.waitForFinished(60000) && pspp.exitCode() == 0);
    QFile csv(m_dir.filePath(u"labels.csv"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    QVERIFY2(text.contains(u"Extremely"_s) && text.contains(u"Not at all"_s), qPrintable(text.left(500)));
    QVERIFY(!text.contains(u"feas_"_s));
}

QTEST_MAIN(TestOtherShape)
#include "tst_othershape.moc"
