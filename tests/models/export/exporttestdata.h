#pragma once

// Study content for the export tests: simulated experts (anonymous: no name, no affiliation) plus
// one hand-made respondent who gave a name and an affiliation, and whose comments, affiliation and
// source file name hold everything CSV quoting must survive.

#include "models/instrument/instrument.h"
#include "models/simulate/simulate.h"
#include "models/storage/studystore.h"

#include <QList>

namespace exporttest {

using namespace Qt::StringLiterals;

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

} // namespace exporttest
