// Every way the loader must refuse an instrument, each built by editing the valid minimal example.
#include "tests/models/instrument/tst_instrument.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace panelist;
using namespace panelist::test;

namespace {

QJsonObject point(int value, const QString &label)
{
    return QJsonObject { { u"value"_s, value }, { u"label"_s, label } };
}

} // namespace

void TestInstrument::rejectsBadInstrument_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("phrase");
    const auto bad = [this](const char *name, std::initializer_list<JsonEdit> edits, const char *path,
                         const char *phrase) {
        QTest::newRow(name) << toBytes(edited(m_minimal, edits)) << QString::fromUtf8(path)
                            << QString::fromUtf8(phrase);
    };
    const auto badText = [](const char *name, const char *text, const char *path, const char *phrase) {
        QTest::newRow(name) << QByteArray(text) << QString::fromUtf8(path) << QString::fromUtf8(phrase);
    };
    const QString longId(65, u'x');

    // Not JSON, or not an instrument at all.
    badText("truncated JSON", R"({"format": "panelist-instrument", )", "$",
        "not valid JSON at line 1, column 34: string or '}' expected near end of file");
    badText("missing comma", "{\n\"format\": \"panelist-instrument\"\n\"version\": 1}", "$",
        "not valid JSON at line 3, column 9: '}' expected near '\"version\"'");
    badText("empty file", "", "$", "not valid JSON at line 1, column 1: unexpected token near end of file");
    badText("top level is an array", "[1, 2]", "$", "expected an object, found an array");
    bad("format missing", { { u"format"_s, removed() } }, "$.format", "required key is missing");
    bad("wrong format name", { { u"format"_s, u"panelist-response"_s } }, "$.format",
        R"(expected "panelist-instrument", found the string "panelist-response")");
    bad("newer version", { { u"version"_s, 2 } }, "$.version", "version 2 is newer");
    bad("version zero", { { u"version"_s, 0 } }, "$.version", "expected a whole number from 1");
    bad("version as string", { { u"version"_s, u"1"_s } }, "$.version", "found the string \"1\"");
    bad("version fractional", { { u"version"_s, 1.5 } }, "$.version", "found a number (1.5)");

    // Unknown keys, at every level.
    bad("unknown top-level key", { { u"extra"_s, true } }, "$.extra", "unknown key; expected one of");
    bad("unknown study key", { { u"study/year"_s, 2024 } }, "$.study.year", "unknown key");
    bad("unknown area key", { { u"areas/1/colour"_s, u"red"_s } }, "$.areas[1].colour", "unknown key");
    bad("unknown measure key", { { u"measures/2/Name"_s, u"x"_s } }, "$.measures[2].Name", "unknown key");
    bad("unknown point key", { { u"scales/0/points/1/weight"_s, 1 } }, "$.scales[0].points[1].weight",
        "unknown key");
    bad("unknown question", { { u"questions/importance"_s, QJsonObject {} } }, "$.questions.importance",
        "unknown key");
    bad("odd unknown key is quoted", { { u"thresholds/agree ment"_s, 1 } }, "$.thresholds[\"agree ment\"]",
        "unknown key");

    // Missing required keys.
    bad("study missing", { { u"study"_s, removed() } }, "$.study", "required key is missing");
    bad("study title missing", { { u"study/title"_s, removed() } }, "$.study.title",
        "required key is missing; expected a non-empty string");
    bad("areas missing", { { u"areas"_s, removed() } }, "$.areas", "required key is missing");
    bad("scales missing", { { u"scales"_s, removed() } }, "$.scales", "required key is missing");
    bad("questions missing", { { u"questions"_s, removed() } }, "$.questions", "required key is missing");
    bad("measure name missing", { { u"measures/1/name"_s, removed() } }, "$.measures[1].name",
        "required key is missing");
    bad("area definition missing", { { u"areas/0/definition"_s, removed() } }, "$.areas[0].definition",
        "required key is missing; expected a string");
    bad("profile missing", { { u"profile"_s, removed() } }, "$.profile", "required key is missing");
    bad("expertise missing", { { u"profile/expertise"_s, removed() } }, "$.profile.expertise",
        "required key is missing; expected an array");
    bad("thresholds missing", { { u"thresholds"_s, removed() } }, "$.thresholds", "required key is missing");
    bad("selection threshold missing", { { u"thresholds/selection"_s, removed() } }, "$.thresholds.selection",
        "required key is missing");
    bad("question prompt missing", { { u"questions/feasibility/prompt"_s, removed() } },
        "$.questions.feasibility.prompt", "required key is missing");
    bad("dont_know label missing", { { u"scales/0/dont_know/label"_s, removed() } },
        "$.scales[0].dont_know.label", "required key is missing");
    bad("max_picks missing", { { u"combination/max_picks"_s, removed() } }, "$.combination.max_picks",
        "required key is missing");

    // Wrong types.
    bad("area name is a number", { { u"areas/0/name"_s, 3 } }, "$.areas[0].name",
        "expected a non-empty string, found a number (3)");
    bad("areas is an object", { { u"areas"_s, QJsonObject {} } }, "$.areas",
        "expected an array, found an object");
    bad("measure is a string", { { u"measures/2"_s, u"drills"_s } }, "$.measures[2]",
        "expected an object, found the string \"drills\"");
    bad("tag is a number", { { u"measures/0/tags/1"_s, 7 } }, "$.measures[0].tags[1]",
        "expected a non-empty string, found a number (7)");
    bad("note is null", { { u"study/notes/0"_s, QJsonValue() } }, "$.study.notes[0]",
        "expected a non-empty string, found null");
    bad("threshold is a string", { { u"thresholds/agreement"_s, u"0.6"_s } }, "$.thresholds.agreement",
        "found the string \"0.6\"");
    bad("point value is a string", { { u"scales/0/points/0/value"_s, u"1"_s } },
        "$.scales[0].points[0].value", "expected a whole number");
    bad("point value fractional", { { u"scales/0/points/0/value"_s, 0.5 } }, "$.scales[0].points[0].value",
        "found a number (0.5)");
    bad("dont_know is a boolean", { { u"scales/0/dont_know"_s, true } }, "$.scales[0].dont_know",
        "expected an object, found a boolean (true)");
    bad("scope is a number", { { u"combination/scope"_s, 1 } }, "$.combination.scope",
        "expected a string, found a number (1)");
    bad("status is a list", { { u"measures/0/status"_s, QJsonArray {} } }, "$.measures[0].status",
        "expected a string, found an array");

    // Empty strings and malformed ids.
    bad("empty measure id", { { u"measures/0/id"_s, u""_s } }, "$.measures[0].id",
        "expected an id of 1 to 64 letters");
    bad("id with a space", { { u"areas/1/id"_s, u"civil rights"_s } }, "$.areas[1].id",
        "found the string \"civil rights\"");
    bad("id too long", { { u"measures/1/id"_s, longId } }, "$.measures[1].id", "expected an id");
    bad("id is a number", { { u"profile/expertise/0/id"_s, 5 } }, "$.profile.expertise[0].id",
        "expected an id (a string), found a number");
    bad("study id with a slash", { { u"study/id"_s, u"a/b"_s } }, "$.study.id", "expected an id");
    bad("empty area name", { { u"areas/0/name"_s, u""_s } }, "$.areas[0].name",
        "expected a non-empty string, found an empty string");
    bad("blank measure name", { { u"measures/0/name"_s, u"   "_s } }, "$.measures[0].name",
        "expected a non-empty string");
    bad("empty expertise name", { { u"profile/expertise/1/name"_s, u""_s } }, "$.profile.expertise[1].name",
        "non-empty string");
    bad("empty point label", { { u"scales/0/points/2/label"_s, u""_s } }, "$.scales[0].points[2].label",
        "non-empty string");
    bad("empty study title", { { u"study/title"_s, u""_s } }, "$.study.title", "non-empty string");

    // Duplicate ids.
    bad("duplicate area id", { { u"areas/1/id"_s, u"cyber"_s } }, "$.areas[1].id",
        "duplicate id \"cyber\" (already used by $.areas[0].id)");
    bad("duplicate measure id", { { u"measures/2/id"_s, u"audits"_s } }, "$.measures[2].id",
        "duplicate id \"audits\" (already used by $.measures[0].id)");
    bad("duplicate scale id",
        { { u"scales/1"_s,
            QJsonObject { { u"id"_s, u"agree5"_s },
                { u"points"_s, QJsonArray { point(0, u"No"_s), point(1, u"Yes"_s) } } } } },
        "$.scales[1].id", "duplicate id \"agree5\"");
    bad("duplicate expertise id", { { u"profile/expertise/1/id"_s, u"security"_s } },
        "$.profile.expertise[1].id", "duplicate id \"security\"");
    bad("duplicate point value", { { u"scales/0/points/1/value"_s, 1 } }, "$.scales[0].points[1].value",
        "duplicate value 1 (already used by $.scales[0].points[0])");

    // Scales.
    bad("descending points", { { u"scales/0/points/4/value"_s, 0 } }, "$.scales[0].points[4].value",
        "expected points in strictly ascending value order, found 0 after 4");
    bad("scale with one point", { { u"scales/0/points"_s, QJsonArray { point(1, u"Yes"_s) } } },
        "$.scales[0].points", "expected at least 2 points, found 1");
    bad("scale with no points", { { u"scales/0/points"_s, QJsonArray {} } }, "$.scales[0].points",
        "expected at least 2 points, found none");
    bad("point value absurd", { { u"scales/0/points/4/value"_s, 1e12 } }, "$.scales[0].points[4].value",
        "expected a whole number from -1000000 to 1000000");

    // References.
    bad("effectiveness scale undefined", { { u"questions/effectiveness/scale"_s, u"agree7"_s } },
        "$.questions.effectiveness.scale", "refers to undefined scale \"agree7\"");
    bad("feasibility scale undefined", { { u"questions/feasibility/scale"_s, u"feasible"_s } },
        "$.questions.feasibility.scale",
        "undefined scale \"feasible\"; expected one of $.scales[*].id (agree5)");
    bad("measure names unknown question", { { u"measures/0/questions"_s, QJsonArray { u"importance"_s } } },
        "$.measures[0].questions[0]", "expected one of: effectiveness, feasibility, comment");
    bad("measure names disabled question", { { u"questions/comment"_s, removed() } },
        "$.measures[2].questions[1]", "question \"comment\" is not enabled");
    bad("measure names a question twice",
        { { u"measures/1/questions"_s, QJsonArray { u"feasibility"_s, u"feasibility"_s } } },
        "$.measures[1].questions[1]", "listed twice");

    // Counts and ranges.
    bad("no areas", { { u"areas"_s, QJsonArray {} } }, "$.areas", "expected at least 1 area, found none");
    bad("no measures", { { u"measures"_s, QJsonArray {} } }, "$.measures",
        "expected at least 1 measure, found none");
    bad("max_picks zero", { { u"combination/max_picks"_s, 0 } }, "$.combination.max_picks",
        "expected a whole number from 1");
    bad("max_picks negative", { { u"combination/max_picks"_s, -5 } }, "$.combination.max_picks",
        "found a number (-5)");
    bad("max_picks above measure count", { { u"combination/max_picks"_s, 4 } }, "$.combination.max_picks",
        "expected at most 3 (the number of measures), found 4");
    bad("unknown scope", { { u"combination/scope"_s, u"global"_s } }, "$.combination.scope",
        R"(expected "per-area" or "overall", found the string "global")");
    bad("agreement threshold above 1", { { u"thresholds/agreement"_s, 1.5 } }, "$.thresholds.agreement",
        "expected a number from 0 to 1, found a number (1.5)");
    bad("selection threshold negative", { { u"thresholds/selection"_s, -0.1 } }, "$.thresholds.selection",
        "found a number (-0.1)");
    bad("comment max_length zero", { { u"questions/comment/max_length"_s, 0 } },
        "$.questions.comment.max_length", "expected a whole number from 1 to 1000000");
    bad("comment max_length huge", { { u"questions/comment/max_length"_s, 1000001 } },
        "$.questions.comment.max_length", "found a number (1000001)");
}
