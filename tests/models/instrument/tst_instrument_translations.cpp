// Instrument texts in several languages (docs/instrument-format.md, "Translations"): the languages,
// translated() with its fallback to the main language, ids and fingerprint that stay the same, and
// every mistake of a translation with its path.
#include "models/instrument/instrumentparser.h"
#include "tests/models/instrument/tst_instrument.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace panelist;
using namespace panelist::test;

namespace {

Instrument loaded(const QByteArray &json)
{
    auto r = Instrument::fromJson(json, u"translated.json"_s);
    if (!r)
        qFatal("%s", qPrintable(r.error()));
    return *r;
}

QJsonObject translatedDocument()
{
    return QJsonDocument::fromJson(readAll(dataPath("translated.json"))).object();
}

// Every text of the instrument, in order: what a translation must replace, and only that.
QStringList texts(const Instrument &ins)
{
    QStringList out { ins.study().title };
    for (const RiskArea &a : ins.areas())
        out << a.name << a.definition;
    for (const Scale &s : ins.scales()) {
        for (const ScalePoint &p : s.points)
            out << p.label;
        out << s.dontKnowLabel;
    }
    out << ins.effectiveness().prompt << ins.feasibility().prompt << ins.comment().prompt
        << ins.combination().prompt;
    for (const Measure &m : ins.measures())
        out << m.name << m.description;
    for (const ExpertiseGroup &g : ins.expertiseGroups())
        out << g.name;
    return out;
}

// What stays the same in every language: ids, values, flags, the document and its fingerprint.
QStringList invariants(const Instrument &ins)
{
    QStringList out { ins.fingerprint(), QString::fromUtf8(ins.canonicalJson()), ins.study().id,
        ins.study().citation, ins.study().language, ins.study().languages.join(u',') };
    for (const RiskArea &a : ins.areas())
        out << a.id;
    for (const Scale &s : ins.scales()) {
        out << s.id;
        for (const ScalePoint &p : s.points)
            out << QString::number(p.value);
    }
    for (const Measure &m : ins.measures())
        out << m.id << m.status << m.tags.join(u',');
    for (const ExpertiseGroup &g : ins.expertiseGroups())
        out << g.id;
    return out;
}

} // namespace

void TestInstrument::translatedInstrumentLoads()
{
    const auto r = Instrument::fromFile(dataPath("translated.json"));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->study().language, u"en"_s);
    QCOMPARE(r->study().languages, (QStringList { u"de"_s, u"fr"_s }));
    QCOMPARE(r->languages(), (QStringList { u"en"_s, u"de"_s, u"fr"_s }));
    // The instrument itself is in the main language.
    QCOMPARE(r->areas().at(0).name, u"Cyber attacks"_s);
    QCOMPARE(r->measures().at(2).name, u"Safety drills"_s);

    // Without the keys: English, and no other language.
    const auto minimal = Instrument::fromFile(dataPath("minimal.json"));
    QVERIFY2(minimal.ok(), qPrintable(minimal.error()));
    QCOMPARE(minimal->study().language, u"en"_s);
    QVERIFY(minimal->study().languages.isEmpty());
    QCOMPARE(minimal->languages(), QStringList { u"en"_s });
    QCOMPARE(texts(minimal->translated(u"de"_s)), texts(*minimal));
    QCOMPARE(Instrument::bundled().languages(), QStringList { u"en"_s });
}

