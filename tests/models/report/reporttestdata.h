#pragma once

// Hand-computed studies for the report tests (see tst_report.cpp for the expected figures).

#include "models/instrument/instrument.h"
#include "models/response/responsedata.h"

#include <QList>
#include <QMap>
#include <QStringList>
#include <QUuid>

namespace reporttest {

using namespace Qt::StringLiterals;

// Three areas (nobody rates a3: the empty area), three measures, feasibility, combination per
// area with up to 3 picks, three expertise groups (nobody is in g3).
inline const char perAreaJson[] = R"({
  "format": "panelist-instrument", "version": 1,
  "study": {"id": "rep1", "title": "Report study <one> & co", "citation": "Doe, J. (2026). \"Hand\" study."},
  "areas": [{"id": "a1", "name": "Area one", "definition": "first"},
            {"id": "a2", "name": "Area two", "definition": "second"},
            {"id": "a3", "name": "Area three", "definition": "nobody rates it"}],
  "scales": [{"id": "agree", "dont_know": {"label": "Don't know"},
              "points": [{"value": 1, "label": "SD"}, {"value": 2, "label": "D"},
                         {"value": 3, "label": "N"}, {"value": 4, "label": "A"},
                         {"value": 5, "label": "SA"}]}],
  "questions": {"effectiveness": {"scale": "agree", "prompt": "Effective in {area}?"},
                "feasibility": {"scale": "agree", "prompt": "Feasible?"}},
  "measures": [{"id": "m1", "name": "Measure one, \"quoted\"", "description": "first"},
               {"id": "m2", "name": "Measure two <b>", "description": "second"},
               {"id": "m3", "name": "Measure three & more", "description": "third"}],
  "combination": {"scope": "per-area", "max_picks": 3, "prompt": "Pick"},
  "profile": {"expertise": [{"id": "g1", "name": "G one"}, {"id": "g2", "name": "G two"},
                            {"id": "g3", "name": "Nobody"}]},
  "thresholds": {"agreement": 0.6, "selection": 0.4}
})";

// Two areas, two measures, no feasibility question, one overall combination; thresholds 0.5.
inline const char overallJson[] = R"({
  "format": "panelist-instrument", "version": 1,
  "study": {"id": "rep2", "title": "Report study two"},
  "areas": [{"id": "a1", "name": "Area one", "definition": "first"},
            {"id": "a2", "name": "Area two", "definition": "second"}],
  "scales": [{"id": "agree",  "dont_know": {"label": "Don't know"},
              "points": [{"value": 1, "label": "SD"}, {"value": 2, "label": "D"},
                         {"value": 3, "label": "N"}, {"value": 4, "label": "A"},
                         {"value": 5, "label": "SA"}]}],
  "questions": {"effectiveness": {"scale": "agree", "prompt": "Effective in {area}?"}},
  "measures": [{"id": "m1", "name": "One", "description": "first"},
               {"id": "m2", "name": "Two", "description": "second"}],
  "combination": {"scope": "overall", "max_picks": 2, "prompt": "Pick"},
  "profile": {"expertise": [{"id": "g1", "name": "G one"}]},
  "thresholds": {"agreement": 0.5, "selection": 0.5}
})";

inline panelist::Instrument load(const char *json)
{
    auto r = panelist::Instrument::fromJson(QByteArray(json), u"test instrument"_s);
    if (!r)
        qFatal("%s", qUtf8Printable(r.error()));
    return std::move(r).value();
}

// -1 = don't know, 0 = unanswered, 1..5 = scale value.
struct Respondent
{
    QStringList expertise;
    QMap<QString, QList<int>> effectiveness; // measure -> per area, in area order
    QMap<QString, int> feasibility;
    QMap<QString, QStringList> combinations;
};

inline panelist::Rating rating(int v)
{
    return v < 0 ? panelist::Rating::unknown() : panelist::Rating::of(v);
}

inline panelist::ResponseData response(const panelist::Instrument &ins, const Respondent &spec, int index)
{
    panelist::ResponseData r;
    r.instrumentFingerprint = ins.fingerprint();
    r.respondentId = QUuid(u"00000000-0000-4000-8000-%1"_s.arg(index, 12, 10, QLatin1Char('0')));
    r.revision = 1;
    r.expertise = spec.expertise;
    for (auto it = spec.effectiveness.cbegin(); it != spec.effectiveness.cend(); ++it) {
        for (qsizetype a = 0; a < it.value().size(); ++a) {
            if (it.value().at(a) != 0)
                r.effectiveness[it.key()][ins.areas().at(a).id] = rating(it.value().at(a));
        }
    }
    for (auto it = spec.feasibility.cbegin(); it != spec.feasibility.cend(); ++it) {
        if (it.value() != 0)
            r.feasibility[it.key()] = rating(it.value());
    }
    r.combinations = spec.combinations;
    return r;
}

// Study 1 (perAreaJson): four respondents.
inline QList<panelist::ResponseData> perAreaResponses(const panelist::Instrument &ins)
{
    const QList<Respondent> specs = {
        { { u"g1"_s }, { { u"m1"_s, { 5, 4 } }, { u"m2"_s, { -1, 2 } }, { u"m3"_s, { -1 } } },
            { { u"m1"_s, 4 }, { u"m2"_s, -1 } },
            { { u"a1"_s, { u"m1"_s, u"m2"_s } }, { u"a2"_s, { u"m1"_s } } } },
        { { u"g1"_s, u"g2"_s }, { { u"m1"_s, { 4, 5 } }, { u"m2"_s, { -1, 3 } }, { u"m3"_s, { -1 } } },
            { { u"m1"_s, 5 } }, { { u"a1"_s, { u"m2"_s, u"m1"_s } }, { u"a2"_s, {} } } },
        { { u"g2"_s }, { { u"m1"_s, { 2, 4 } }, { u"m2"_s, { -1 } }, { u"m3"_s, { -1 } } },
            { { u"m1"_s, 2 }, { u"m2"_s, 3 } }, { { u"a1"_s, { u"m1"_s } } } },
        { { u"g2"_s }, { { u"m1"_s, { 4 } }, { u"m2"_s, { -1, 5 } } }, {},
            { { u"a1"_s, { u"m1"_s, u"m3"_s } } } },
    };
    QList<panelist::ResponseData> out;
    for (qsizetype i = 0; i < specs.size(); ++i)
        out.append(response(ins, specs.at(i), int(i) + 1));
    return out;
}

// Study 2 (overallJson): three respondents; m1 stands out.
inline QList<panelist::ResponseData> overallResponses(const panelist::Instrument &ins)
{
    const QList<Respondent> specs = {
        { { u"g1"_s }, { { u"m1"_s, { 5, 4 } }, { u"m2"_s, { 1, 3 } } }, {},
            { { u"overall"_s, { u"m1"_s, u"m2"_s } } } },
        { {}, { { u"m1"_s, { 4, 5 } }, { u"m2"_s, { 4, -1 } } }, {}, { { u"overall"_s, { u"m1"_s } } } },
        { {}, { { u"m1"_s, { 2, 4 } } }, {}, { { u"overall"_s, {} } } },
    };
    QList<panelist::ResponseData> out;
    for (qsizetype i = 0; i < specs.size(); ++i)
        out.append(response(ins, specs.at(i), int(i) + 1));
    return out;
}

} // namespace reporttest
