// panelist-screenshots OUTPUT_FOLDER: renders the expert survey pages to PNG for the README.
// Works on a throw-away response in a temporary folder (its own XDG folders, so the user's settings
// and responses are never touched). Run offscreen by scripts/screenshots.
#include "models/instrument/instrument.h"
#include "models/survey/surveyoutlinemodel.h"
#include "models/survey/surveysession.h"
#include "ui/common/languages.h"
#include "ui/survey/mainwindow.h"
#include "ui/survey/surveyview.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace panelist;

namespace {

bool shoot(MainWindow &window, const QString &folder, const QString &name)
{
    // Let layouts, delegates and the status bar settle before grabbing.
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    const QString path = QDir(folder).filePath(name);
    if (!window.grab().save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

void answerSome(SurveySession &s)
{
    const Instrument &in = s.instrument();
    s.setExpertise({ u"ai_safety"_s, u"cbrn"_s });
    // The first eight measures answered in full, a few "don't know", some comments.
    for (int m = 0; m < 8; ++m) {
        const QString id = in.measures().at(m).id;
        for (int a = 0; a < in.areas().size(); ++a) {
            const bool unknown = (m * 4 + a) % 9 == 5;
            s.setRating(
                id, in.areas().at(a).id, unknown ? Rating::unknown() : Rating::of((m + a * 2) % 5 + 1));
        }
        s.setRating(id, {}, Rating::of((m + 3) % 5 + 1));
    }
    s.setComment(in.measures().at(1).id, u"Only as good as the auditors' access and independence."_s);
    // The ninth measure partly rated: the screenshot of a measure page in progress.
    const QString ninth = in.measures().at(8).id;
    s.setRating(ninth, in.areas().at(0).id, Rating::of(4));
    s.setRating(ninth, in.areas().at(1).id, Rating::of(2));
    s.setComment(ninth,
        u"Hard to verify that capabilities are really gone; relearning from fine-tuning is a "
        u"known problem."_s);
    // The first combination question: three of five chosen.
    const QString scope = in.combinationScopes().value(0);
    for (int m : { 0, 1, 12 })
        s.setPicked(scope, in.measures().at(m).id, true);
}

// The interface in German on an instrument with German texts (tests/models/instrument/data/
// translated.json): its profile page with the language box, and a measure page half answered.
bool shootGerman(const QString &folder, const QString &tmp)
{
    InterfaceLanguage::install(u"de"_s);
    const auto instrument = Instrument::fromFile(
        QStringLiteral(PANELIST_SOURCE_DIR) + u"/tests/models/instrument/data/translated.json"_s);
    auto created = instrument ? SurveySession::create(tmp + u"/german.panelist-response"_s, *instrument)
                              : Result<std::unique_ptr<SurveySession>>::failure(instrument.error());
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error()));
        return false;
    }
    SurveySession &s = **created;
    InterfaceLanguage::startResponseIn(s);
    const QString first = s.instrument().measures().first().id;
    s.setExpertise({ s.instrument().expertiseGroups().first().id });
    s.setRating(first, s.instrument().areas().at(0).id, Rating::of(4));
    s.setRating(first, s.instrument().areas().at(1).id, Rating::unknown());
    s.setComment(first, u"Nur mit unabhängigen Prüfstellen, die vollen Zugang zum Modell haben."_s);
    MainWindow window(std::move(created).value());
    window.resize(1024, 640);
    window.show();
    QApplication::setActiveWindow(&window);
    bool ok = shoot(window, folder, u"profile-de.png"_s);
    window.surveyView()->goToRow(window.surveyView()->outlineModel()->rowForMeasure(first), true);
    ok &= shoot(window, folder, u"measure-de.png"_s);
    InterfaceLanguage::install(u"en"_s);
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return 1;
    // Private data and config folders, set before Qt reads them.
    qputenv("XDG_DATA_HOME", QFile::encodeName(tmp.filePath(u"data"_s)));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(tmp.filePath(u"config"_s)));

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Panelist"_s);
    QCoreApplication::setApplicationName(u"panelist"_s);
    QGuiApplication::setApplicationDisplayName(u"Panelist"_s);
    InterfaceLanguage::install(u"en"_s); // as the program: English plurals
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: panelist-screenshots OUTPUT_FOLDER\n");
        return 2;
    }
    const QString out = args.at(1);
    if (!QDir().mkpath(out)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(out));
        return 1;
    }

    auto created
        = SurveySession::create(tmp.filePath(u"screenshot.panelist-response"_s), Instrument::bundled());
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error()));
        return 1;
    }
    answerSome(**created);
    const Instrument instrument = (*created)->instrument();

    MainWindow window(std::move(created).value());
    window.resize(1280, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    SurveyView *view = window.surveyView();
    auto *outline = view->outlineModel();

    bool ok = true;
    view->goToRow(0, true);
    ok &= shoot(window, out, u"01-profile.png"_s);
    view->goToItem({ MissingItem::Kind::Effectiveness, instrument.measures().at(8).id,
        instrument.areas().at(2).id, {} });
    ok &= shoot(window, out, u"02-measure.png"_s);
    view->goToRow(outline->rowForCombination(instrument.combinationScopes().value(0)), true);
    ok &= shoot(window, out, u"03-combination.png"_s);
    view->goToReview();
    ok &= shoot(window, out, u"04-review.png"_s);
    ok &= shootGerman(out, tmp.path());
    return ok ? 0 : 1;
}