void TestInstrument::translatedTexts()
{
    const Instrument ins = Instrument::fromFile(dataPath("translated.json")).value();
    const Instrument de = ins.translated(u"de"_s);
    const QStringList german { u"Demo-Studie zu Maßnahmen gegen KI-Risiken"_s, u"Cyberangriffe"_s,
        u"KI ermöglicht groß angelegte Angriffe auf Computersysteme."_s,
        u"Diskriminierung und Voreingenommenheit"_s,
        u"KI erzeugt oder verstärkt unfaire Diskriminierung in großem Maßstab."_s,
        u"Stimme überhaupt nicht zu"_s, u"Stimme eher nicht zu"_s, u"Weder noch"_s, u"Stimme eher zu"_s,
        u"Stimme voll und ganz zu"_s, u"Weiß nicht"_s,
        u"Inwieweit stimmen Sie zu, dass diese Maßnahme {area} wirksam verringern würde?"_s,
        u"Inwieweit stimmen Sie zu, dass diese Maßnahme technisch umsetzbar ist?"_s,
        u"Anmerkungen zu dieser Maßnahme (freiwillig)"_s,
        u"Welche Maßnahmen würden Sie kombinieren, um {area} zu verringern? Wählen Sie bis zu 2."_s,
        u"Prüfungen durch Dritte"_s,
        u"Eine externe Prüfstelle untersucht das Modell, bevor es veröffentlicht wird."_s,
        u"Meldung von Vorfällen"_s, u"Schwerwiegende Vorfälle werden den Behörden gemeldet."_s,
        u"Notfallübungen"_s, u"Der Notfallplan wird regelmäßig geprobt."_s, u"IT-Sicherheit"_s,
        u"Fairness und Diskriminierung"_s };
    QCOMPARE(texts(de), german);
    QCOMPARE(invariants(de), invariants(ins));
    QCOMPARE(de.effectivenessScale().labelFor(5), u"Stimme voll und ganz zu"_s);
    QCOMPARE(de.ratingItemCount(), ins.ratingItemCount());

    const Instrument fr = ins.translated(u"fr"_s);
    QCOMPARE(fr.measures().at(1).name, u"Signalement des incidents"_s);
    QCOMPARE(fr.scales().at(0).dontKnowLabel, u"Je ne sais pas"_s);
    QCOMPARE(fr.study().title, u"Étude de démonstration sur les mesures contre les risques de l’IA"_s);
    QCOMPARE(invariants(fr), invariants(ins));

    // The main language, and a language the document does not carry: the instrument as it is.
    QCOMPARE(texts(ins.translated(u"en"_s)), texts(ins));
    QCOMPARE(texts(ins.translated(u"es"_s)), texts(ins));
    QCOMPARE(texts(ins.translated(QString())), texts(ins));
    // A translated copy translates again from the main language, not from the language it is in.
    QCOMPARE(texts(de.translated(u"en"_s)), texts(ins));
    QCOMPARE(texts(de.translated(u"fr"_s)), texts(fr));
    QCOMPARE(texts(fr.translated(u"de"_s)), german);
}

void TestInstrument::translationFallsBackToTheMainLanguage()
{
    const QJsonObject doc = edited(translatedDocument(),
        { { u"areas/0/name::de"_s, removed() }, { u"measures/1/description::de"_s, removed() },
            { u"scales/0/points/2/label::de"_s, removed() }, { u"combination/prompt::de"_s, removed() },
            { u"areas/0/name::fr"_s, removed() } });
    const Instrument ins = loaded(toBytes(doc));
    const Instrument de = ins.translated(u"de"_s);
    QCOMPARE(de.areas().at(0).name, u"Cyber attacks"_s);
    QCOMPARE(de.areas().at(0).definition, u"KI ermöglicht groß angelegte Angriffe auf Computersysteme."_s);
    QCOMPARE(de.measures().at(1).name, u"Meldung von Vorfällen"_s);
    QCOMPARE(de.measures().at(1).description, u"Serious incidents are reported to the authorities."_s);
    QCOMPARE(de.effectivenessScale().labelFor(3), u"Neither agree nor disagree"_s);
    QCOMPARE(de.effectivenessScale().labelFor(4), u"Stimme eher zu"_s);
    QCOMPARE(
        de.combination().prompt, u"Which measures would you combine to reduce {area}? Choose up to 2."_s);
    // Missing in French as well: English, not the German the copy was in.
    QCOMPARE(de.translated(u"fr"_s).areas().at(0).name, u"Cyber attacks"_s);
    QCOMPARE(de.translated(u"fr"_s).areas().at(1).name, u"Discrimination et biais"_s);

    // A language declared but not translated at all: every text in the main language.
    const Instrument onlyDeclared
        = loaded(toBytes(edited(m_minimal, { { u"study/languages"_s, QJsonArray { u"it"_s } } })));
    QCOMPARE(onlyDeclared.languages(), (QStringList { u"en"_s, u"it"_s }));
    QCOMPARE(texts(onlyDeclared.translated(u"it"_s)), texts(onlyDeclared));
}

