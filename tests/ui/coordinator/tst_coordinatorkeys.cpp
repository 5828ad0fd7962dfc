// The coordinator key in the coordinator window (docs/security.md): a key made by typing in the
// New coordinator key dialog; a survey file sealed to it makes the study require signed responses;
// importing sealed files asks for the key once, refuses another key, and shows who signed; a study
// that accepts unsigned files counts them in the status line. Grabs the dialogs and the window, at
// 1280x800 and at 1024x600, into $PANELIST_SCREENSHOT_DIR (else the build folder).
#include "tests/common/coordinatortesthelpers.h"
#include "tests/common/privatefolders.h"

#include "models/coordinator/coordinatorsession.h"
#include "models/coordinator/importlogmodel.h"
#include "models/coordinator/responsestablemodel.h"
#include "models/security/identitykey.h"
#include "models/security/keyfile.h"
#include "models/security/responsesigning.h"
#include "models/storage/responsestore.h"
#include "ui/coordinator/coordinatorwindow.h"
#include "ui/coordinator/keydialogs.h"
#include "ui/coordinator/responsestab.h"
#include "ui/coordinator/surveyfiledialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace panelist;

namespace {

const QString BundledJson = QStringLiteral(PANELIST_SOURCE_DIR "/resources/instruments/uuk2024.json");
const QString Passphrase = u"correct horse battery staple"_s;

QString shotsFolder()
{
    const QString shots = qEnvironmentVariableIsSet("PANELIST_SCREENSHOT_DIR")
        ? qEnvironmentVariable("PANELIST_SCREENSHOT_DIR")
        : QCoreApplication::applicationDirPath();
    QDir().mkpath(shots);
    return shots;
}

// The simulated responses in plainFiles submitted again as the expert whose Panelist keeps its
// identity in identityFolder does: signed, and sealed to coordinatorKey. Returns the new files' paths.
QStringList signedAndSealed(const QStringList &plainFiles, const QString &identityFolder,
    const QByteArray &coordinatorKey, const QString &workFolder, const QString &outFolder)
{
    auto identity = IdentityKey::loadOrCreate(identityFolder);
    if (!identity)
        qFatal("identity: %s", qPrintable(identity.error()));
    QStringList out;
    for (const QString &plain : plainFiles) {
        auto ro = ResponseStore::openReadOnly(plain);
        auto data = ro ? (*ro)->load() : Result<ResponseData>::failure(ro.error());
        if (!data)
            qFatal("%s: %s", qPrintable(plain), qPrintable(data.error()));
        const QString name = QFileInfo(plain).completeBaseName();
        auto store = ResponseStore::create(QDir(workFolder).filePath(name + u".working"_s),
            (*ro)->instrumentJson(), (*ro)->instrumentFingerprint(), data->respondentId);
        if (!store)
            qFatal("%s", qPrintable(store.error()));
        ResponseData before = *data;
        before.revision = data->revision - 1; // submitting adds one
        if (Status s = (*store)->replaceAll(before); !s)
            qFatal("%s", qPrintable(s.error()));
        const QString target = QDir(outFolder).filePath(name + u".panelist-sealed"_s);
        if (auto r = (*store)->submit(target, submitOptions(*identity, coordinatorKey)); !r)
            qFatal("%s", qPrintable(r.error()));
        out.append(target);
    }
    return out;
}

QString statusText(const CoordinatorWindow &window)
{
    return window.findChild<QLabel *>(u"statusSummary"_s)->text();
}

void importWithKeyboard(CoordinatorWindow &window)
{
    QSignalSpy finished(window.session(), &CoordinatorSession::batchFinished);
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
    QVERIFY(finished.wait(60000));
}

QStringList logReasons(const CoordinatorWindow &window)
{
    QStringList reasons;
    const QAbstractItemModel *log = window.session()->importLogModel();
    for (int r = 0; r < log->rowCount(); ++r)
        reasons.append(log->index(r, ImportLogModel::OutcomeColumn).data().toString() + u": "_s
            + log->index(r, ImportLogModel::ReasonColumn).data().toString());
    return reasons;
}

} // namespace

class TestCoordinatorKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void keyMadeByTyping();
    void surveyDialogSealsToTheChosenKey();
    void sealedStudyImportsWithTheKey();
    void unsignedFilesAreCounted();
};

void TestCoordinatorKeys::init()
{
    PANELIST_REQUIRE_PRIVATE_FOLDERS();
    QSettings().clear();
}

// Two passphrases that differ, then one too short, are said in the dialog and write nothing; a good
// one writes a key file that this passphrase unlocks.
void TestCoordinatorKeys::keyMadeByTyping()
{
    QTemporaryDir dir;
    const QString keyPath = dir.filePath(u"panel"_s); // the suffix is added
    KeyCreateDialog dialog(keyPath);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *passphrase = dialog.findChild<QLineEdit *>(u"passphraseEdit"_s);
    auto *again = dialog.findChild<QLineEdit *>(u"passphraseAgainEdit"_s);
    auto *problem = dialog.findChild<QLabel *>(u"keyProblem"_s);
    auto *create = dialog.findChild<QPushButton *>(u"createKeyButton"_s);
    QVERIFY(passphrase && again && problem && create);
    QCOMPARE(passphrase->echoMode(), QLineEdit::Password);

    QTest::keyClicks(passphrase, Passphrase);
    QTest::keyClicks(again, u"correct horse battery stapel"_s);
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY2(problem->text().contains(u"differ"_s), qPrintable(problem->text()));
    QVERIFY(dialog.isVisible());

    passphrase->clear();
    again->clear();
    QTest::keyClicks(passphrase, u"short"_s);
    QTest::keyClicks(again, u"short"_s);
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY2(problem->text().contains(u"8"_s), qPrintable(problem->text()));
    QVERIFY(!QFile::exists(keyPath + KeyFile::Suffix));
    QVERIFY(dialog.grab().save(QDir(shotsFolder()).filePath(u"key-create-dialog.png"_s)));

    passphrase->clear();
    again->clear();
    QTest::keyClicks(passphrase, Passphrase);
    QTest::keyClicks(again, Passphrase);
    QTest::keyClick(again, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.key());
    QCOMPARE(dialog.keyPath(), keyPath + KeyFile::Suffix);
    const auto unlocked = unlockKeyFile(dialog.keyPath(), Passphrase);
    QVERIFY2(unlocked, qPrintable(unlocked.error()));
    QCOMPARE(unlocked->fingerprint(), dialog.key()->fingerprint());
    QVERIFY(!unlockKeyFile(dialog.keyPath(), u"correct horse battery stapel"_s));
    QCOMPARE(
        QFile(dialog.keyPath()).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

// The survey file dialog offers the key used last; its fingerprint is shown, a file that is not a
// key is named and keeps "Make survey file" off, and unticking sealing leaves the key out.
void TestCoordinatorKeys::surveyDialogSealsToTheChosenKey()
{
    QTemporaryDir dir;
    const QString keyPath = dir.filePath(u"coordinator.panelist-key"_s);
    const auto key = createCoordinatorKey(keyPath, Passphrase, KdfStrength::Interactive);
    QVERIFY(key);
    SurveyRequest suggested;
    suggested.coordinatorName = u"Dr. Zoë Example"_s;
    suggested.coordinatorContact = u"zoe@example.org"_s;
    SurveyFileDialog dialog(u"Make the survey file you send the experts?"_s, suggested, keyPath);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *seal = dialog.findChild<QCheckBox *>(u"sealCheck"_s);
    auto *path = dialog.findChild<QLineEdit *>(u"keyPathEdit"_s);
    auto *info = dialog.findChild<QLabel *>(u"keyInfo"_s);
    auto *make = dialog.findChild<QPushButton *>(u"makeSurveyButton"_s);
    QVERIFY(seal && path && info && make);
    QVERIFY(seal->isChecked());
    QVERIFY2(info->text().contains(key->fingerprint()), qPrintable(info->text()));
    QVERIFY(make->isEnabled());
    QCOMPARE(dialog.request().coordinatorKey, key->publicKey());
    QVERIFY(dialog.grab().save(QDir(shotsFolder()).filePath(u"survey-file-dialog-sealed.png"_s)));

    path->selectAll();
    QTest::keyClicks(path, dir.filePath(u"shopping-list.txt"_s));
    QVERIFY(!make->isEnabled());
    QVERIFY2(info->text().contains(u"shopping-list.txt"_s), qPrintable(info->text()));

    QTest::mouseClick(seal, Qt::LeftButton, {}, QPoint(8, seal->height() / 2));
    QVERIFY(!seal->isChecked());
    QVERIFY(!path->isEnabled());
    QVERIFY(make->isEnabled());
    QVERIFY(dialog.request().coordinatorKey.isEmpty());
    QVERIFY(dialog.keyPath().isEmpty());
}

// A survey file sealed to the coordinator's key makes the study require signatures; sealed files
// ask for the key once (another key is refused by name), merge, and show their signer; an unsigned
// file is refused with the reason.
void TestCoordinatorKeys::sealedStudyImportsWithTheKey()
{
    QTemporaryDir dir;
    for (const QString &sub : { u"plain"_s, u"work"_s, u"inbox"_s, u"expert"_s })
        QVERIFY(QDir(dir.path()).mkdir(sub));
    const QString keyPath = dir.filePath(u"coordinator.panelist-key"_s);
    const auto key = createCoordinatorKey(keyPath, Passphrase, KdfStrength::Interactive);
    const QString otherPath = dir.filePath(u"other.panelist-key"_s);
    const auto other = createCoordinatorKey(otherPath, Passphrase, KdfStrength::Interactive);
    QVERIFY(key && other);

    CoordinatorWindow window;
    QStringList messages, toImport;
    int keyPrompts = 0;
    QString keyAsked, offeredKeyPath;
    window.setMessageSink([&](const QString &, const QString &text) { messages.append(text); });
    window.setInstrumentPrompt([](const QString &) { return BundledJson; });
    window.setNewStudyPrompt([&](const QString &) { return dir.filePath(u"sealed.panelist-study"_s); });
    window.setSurveyFilePrompt([&](const QString &) { return dir.filePath(u"experts.panelist-survey"_s); });
    window.setSurveyRequestPrompt([&](const QString &, const SurveyRequest &suggested) {
        SurveyRequest r = suggested;
        r.coordinatorName = u"Dr. Zoë Example"_s;
        r.coordinatorContact = u"zoe@example.org"_s;
        r.coordinatorKey = key->publicKey(); // as SurveyFileDialog gives it once a key file is chosen
        return std::optional<SurveyRequest>(r);
    });
    window.setImportPrompt([&] { return toImport; });
    QString keyToGive = otherPath;
    window.setKeyPrompt([&](const QString &fingerprint) -> std::optional<CoordinatorKey> {
        ++keyPrompts;
        keyAsked = fingerprint;
        auto k = unlockKeyFile(keyToGive, Passphrase);
        return k ? std::optional<CoordinatorKey>(*k) : std::nullopt;
    });
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
    QVERIFY(window.session());

    // The study now takes its key and requires signatures (written by the merge thread).
    QTRY_VERIFY(window.session()->settings().requireSignatures);
    const StudySettings settings = window.session()->settings();
    QVERIFY(settings.requireSignatures);
    QCOMPARE(settings.coordinatorKey, QString::fromLatin1(key->publicKey().toBase64()));
    QCOMPARE(settings.coordinatorKeyFingerprint, key->fingerprint());
    QVERIFY(!settings.surveyId.isEmpty());
    QVERIFY2(statusText(window).contains(u"sealed to key "_s + key->fingerprint()),
        qPrintable(statusText(window)));
    QVERIFY(window.findChild<QLabel *>(u"lastEvent"_s)->text().contains(key->fingerprint()));

    const QStringList plain = CoordinatorTest::simulatedFiles(dir.filePath(u"plain"_s), 4);
    const QStringList sealed = signedAndSealed(plain.mid(0, 3), dir.filePath(u"expert"_s), key->publicKey(),
        dir.filePath(u"work"_s), dir.filePath(u"inbox"_s));
    QCOMPARE(sealed.size(), 3);

    // The wrong key is refused by name and nothing is imported with it open.
    toImport = sealed;

    QSignalSpy finished(window.session(), &CoordinatorSession::batchFinished);
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(keyPrompts, 1);
    QCOMPARE(keyAsked, key->fingerprint());
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().contains(other->fingerprint()) && messages.first().contains(key->fingerprint()),
        qPrintable(messages.first()));
    QVERIFY(finished.wait(60000));
    QCOMPARE(window.session()->responsesModel()->rowCount(), 0);
    const QStringList refused = logReasons(window);
    QCOMPARE(refused.size(), 3);
    for (const QString &r : refused)
        QVERIFY2(r.contains(u"File ▸ Coordinator key"_s), qPrintable(r));

    // With the right key: every sealed file merges, and the table says who signed it.
    keyToGive = keyPath;
    window.findChild<QAction *>(u"unlockKeyAction"_s)->trigger();
    QCOMPARE(keyPrompts, 2);
    QVERIFY2(statusText(window).contains(u"key "_s + key->fingerprint() + u" open"_s),
        qPrintable(statusText(window)));
    importWithKeyboard(window);
    QCOMPARE(keyPrompts, 2); // open already: not asked again
    const QAbstractItemModel *responses = window.session()->responsesModel();
    QCOMPARE(responses->rowCount(), 3);
    auto identity = IdentityKey::loadOrCreate(dir.filePath(u"expert"_s));
    QVERIFY(identity);
    QCOMPARE(responses->headerData(ResponsesTableModel::SignatureColumn, Qt::Horizontal).toString(),
        u"Signed by"_s);
    for (int r = 0; r < 3; ++r)
        QCOMPARE(responses->index(r, ResponsesTableModel::SignatureColumn).data().toString(),
            identity->fingerprint());
    QVERIFY(!statusText(window).contains(u"unsigned"_s));

    // An unsigned plain file is refused: this study accepts only signed responses.
    toImport = { plain.last() };
    importWithKeyboard(window);
    QCOMPARE(responses->rowCount(), 3);
    QVERIFY2(logReasons(window).last().contains(u"not signed"_s), qPrintable(logReasons(window).last()));
    QVERIFY2(messages.size() == 1, qPrintable(messages.join(u'\n')));

    window.tabs()->setCurrentIndex(0);
    QTest::qWait(100); // the status line lays out its last text
    QVERIFY(window.grab().save(QDir(shotsFolder()).filePath(u"coordinator-sealed.png"_s)));
    window.resize(1024, 600);
    QTest::qWait(100);
    QVERIFY(window.grab().save(QDir(shotsFolder()).filePath(u"coordinator-sealed-small.png"_s)));
}

// A study that accepts unsigned files (the bundled example's kind) counts and shows them.
void TestCoordinatorKeys::unsignedFilesAreCounted()
{
    QTemporaryDir dir;
    QStringList toImport = CoordinatorTest::simulatedFiles(dir.filePath(u"in"_s), 3);
    CoordinatorWindow window;
    window.setMessageSink([](const QString &, const QString &text) { QFAIL(qPrintable(text)); });
    window.setInstrumentPrompt([](const QString &) { return BundledJson; });
    window.setNewStudyPrompt([&](const QString &) { return dir.filePath(u"open.panelist-study"_s); });
    window.setSurveyRequestPrompt([](const QString &, const SurveyRequest &) { return std::nullopt; });
    window.setImportPrompt([&] { return toImport; });
    window.setKeyPrompt([](const QString &) -> std::optional<CoordinatorKey> {
        qFatal("no key is needed for plain files");
        return std::nullopt;
    });
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QVERIFY(window.session());
    QVERIFY(!window.session()->settings().requireSignatures);
    QVERIFY(!statusText(window).contains(u"unsigned"_s));
    importWithKeyboard(window);
    QCOMPARE(window.session()->responsesModel()->rowCount(), 3);
    QCOMPARE(window.session()->unsignedCount(), 3);
    QVERIFY2(statusText(window).contains(u"3 unsigned"_s), qPrintable(statusText(window)));
    QCOMPARE(
        window.session()->responsesModel()->index(0, ResponsesTableModel::SignatureColumn).data().toString(),
        u"unsigned"_s);
}

QTEST_MAIN(TestCoordinatorKeys)
#include "tst_coordinatorkeys.moc"
