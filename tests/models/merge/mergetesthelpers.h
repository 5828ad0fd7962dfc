#pragma once

// Shared by the merge tests: generated responses, response files written through ResponseStore,
// file hashes, byte surgery, and "study content" as the merge rules define it.

#include "models/instrument/instrument.h"
#include "models/response/interchange.h"
#include "models/response/responsedata.h"
#include "models/storage/responsefilewriter.h"
#include "models/storage/studystore.h"
#include "tests/common/filebytes.h"
#include "tests/common/sqliteexec.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace panelist::mergetest {

using namespace Qt::StringLiterals;
using namespace panelist::testfiles;

inline const Instrument &instrument()
{
    static const Instrument ins = Instrument::bundled();
    return ins;
}

// A plausible complete-ish response: every rating present with probability 0.9, a few comments,
// up to the maximum number of picks per area. Deterministic for a given generator state.
inline ResponseData generateResponse(QRandomGenerator &rng, const QUuid &respondent, int revision)
{
    const Instrument &ins = instrument();
    ResponseData r;
    r.instrumentFingerprint = ins.fingerprint();
    r.respondentId = respondent;
    r.revision = revision;
    r.createdAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    r.submittedAt = r.createdAt.addSecs(3600 * revision);
    r.expertise = { ins.expertiseGroups().at(int(rng.bounded(ins.expertiseGroups().size()))).id };
    const auto rating
        = [&rng] { return rng.bounded(10) == 0 ? Rating::unknown() : Rating::of(1 + int(rng.bounded(5))); };
    for (const Measure &m : ins.measures()) {
        for (const RiskArea &a : ins.areas()) {
            if (rng.bounded(10) != 0)
                r.effectiveness[m.id].insert(a.id, rating());
        }
        if (rng.bounded(10) != 0)
            r.feasibility.insert(m.id, rating());
        if (rng.bounded(8) == 0)
            r.comments.insert(m.id,
                u"Comment %1 on %2, with \"quotes\", commas and\nnewlines: ü 日本"_s.arg(rng.generate())
                    .arg(m.id));
    }
    for (const QString &scope : ins.combinationScopes()) {
        QStringList picks;
        const int n = 1 + int(rng.bounded(ins.combination().maxPicks));
        while (picks.size() < n) {
            const QString id = ins.measures().at(int(rng.bounded(ins.measures().size()))).id;
            if (!picks.contains(id))
                picks.append(id);
        }
        r.combinations.insert(scope, picks);
    }
    return r;
}

inline bool writeResponse(const QString &path, const ResponseData &data, const Instrument &ins = instrument())
{
    const Status s = writeNewResponseFile(path, data, ins);
    if (!s)
        qWarning("%s", qPrintable(s.error()));
    return bool(s);
}

// Study content as the merge rules define it: every kept version (answers, answer times, created and
// submitted times, provenance, whether it counts) and every conflict with its choice. Import times and
// the import log are left out: they record when, not what.
inline QString studyContent(const StudyStore &study)
{
    QStringList lines;
    const auto versions = study.allVersions();
    if (!versions)
        return u"ERROR: "_s + versions.error();
    for (const StudyResponse &v : *versions) {
        QJsonObject o = toInterchange(v.data);
        QStringList times;
        for (auto m = v.data.effectiveness.cbegin(); m != v.data.effectiveness.cend(); ++m)
            for (auto a = m.value().cbegin(); a != m.value().cend(); ++a)
                times << a.value().answeredAt.toString(Qt::ISODateWithMs);
        for (const Rating &f : v.data.feasibility)
            times << f.answeredAt.toString(Qt::ISODateWithMs);
        lines << u"version %1 rev %2 counts=%3 source=%4 sha=%5 created=%6 times=%7 %8"_s.arg(
            v.data.respondentId.toString(), QString::number(v.data.revision), v.counts ? u"yes"_s : u"no"_s,
            v.sourceName, v.sourceSha256, v.data.createdAt.toString(Qt::ISODateWithMs), times.join(u','),
            QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    }
    const auto conflicts = study.conflicts();
    if (!conflicts)
        return u"ERROR: "_s + conflicts.error();
    for (const StudyConflict &k : *conflicts) {
        QStringList candidates;
        QString chosen;
        for (const StudyResponse &v : k.versions) {
            candidates << v.contentSha256;
            if (v.versionId == k.chosenVersionId)
                chosen = v.contentSha256;
        }
        candidates.sort();
        lines << u"conflict %1 rev %2 resolved=%3 chosen=%4 candidates=%5"_s.arg(k.respondentId.toString(),
            QString::number(k.revision), k.resolved ? u"yes"_s : u"no"_s, chosen, candidates.join(u','));
    }
    std::sort(lines.begin(), lines.end());
    return lines.join(u'\n');
}

// Files whose names end in SQLite companion suffixes in folder (none may appear beside a source).
inline QStringList companionsIn(const QString &folder)
{
    QStringList out;
    for (const QString &name : QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (name.endsWith(u"-wal"_s) || name.endsWith(u"-shm"_s) || name.endsWith(u"-journal"_s))
            out << name;
    }
    return out;
}

} // namespace panelist::mergetest
