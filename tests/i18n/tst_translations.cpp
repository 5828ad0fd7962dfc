// The interface's translations (issue 12, languages): every entry of i18n/panelist_de.ts and
// panelist_fr.ts is finished and keeps its source's placeholders (%1, %n), its one accelerator (&) and
// its trailing "…"; panelist_en.ts gives every English plural; scripts/translations --check finds
// no text of the sources missing from them; and what ui/common/languages.h installs is what the
// program then shows, Qt's own dialogs (qtbase) included.
#include "ui/common/languages.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace panelist;

namespace {

struct Entry
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList texts; // the translation, or its plural forms
};

QList<Entry> readTs(const QString &path)
{
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name"_s) {
            context = xml.readElementText();
        } else if (name == u"message"_s) {
            entry = Entry { context, {}, xml.attributes().value(u"numerus"_s) == u"yes"_s, false, {} };
        } else if (name == u"source"_s) {
            entry.source = xml.readElementText();
        } else if (name == u"translation"_s) {
            entry.unfinished = xml.attributes().value(u"type"_s) == u"unfinished"_s;
            if (!entry.numerus) {
                entry.texts << xml.readElementText();
                entries << entry;
            }
        } else if (name == u"numerusform"_s) {
            entry.texts << xml.readElementText();
            if (entry.texts.size() == 2)
                entries << entry;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return entries;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(\\d+|n)"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.removeDuplicates();
    found.sort();
    return found;
}

bool hasAccelerator(QString text)
{
    return text.remove(u"&&"_s).contains(u'&');
}

QString tsPath(const QString &language)
{
    return QStringLiteral(PANELIST_SOURCE_DIR) + u"/i18n/panelist_"_s + language + u".ts"_s;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data();
    void complete();
    void englishPlurals();
    void upToDateWithTheSources();
    void installedLanguageIsShown();
    void chooseLanguage();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("French") << u"fr"_s;
}

void TestTranslations::complete()
{
    QFETCH(QString, language);
    const QList<Entry> entries = readTs(tsPath(language));
    QVERIFY2(entries.size() > 400, qPrintable(QString::number(entries.size())));
    QStringList problems;
    for (const Entry &e : entries) {
        const QString where = e.context + u": \""_s + e.source + u'"';
        if (e.unfinished) {
            problems << where + u" is unfinished"_s;
            continue;
        }
        for (const QString &text : e.texts) {
            if (text.trimmed().isEmpty())
                problems << where + u" has an empty translation"_s;
            else if (placeholders(text) != placeholders(e.source))
                problems << where + u" -> \""_s + text + u"\" has other placeholders"_s;
            else if (hasAccelerator(text) != hasAccelerator(e.source))
                problems << where + u" -> \""_s + text + u"\" has no accelerator or one too many"_s;
            else if (e.source.endsWith(u'…') != text.endsWith(u'…'))
                problems << where + u" -> \""_s + text + u"\" lost or gained its \"…\""_s;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::englishPlurals()
{
    const QList<Entry> entries = readTs(tsPath(u"en"_s));
    QVERIFY(!entries.isEmpty());
    for (const Entry &e : entries) {
        QVERIFY2(e.numerus, qPrintable(e.source)); // panelist_en.ts holds plural forms only
        QVERIFY2(!e.unfinished, qPrintable(e.source + u" is unfinished"_s));
        QCOMPARE(e.texts.size(), 2);
        QVERIFY2(
            !e.texts.at(0).contains(u"(s)"_s) && !e.texts.at(1).contains(u"(s)"_s), qPrintable(e.source));
    }
}

void TestTranslations::upToDateWithTheSources()
{
    QProcess check;
    check.setWorkingDirectory(QStringLiteral(PANELIST_SOURCE_DIR));
    check.start(u"bash"_s, { u"scripts/translations"_s, u"--check"_s });
    QVERIFY(check.waitForFinished(120000));
    QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
}

void TestTranslations::installedLanguageIsShown()
{
    const auto text = [](const char *context, const char *source, int n = -1) {
        return QCoreApplication::translate(context, source, nullptr, n);
    };
    QCOMPARE(InterfaceLanguage::install(u"en"_s), QString());
    QCOMPARE(text("panelist::CoordinatorWindow", "%n respondent(s)", 1), u"1 respondent"_s);
    QCOMPARE(text("panelist::CoordinatorWindow", "%n respondent(s)", 3), u"3 respondents"_s);
    QCOMPARE(text("HelpMenu", "&Help"), u"&Help"_s);

    // Qt's standard buttons come from qtbase_de.qm (Debian's qt6-translations-l10n).
    QCOMPARE(InterfaceLanguage::install(u"de"_s), QString());
    QCOMPARE(InterfaceLanguage::current(), u"de"_s);
    QCOMPARE(text("HelpMenu", "&Help"), u"&Hilfe"_s);
    QCOMPARE(text("panelist::AreaPage", "%n expert(s)", 1), u"1 Experte"_s);
    QCOMPARE(text("panelist::AreaPage", "%n expert(s)", 2), u"2 Experten"_s);
    QCOMPARE(text("QPlatformTheme", "Cancel"), u"Abbrechen"_s);

    QCOMPARE(InterfaceLanguage::install(u"fr"_s), QString());
    QCOMPARE(text("HelpMenu", "&Help"), u"Aid&e"_s);
    // French takes the singular for 0 too.
    QCOMPARE(text("panelist::AreaPage", "%n expert(s)", 0), u"0 expert"_s);
    QCOMPARE(text("panelist::AreaPage", "%n expert(s)", 2), u"2 experts"_s);
    QCOMPARE(text("QPlatformTheme", "Cancel"), u"Annuler"_s);

    // Back to English: nothing of the French is left.
    QCOMPARE(InterfaceLanguage::install(u"en"_s), QString());
    QCOMPARE(text("HelpMenu", "&Help"), u"&Help"_s);
    QCOMPARE(text("QPlatformTheme", "Cancel"), u"Cancel"_s);
}

void TestTranslations::chooseLanguage()
{
    QCOMPARE(InterfaceLanguage::available(), QStringList({ u"en"_s, u"de"_s, u"fr"_s }));
    QCOMPARE(*InterfaceLanguage::choose(u"DE"_s), u"de"_s);
    QCOMPARE(*InterfaceLanguage::choose(u"fr"_s), u"fr"_s);
    const auto refused = InterfaceLanguage::choose(u"xx"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.error(), u"--lang: no interface language 'xx' (there are: en, de, fr)"_s);
    // Without --lang: the first of the system's languages Panelist has (LANGUAGE, as Qt reads it on
    // Linux, once per process: nothing before this asks for them), its region not mattering.
    const QByteArray saved = qgetenv("LANGUAGE");
    qputenv("LANGUAGE", "pt_BR:fr_CA:de");
    QCOMPARE(*InterfaceLanguage::choose({}), u"fr"_s);
    qputenv("LANGUAGE", saved);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
