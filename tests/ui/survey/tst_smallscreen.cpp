// The survey window on small screens, offscreen: the measure page at 1280×720, at 1024×600 and at the
// window's minimum size shows the whole rating grid (every row inside the grid's viewport, nothing
// clipped by the page or the window, nothing to scroll inside the grid) with every column and row
// label whole within its section, and the comment box still usable; the first window fits the screen
// it opens on. The same in German (issue 12, languages): the interface in German and an instrument
// with German texts (tests/models/instrument/data/translated.json), whose labels run longer. The grabs
// (measure-1280x720.png, measure-de-1024x600.png, ...) go into the build folder, to look at.
#include "models/instrument/instrument.h"
#include "models/survey/ratingtablemodel.h"
#include "models/survey/surveyoutlinemodel.h"
#include "models/survey/surveysession.h"
#include "tests/common/privatefolders.h"
#include "ui/common/languages.h"
#include "ui/survey/mainwindow.h"
#include "ui/survey/ratinggrid.h"
#include "ui/survey/surveyview.h"

#include <QApplication>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panelist;

namespace {

// The rectangle a header label needs when it wraps at word boundaries within width, as the
// header's own font lays it out.
QRect wrappedNeed(const QHeaderView *header, int width, const QString &label)
{
    return QFontMetrics(header->font())
        .boundingRect(QRect(0, 0, width, 10000), Qt::AlignCenter | Qt::TextWordWrap, label);
}

void settle()
{
    // Layouts with height-for-width items need more than one pass.
    for (int i = 0; i < 10; ++i) {
        QApplication::processEvents();
        QTest::qWait(5);
    }
}

QString describe(const QRect &r)
{
    return u"%1,%2 %3×%4"_s.arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

} // namespace

class TestSmallScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstWindowFitsTheScreen();
    void measurePageShowsTheWholeGrid_data();
    void measurePageShowsTheWholeGrid();
    void tooNarrowColumnsCutLabelsShortButKeepThemWhole();

private:
    std::unique_ptr<SurveySession> newSession(
        const QString &name, const Instrument &instrument = Instrument::bundled());
    QTemporaryDir m_dir;
};

