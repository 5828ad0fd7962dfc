// The expert answers in their own language (issue 12, languages), driven at the keyboard offscreen:
// a response started with the interface in German answers a translated instrument in German; the
// profile page's "Survey language" box switches the questions to French at once, keeps the expert on
// that page with the box focused, and the choice is in the file when it is opened again. The
// bundled instrument, with one language, shows no such box. The grab (profile-de.png, in the build
// folder) is to look at.
#include "models/instrument/instrument.h"
#include "models/survey/surveyoutlinemodel.h"
#include "models/survey/surveysession.h"
#include "tests/common/privatefolders.h"
#include "tests/ui/survey/surveytesthelpers.h"
#include "ui/common/languages.h"
#include "ui/survey/mainwindow.h"
#include "ui/survey/surveyview.h"

#include <QComboBox>
#include <QLabel>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panelist;
using namespace panelist::surveytest;

namespace {

Instrument translatedInstrument()
{
    const auto read = Instrument::fromFile(
        QStringLiteral(PANELIST_SOURCE_DIR) + u"/tests/models/instrument/data/translated.json"_s);
    if (!read)
        qFatal("%s", qPrintable(read.error()));
    return *read;
}

// Every label's text on the current page, to find a text in.
QStringList pageTexts(MainWindow &w)
{
    QStringList texts;
    for (const QLabel *label : w.surveyView()->findChildren<QLabel *>()) {
        if (label->isVisible())
            texts << label->text();
    }
    return texts;
}

} // namespace

class TestSurveyLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void answersInTheChosenLanguage();
    void oneLanguageShowsNoChoice();

private:
    QTemporaryDir m_dir;
};

void TestSurveyLanguage::initTestCase()
{
    PANELIST_REQUIRE_PRIVATE_FOLDERS();
    QCoreApplication::setOrganizationName(u"Panelist"_s);
    QCoreApplication::setApplicationName(u"panelist"_s);
    QVERIFY(m_dir.isValid());
}

void TestSurveyLanguage::init()
{
    QSettings().remove(u"survey/position"_s);
}

void TestSurveyLanguage::answersInTheChosenLanguage()
{
    QCOMPARE(InterfaceLanguage::install(u"de"_s), QString());
    const auto english = qScopeGuard([] { InterfaceLanguage::install(u"en"_s); });
    const Instrument instrument = translatedInstrument();
    const QString path = m_dir.filePath(u"answer.panelist-response"_s);
    {
        auto created = SurveySession::create(path, instrument);
        QVERIFY2(created, qPrintable(created.error()));
        InterfaceLanguage::startResponseIn(**created); // as File > New response and a survey file do
        QCOMPARE((*created)->data().language, u"de"_s);

        MainWindow w(std::move(created).value());
        w.resize(1024, 600);
        QVERIFY(showAndActivate(w));
        QCOMPARE(w.windowTitle().section(u" — "_s, 0, 0), u"Demo-Studie zu Maßnahmen gegen KI-Risiken"_s);
        auto *box = w.findChild<QComboBox *>(u"surveyLanguage"_s);
        QVERIFY(box && box->isVisible());
        QCOMPARE(box->currentText(), u"Deutsch (de)"_s);
        QCOMPARE(box->count(), 3);
        QCOMPARE(box->itemText(2), u"Français (fr)"_s);
        QCOMPARE(focusName(), u"surveyLanguage"_s); // the first thing on the page
        QVERIFY2(pageTexts(w).contains(u"Demo-Studie zu Maßnahmen gegen KI-Risiken"_s),
            qPrintable(pageTexts(w).join(u" | "_s)));
        QVERIFY(w.grab().save(QDir(QCoreApplication::applicationDirPath()).filePath(u"profile-de.png"_s)));

        // A measure page in German: its heading is the measure's German name.
        const QString first = instrument.measures().first().id;
        w.surveyView()->goToRow(w.surveyView()->outlineModel()->rowForMeasure(first), true);
        QVERIFY2(pageTexts(w).contains(u"Prüfungen durch Dritte"_s), qPrintable(pageTexts(w).join(u" | "_s)));

        // Back to the profile page; Down on the box picks French, which counts at once.
        w.surveyView()->goToRow(0, true);
        QTRY_COMPARE(focusName(), u"surveyLanguage"_s);
        press(Qt::Key_Down);
        QTRY_VERIFY(w.findChild<QComboBox *>(u"surveyLanguage"_s)
            && w.findChild<QComboBox *>(u"surveyLanguage"_s)->currentText() == u"Français (fr)"_s);
        QTRY_COMPARE(focusName(), u"surveyLanguage"_s);
        QCOMPARE(w.surveyView()->currentRow(), 0);
        w.surveyView()->goToRow(w.surveyView()->outlineModel()->rowForMeasure(first), true);
        QTRY_VERIFY2(
            pageTexts(w).contains(u"Audits par des tiers"_s), qPrintable(pageTexts(w).join(u" | "_s)));
    }
    // The file says French; opened again, the questions are in French.
    auto reopened = SurveySession::open(path);
    QVERIFY2(reopened, qPrintable(reopened.error()));
    QCOMPARE((*reopened)->data().language, u"fr"_s);
    QCOMPARE((*reopened)->languageCode(), u"fr"_s);
    QCOMPARE((*reopened)->instrument().areas().first().name, u"Cyberattaques"_s);
    QCOMPARE((*reopened)->instrument().fingerprint(), instrument.fingerprint());
    // The main language is recorded as none.
    QVERIFY((*reopened)->setLanguage(u"en"_s));
    QCOMPARE((*reopened)->data().language, QString());
    QCOMPARE((*reopened)->instrument().areas().first().name, u"Cyber attacks"_s);
    const Status refused = (*reopened)->setLanguage(u"es"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.error(), u"Diese Umfrage gibt es nicht auf „es“ (sie gibt es auf en, de, fr)"_s);
}

void TestSurveyLanguage::oneLanguageShowsNoChoice()
{
    QCOMPARE(InterfaceLanguage::install(u"de"_s), QString());
    const auto english = qScopeGuard([] { InterfaceLanguage::install(u"en"_s); });
    auto session = newSession(m_dir.filePath(u"bundled.panelist-response"_s));
    InterfaceLanguage::startResponseIn(*session); // the bundled study has English only
    QCOMPARE(session->data().language, QString());
    MainWindow w(std::move(session));
    QVERIFY(showAndActivate(w));
    QVERIFY(!w.findChild<QComboBox *>(u"surveyLanguage"_s));
}

QTEST_MAIN(TestSurveyLanguage)
#include "tst_surveylanguage.moc"