void TestInstrument::translationsAreInTheFingerprint()
{
    const QJsonObject doc = translatedDocument();
    const Instrument ins = loaded(toBytes(doc));
    // Another translation is another instrument; so is another main language.
    const Instrument other
        = loaded(toBytes(edited(doc, { { u"measures/0/name::fr"_s, u"Audits externes"_s } })));
    QVERIFY(other.fingerprint() != ins.fingerprint());
    const Instrument fewer = loaded(toBytes(edited(doc, { { u"measures/0/name::fr"_s, removed() } })));
    QVERIFY(fewer.fingerprint() != ins.fingerprint());
    const Instrument english = loaded(toBytes(edited(doc, { { u"study/language"_s, removed() } })));
    QVERIFY(english.fingerprint() != ins.fingerprint());
    QCOMPARE(english.languages(), ins.languages());
    // A main language other than English, with a region, and a language with a script.
    const Instrument portuguese = loaded(toBytes(edited(m_minimal,
        { { u"study/language"_s, u"pt-BR"_s }, { u"study/languages"_s, QJsonArray { u"en"_s, u"zh-Hant"_s } },
            { u"areas/1/name::zh-Hant"_s, u"歧視與偏見"_s } })));
    QCOMPARE(portuguese.languages(), (QStringList { u"pt-BR"_s, u"en"_s, u"zh-Hant"_s }));
    QCOMPARE(portuguese.translated(u"zh-Hant"_s).areas().at(1).name, u"歧視與偏見"_s);
    QCOMPARE(portuguese.translated(u"en"_s).areas().at(1).name, u"Discrimination and bias"_s);
    // Definitions and descriptions may be empty in any language, as in the main one.
    const Instrument empty = loaded(toBytes(edited(doc, { { u"measures/0/description::de"_s, u""_s } })));
    QCOMPARE(empty.translated(u"de"_s).measures().at(0).description, QString());
}