void TestSmallScreen::initTestCase()
{
    PANELIST_REQUIRE_PRIVATE_FOLDERS();
    QCoreApplication::setOrganizationName(u"Panelist"_s);
    QCoreApplication::setApplicationName(u"panelist"_s);
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<SurveySession> TestSmallScreen::newSession(const QString &name, const Instrument &instrument)
{
    auto created = SurveySession::create(m_dir.filePath(name), instrument);
    if (!created)
        qFatal("cannot create %s: %s", qPrintable(name), qPrintable(created.error()));
    return std::move(created).value();
}

void TestSmallScreen::firstWindowFitsTheScreen()
{
    // The offscreen platform's screen is 800×600: smaller than the 1280×800 Panelist would like.
    MainWindow w(newSession(u"fits.panelist-response"_s));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QRect available = w.screen()->availableGeometry();
    QVERIFY2(available.contains(w.frameGeometry()),
        qPrintable(u"window %1 on a screen of %2"_s.arg(describe(w.frameGeometry()), describe(available))));
    QVERIFY2(w.minimumSize().width() <= available.width() && w.minimumSize().height() <= available.height(),
        qPrintable(u"minimum %1×%2"_s.arg(w.minimumSize().width()).arg(w.minimumSize().height())));
}

void TestSmallScreen::measurePageShowsTheWholeGrid_data()
{
    QTest::addColumn<QSize>("size"); // empty: the window's minimum size
    QTest::addColumn<QString>("shot");
    QTest::addColumn<QString>("language"); // of the interface and the survey's texts
    for (const QString &language : { u"en"_s, u"de"_s }) {
        const QString prefix = language == u"en"_s ? QString() : language + u' ';
        const QString file = language == u"en"_s ? u"measure-"_s : u"measure-"_s + language + u'-';
        QTest::newRow(qPrintable(prefix + u"1280x720"_s))
            << QSize(1280, 720) << file + u"1280x720.png"_s << language;
        QTest::newRow(qPrintable(prefix + u"1024x600"_s))
            << QSize(1024, 600) << file + u"1024x600.png"_s << language;
        QTest::newRow(qPrintable(prefix + u"minimum"_s)) << QSize() << file + u"minimum.png"_s << language;
    }
}

void TestSmallScreen::measurePageShowsTheWholeGrid()
{
    QFETCH(QSize, size);
    QFETCH(QString, shot);
    QFETCH(QString, language);
    QSettings().remove(u"survey/position"_s);
    QCOMPARE(InterfaceLanguage::install(language), QString());
    const auto english = qScopeGuard([] { InterfaceLanguage::install(u"en"_s); });
    const auto translated = Instrument::fromFile(
        QStringLiteral(PANELIST_SOURCE_DIR) + u"/tests/models/instrument/data/translated.json"_s);
    QVERIFY2(translated, qPrintable(translated.error()));
    auto session = newSession(
        u"small-%1.panelist-response"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')),
        language == u"en"_s ? Instrument::bundled() : *translated);
    QVERIFY(session->setLanguage(language));
    const Instrument instrument = session->instrument();
    // The measure with the longest description, half answered, with a comment.
    int longest = 0;
    for (int m = 0; m < instrument.measures().size(); ++m) {
        if (instrument.measures().at(m).description.size()
            > instrument.measures().at(longest).description.size())
            longest = m;
    }
    const Measure &measure = instrument.measures().at(longest);
    QVERIFY(session->setRating(measure.id, instrument.areas().at(0).id, Rating::of(4)));
    QVERIFY(session->setRating(measure.id, instrument.areas().at(1).id, Rating::unknown()));
    QVERIFY(session->setComment(measure.id, u"Only with independent auditors."_s));

    MainWindow w(std::move(session));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.surveyView()->goToRow(w.surveyView()->outlineModel()->rowForMeasure(measure.id), true);
    // A window cannot be made smaller than its minimum size: asking for 1×1 gives exactly that.
    w.resize(size.isValid() ? size : QSize(1, 1));
    settle();
    const QString file = QDir(QCoreApplication::applicationDirPath()).filePath(shot);
    QVERIFY(w.grab().save(file));
    qInfo("screenshot: %s (%d×%d)", qPrintable(file), w.width(), w.height());
    if (size.isValid())
        QCOMPARE(w.size(), size);

    auto *grid = w.findChild<QTableView *>(u"ratingGrid"_s);
    QVERIFY(grid && grid->isVisible());
    const QAbstractItemModel *model = grid->model();
    QCOMPARE(model->rowCount(), int(instrument.areas().size()) + 1);

    // Nothing clipped: the grid inside its page, each widget up to the window inside its parent.
    for (QWidget *child = grid; child != &w; child = child->parentWidget()) {
        const QRect inParent = child->geometry();
        QVERIFY2(child->parentWidget()->rect().contains(inParent),
            qPrintable(u"%1 (%2) is cut off by %3 (%4)"_s.arg(child->objectName(), describe(inParent),
                child->parentWidget()->objectName(), describe(child->parentWidget()->rect()))));
    }
    // Nothing to scroll inside the grid, and every row whole inside its viewport.
    QCOMPARE(grid->verticalScrollBar()->maximum(), 0);
    QCOMPARE(grid->horizontalScrollBar()->maximum(), 0);
    const QRect viewport = grid->viewport()->rect();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QRect cells = grid->visualRect(model->index(row, 0))
                                .united(grid->visualRect(model->index(row, model->columnCount() - 1)));
        QVERIFY2(viewport.contains(cells),
            qPrintable(
                u"row %1: %2 outside the viewport %3"_s.arg(row).arg(describe(cells), describe(viewport))));
    }

    // Every label whole within its section, wrapped at word boundaries if need be.
    const int margin = grid->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, grid->horizontalHeader());
    const QHeaderView *top = grid->horizontalHeader();
    for (int c = 0; c < model->columnCount(); ++c) {
        const QString label = model->headerData(c, Qt::Horizontal).toString();
        const QSize room(top->sectionSize(c) - 2 * margin, top->height() - 2 * margin);
        const QRect need = wrappedNeed(top, room.width(), label);
        QVERIFY2(need.width() <= room.width() && need.height() <= room.height(),
            qPrintable(u"column \"%1\" needs %2×%3 and has %4×%5"_s.arg(label)
                           .arg(need.width())
                           .arg(need.height())
                           .arg(room.width())
                           .arg(room.height())));
    }
    const QHeaderView *side = grid->verticalHeader();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString label = model->headerData(r, Qt::Vertical).toString();
        const QSize room(side->width() - 2 * margin, side->sectionSize(r));
        const QRect need = wrappedNeed(side, room.width(), label);
        QVERIFY2(need.width() <= room.width() && need.height() <= room.height(),
            qPrintable(u"row \"%1\" needs %2×%3 and has %4×%5"_s.arg(label)
                           .arg(need.width())
                           .arg(need.height())
                           .arg(room.width())
                           .arg(room.height())));
    }

    // The comment box yields room but stays usable: at least two lines, inside the window.
    auto *comment = w.findChild<QPlainTextEdit *>(u"commentEdit"_s);
    QVERIFY(comment && comment->isVisible());
    QVERIFY2(comment->viewport()->height() >= 2 * comment->fontMetrics().lineSpacing(),
        qPrintable(u"the comment box shows %1 px"_s.arg(comment->viewport()->height())));
    const QRect commentInWindow(comment->mapTo(&w, QPoint(0, 0)), comment->size());
    QVERIFY2(w.rect().contains(commentInWindow), qPrintable(describe(commentInWindow)));
}

void TestSmallScreen::tooNarrowColumnsCutLabelsShortButKeepThemWhole()
{
    // Narrower than any window allows: a column label that cannot fit is cut short with "…", while
    // its tooltip and accessible name keep it whole.
    auto session = newSession(u"narrow.panelist-response"_s);
    RatingTableModel model(session.get());
    model.setMeasure(Instrument::bundled().measures().at(0).id);
    RatingGrid grid;
    grid.setRatingModel(&model);
    grid.resize(330, grid.heightForWidth(330));
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    int cut = 0;
    const int margin = grid.style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, grid.horizontalHeader());
    for (int c = 0; c < model.columnCount(); ++c) {
        const QString label = model.headerData(c, Qt::Horizontal).toString();
        const QString shown = grid.shownLabel(Qt::Horizontal, c);
        const QSize room(grid.horizontalHeader()->sectionSize(c) - 2 * margin,
            grid.horizontalHeader()->height() - 2 * margin);
        const QRect need = wrappedNeed(grid.horizontalHeader(), room.width(), shown);
        QVERIFY2(need.width() <= room.width() && need.height() <= room.height(), qPrintable(shown));
        if (shown == label)
            continue;
        ++cut;
        QVERIFY2(shown.contains(u'…'), qPrintable(shown));
        QVERIFY(model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().startsWith(label));
        QCOMPARE(model.headerData(c, Qt::Horizontal, Qt::AccessibleTextRole).toString(), label);
    }
    QVERIFY(cut > 0);
}

QTEST_MAIN(TestSmallScreen)
#include "tst_smallscreen.moc"