void TestInstrument::translationProblems_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("problems");
    const QJsonObject doc = translatedDocument();
    const auto row = [](const char *name, const QJsonObject &base, std::initializer_list<JsonEdit> edits,
                         const QStringList &p) { QTest::newRow(name) << toBytes(edited(base, edits)) << p; };
    // The edited documents have their keys sorted (QJsonDocument), so the problems come in that order.
    const QString code = u"expected a language code such as \"de\" or \"pt-BR\", found "_s;

    row("main language not a code", doc, { { u"study/language"_s, u"English"_s } },
        { u"$.study.language: "_s + code + u"the string \"English\""_s });
    row("main language upper case", doc, { { u"study/language"_s, u"EN"_s } },
        { u"$.study.language: "_s + code + u"the string \"EN\""_s });
    row("main language a number", doc, { { u"study/language"_s, 1 } },
        { u"$.study.language: "_s + code + u"a number (1)"_s });
    row("languages not an array", doc, { { u"study/languages"_s, u"de, fr"_s } },
        { u"$.study.languages: expected an array, found the string \"de, fr\""_s });
    // A refused list of languages: the translations are not also reported as undeclared.
    row("a language not a code", doc, { { u"study/languages/1"_s, u"fr_FR"_s } },
        { u"$.study.languages[1]: "_s + code + u"the string \"fr_FR\""_s });
    row("a language twice", doc, { { u"study/languages/2"_s, u"de"_s } },
        { u"$.study.languages[2]: duplicate language \"de\" (already at $.study.languages[0])"_s });
    row("the main language among the others", doc, { { u"study/languages/2"_s, u"en"_s } },
        { u"$.study.languages[2]: expected a language other than the main language (\"en\"), found \"en\""_s });
    row("translation into an undeclared language", doc,
        { { u"measures/1/name::es"_s, u"Notificación de incidentes"_s },
            { u"questions/effectiveness/prompt::de-CH"_s, u"Wie wirksam gegen {area}?"_s } },
        { u"$.measures[1][\"name::es\"]: unknown language \"es\"; expected a translation into one of "
          u"$.study.languages (de, fr)"_s,
            u"$.questions.effectiveness[\"prompt::de-CH\"]: unknown language \"de-CH\"; expected a "
            u"translation "
            u"into one of $.study.languages (de, fr)"_s });
    row("translation without languages", m_minimal, { { u"areas/0/name::de"_s, u"Cyberangriffe"_s } },
        { u"$.areas[0][\"name::de\"]: unknown language \"de\"; expected a translation into one of "
          u"$.study.languages (none declared)"_s });
    row("translation into the main language", doc, { { u"profile/expertise/0/name::en"_s, u"Security"_s } },
        { u"$.profile.expertise[0][\"name::en\"]: unknown language \"en\"; expected a translation into one "
          u"of "
          u"$.study.languages (de, fr)"_s });
    row("a key that is not translated", doc,
        { { u"measures/0/status::de"_s, u"bestätigt"_s }, { u"areas/1/id::fr"_s, u"biais"_s },
            { u"scales/0/id::de"_s, u"zustimmung5"_s }, { u"study/citation::de"_s, u"Beispiel"_s } },
        { u"$.areas[1][\"id::fr\"]: unknown key; expected one of: id, name, definition; translations: "
          u"name::LANG, definition::LANG"_s,
            u"$.measures[0][\"status::de\"]: unknown key; expected one of: id, name, description, status, "
            u"tags, "
            u"questions; translations: name::LANG, description::LANG"_s,
            u"$.scales[0][\"id::de\"]: unknown key; expected one of: id, points, dont_know"_s,
            u"$.study[\"citation::de\"]: unknown key; expected one of: id, title, citation, notes, language, "
            u"languages; translations: title::LANG"_s });
    row("translations follow the rules of the main text", doc,
        { { u"study/title::de"_s, u""_s }, { u"areas/1/name::fr"_s, u"  "_s },
            { u"areas/1/definition::fr"_s, QJsonValue() }, { u"scales/0/points/2/label::de"_s, 3 },
            { u"scales/0/dont_know/label::fr"_s, u""_s }, { u"questions/comment/prompt::de"_s, u" "_s },
            { u"combination/prompt::fr"_s, QJsonArray {} }, { u"profile/expertise/1/name::de"_s, u""_s } },
        { u"$.areas[1][\"definition::fr\"]: expected a string, found null"_s,
            u"$.areas[1][\"name::fr\"]: expected a non-empty string, found the string \"  \""_s,
            u"$.combination[\"prompt::fr\"]: expected a non-empty string, found an array"_s,
            u"$.profile.expertise[1][\"name::de\"]: expected a non-empty string, found an empty string"_s,
            u"$.questions.comment[\"prompt::de\"]: expected a non-empty string, found the string \" \""_s,
            u"$.scales[0].dont_know[\"label::fr\"]: expected a non-empty string, found an empty string"_s,
            u"$.scales[0].points[2][\"label::de\"]: expected a non-empty string, found a number (3)"_s,
            u"$.study[\"title::de\"]: expected a non-empty string, found an empty string"_s });
}

void TestInstrument::translationProblems()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, problems);
    const JsonReading<Instrument> reading = InstrumentParser::read(json);
    QVERIFY(!reading.value);
    QStringList lines;
    for (const JsonProblem &p : reading.problems)
        lines << p.toString();
    QCOMPARE(lines, problems);
}

// The example in docs/instrument-format.md, "Translations", is a valid instrument with the texts it
// says.
void TestInstrument::documentedTranslationExample()
{
    const QString doc
        = QString::fromUtf8(readAll(QStringLiteral(PANELIST_SOURCE_DIR) + u"/docs/instrument-format.md"_s));
    const qsizetype section = doc.indexOf(u"\n## Translations"_s);
    QVERIFY(section > 0);
    const qsizetype start = doc.indexOf(u"```json\n"_s, section);
    QVERIFY(start > 0);
    const qsizetype end = doc.indexOf(u"```"_s, start + 8);
    QVERIFY(end > start);
    const auto r
        = Instrument::fromJson(doc.mid(start + 8, end - start - 8).toUtf8(), u"instrument-format.md"_s);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->languages(), (QStringList { u"en"_s, u"de"_s, u"fr"_s }));
    QCOMPARE(r->translated(u"de"_s).areas().at(0).name, u"Cyberangriffe"_s);
    QCOMPARE(r->translated(u"fr"_s).areas().at(0).name, u"Cyber attacks"_s); // no French name: English
}
