// Benchmark (not a CTest test; run by scripts/bench): merge N generated response files into a new
// study with every check on, then copy the same files into another new study with a bare
// ATTACH + INSERT ... SELECT loop and no checks at all (the floor). Both studies use the same schema,
// WAL, synchronous=FULL and one transaction per file, so the ratio is the price of the checks.
//
// Each is run three times, alternating, and the fastest run of each is compared.
//
//   bench_merge [--files N] [--dir DIR]     (N defaults to 10000; DIR to a temporary folder)

#include "models/instrument/instrument.h"
#include "models/merge/merger.h"
#include "models/storage/responsestore.h"
#include "models/storage/sqliteconnection.h"
#include "models/storage/studystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <utility>

#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace panelist;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// Processor time of this process, user and system: on a shared machine the wall clock also counts
// other programs.
std::pair<double, double> cpuUserSystem()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return { seconds(u.ru_utime), seconds(u.ru_stime) };
}

bool fail(const QString &what)
{
    QTextStream(stderr) << "bench_merge: " << what << '\n';
    return false;
}

bool execAll(QSqlQuery &q, const QString &sql)
{
    return q.exec(sql) || fail(sql + u": "_s + q.lastError().text());
}

// Fills a copy of an empty response file (made by ResponseStore::create) with plausible answers.
// Plain SQL with synchronous=OFF: generating 10,000 files must not take longer than merging them.
bool fillResponse(
    const QString &path, const Instrument &ins, QRandomGenerator &rng, const QUuid &id, int revision)
{
    const QString name = u"bench-fill"_s;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open())
            return fail(path + u": cannot open"_s);
        QSqlQuery q(db);
        ok = execAll(q, u"PRAGMA synchronous = OFF"_s) && execAll(q, u"BEGIN"_s);
        const auto run = [&](const QString &sql, const QVariantList &values) {
            q.prepare(sql);
            for (const QVariant &v : values)
                q.addBindValue(v);
            return q.exec() || fail(sql + u": "_s + q.lastError().text());
        };
        const QString at = u"2026-11-01T09:00:00.000Z"_s;
        const QString rating
            = u"INSERT INTO rating (measure, area, dont_know, value, answered_at) VALUES (?, ?, ?, ?, ?)"_s;
        ok = ok
            && run(u"UPDATE meta SET value = ? WHERE key = 'respondent_id'"_s,
                { id.toString(QUuid::WithoutBraces) })
            && run(u"UPDATE meta SET value = ? WHERE key = 'revision'"_s, { QString::number(revision) })
            && run(u"UPDATE meta SET value = ? WHERE key = 'submitted_at'"_s, { at });
        for (const Measure &m : ins.measures()) {
            QStringList areas;
            for (const RiskArea &a : ins.areas())
                areas << a.id;
            areas << QString(u""_s); // feasibility
            for (const QString &area : areas) {
                const bool dontKnow = rng.bounded(12) == 0;
                ok = ok
                    && run(rating,
                        { m.id, area, dontKnow ? 1 : 0,
                            dontKnow ? QVariant() : QVariant(1 + int(rng.bounded(5))), at });
            }
            if (rng.bounded(6) == 0)
                ok = ok
                    && run(u"INSERT INTO comment (measure, text, updated_at) VALUES (?, ?, ?)"_s,
                        { m.id, u"Comment on %1: \"costly\", but feasible; ü 日本"_s.arg(m.id), at });
        }
        for (const QString &scope : ins.combinationScopes()) {
            QStringList picks;
            while (picks.size() < ins.combination().maxPicks) {
                const QString m = ins.measures().at(int(rng.bounded(ins.measures().size()))).id;
                if (!picks.contains(m))
                    picks << m;
            }
            for (qsizetype i = 0; i < picks.size(); ++i)
                ok = ok
                    && run(u"INSERT INTO pick (scope, measure, position) VALUES (?, ?, ?)"_s,
                        { scope, picks.at(i), i });
        }
        ok = ok
            && run(u"INSERT INTO expertise (group_id, position) VALUES (?, 0)"_s,
                { ins.expertiseGroups().at(int(rng.bounded(ins.expertiseGroups().size()))).id })
            && execAll(q, u"COMMIT"_s);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool generate(const QString &folder, int count, const Instrument &ins, QStringList &files)
{
    const QString empty = QDir(folder).filePath(u"empty.template"_s);
    {
        auto store
            = ResponseStore::create(empty, ins.canonicalJson(), ins.fingerprint(), QUuid::createUuid());
        if (!store)
            return fail(store.error());
    }
    QRandomGenerator rng(20261128);
    const int respondents = qMax(1, count * 4 / 5); // a fifth of the files are a second revision
    for (int i = 0; i < count; ++i) {
        const QString path = QDir(folder).filePath(u"in/r%1.panelist-response"_s.arg(i, 5, 10, QChar(u'0')));
        const QUuid id
            = QUuid::fromString(u"00000000-0000-4000-8000-%1"_s.arg(i % respondents, 12, 10, QChar(u'0')));
        if (!QFile::copy(empty, path) || !fillResponse(path, ins, rng, id, 1 + i / respondents))
            return fail(path + u": could not generate"_s);
        files << path;
    }
    return true;
}

// The floor: the rows a merge stores for a file (the version, its answers copied straight from the
// attached file, counting data of the same size, who counts, the change log and the import log),
// with nothing read back, checked or computed.
bool floorCopy(const QString &studyPath, const Instrument &ins, const QStringList &files)
{
    {
        auto study = StudyStore::create(studyPath, ins); // same schema, WAL, synchronous=FULL
        if (!study)
            return fail(study.error());
    }
    auto conn = SqliteConnection::open(studyPath, false);
    if (!conn)
        return fail(conn.error());
    SqliteConnection &c = **conn;
    QSqlQuery q(c.db());
    if (!execAll(q, u"PRAGMA journal_mode = WAL"_s) || !execAll(q, u"PRAGMA synchronous = FULL"_s))
        return false;
    const QStringList copy = {
        u"INSERT INTO response_version (respondent, revision, content_sha256, created_at, submitted_at, "
        u"name, "
        u"affiliation, source_name, source_sha256, imported_at) SELECT "
        u"(SELECT value FROM src.meta WHERE key = 'respondent_id'), (SELECT value FROM src.meta WHERE key = "
        u"'revision'), "
        u"'', NULL, (SELECT value FROM src.meta WHERE key = 'submitted_at'), '', '', 'x', '', ''"_s,
        u"INSERT INTO rating SELECT last_insert_rowid(), measure, area, dont_know, value, answered_at FROM src.rating"_s,
        u"INSERT INTO comment SELECT (SELECT max(id) FROM response_version), measure, text FROM src.comment"_s,
        u"INSERT INTO pick SELECT (SELECT max(id) FROM response_version), scope, measure, position FROM src.pick"_s,
        u"INSERT INTO expertise SELECT (SELECT max(id) FROM response_version), group_id, position FROM src.expertise"_s,
        u"INSERT INTO indexed_answers (version, data) SELECT max(id), zeroblob(330) FROM response_version"_s,
        u"INSERT INTO respondent (id, current_version) SELECT respondent, id FROM response_version "
        u"WHERE id = (SELECT max(id) FROM response_version) "
        u"ON CONFLICT (id) DO UPDATE SET current_version = excluded.current_version"_s,
        u"INSERT INTO current_change (respondent, old_version, new_version) SELECT respondent, NULL, id "
        u"FROM response_version WHERE id = (SELECT max(id) FROM response_version)"_s,
        u"INSERT INTO import_log (file_name, sha256, at, outcome, reason) VALUES ('x', '', '', 'merged', '')"_s,
    };
    for (const QString &file : files) {
        q.prepare(u"ATTACH DATABASE ? AS src"_s);
        q.addBindValue(file);
        if (!q.exec())
            return fail(file + u": "_s + q.lastError().text());
        if (!execAll(q, u"BEGIN IMMEDIATE"_s))
            return false;
        for (const QString &sql : copy) {
            if (!execAll(q, sql))
                return false;
        }
        if (!execAll(q, u"COMMIT"_s) || !execAll(q, u"DETACH DATABASE src"_s))
            return false;
    }
    return true;
}

constexpr int Rounds = 3;

struct Timing
{
    double wall = 0; // seconds
    double cpu = 0; // seconds of this process's processor time
};

// Every check on, as `panelist-cli merge` does it.
bool mergeAll(
    const QString &studyPath, const Instrument &ins, const QStringList &files, MergeSummary &summary)
{
    auto study = StudyStore::create(studyPath, ins);
    if (!study)
        return fail(study.error());
    Merger merger(**study);
    for (const QString &f : files)
        summary.add(merger.mergeFile(f).outcome);
    return true;
}

// Removes the studies of earlier runs and waits until the disk has everything written so far:
// each run starts from the same state instead of paying for the previous run's writeback.
void settle(const QString &folder)
{
    QDir dir(folder);
    for (const QString &name : dir.entryList({ u"merged*"_s, u"floor*"_s }, QDir::Files))
        dir.remove(name);
    ::sync();
}

template<typename Run> bool timed(Timing &best, const QString &folder, const Run &run)
{
    settle(folder);
    QElapsedTimer t;
    t.start();
    const auto [user0, system0] = cpuUserSystem();
    if (!run())
        return false;
    const auto [user1, system1] = cpuUserSystem();
    const Timing now { t.elapsed() / 1000.0, (user1 - user0) + (system1 - system0) };
    best.wall = best.wall == 0 ? now.wall : qMin(best.wall, now.wall);
    best.cpu = best.cpu == 0 ? now.cpu : qMin(best.cpu, now.cpu);
    out() << "    " << now.wall << " s wall, " << now.cpu << " s cpu (" << user1 - user0 << " user, "
          << system1 - system0 << " system)\n";
    out().flush();
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int count = 10000;
    QString folder;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--files"_s)
            count = args.at(i + 1).toInt();
        else if (args.at(i) == u"--dir"_s)
            folder = args.at(i + 1);
    }
    QTemporaryDir temp;
    if (folder.isEmpty())
        folder = temp.path();
    if (count < 1 || !QDir().mkpath(QDir(folder).filePath(u"in"_s)))
        return 2;
    const Instrument ins = Instrument::bundled();

    QElapsedTimer t;
    t.start();
    QStringList files;
    if (!generate(folder, count, ins, files))
        return 1;
    ::sync(); // the generated files' writeback must not land on whichever run comes first
    out() << "generated " << count << " response files in " << t.elapsed() / 1000.0 << " s\n";

    // Each measured three times, alternating, into a fresh study every time; the fastest run of each
    // counts, so a burst of other work (or slow fsyncs) on a shared machine does not decide the ratio.
    Timing merge, floor;
    MergeSummary summary;
    for (int round = 1; round <= Rounds; ++round) {
        const QString n = QString::number(round);
        out() << "merge (every check), run " << round << ":\n";
        summary = {};
        if (!timed(merge, folder,
                [&] { return mergeAll(QDir(folder).filePath(u"merged"_s + n), ins, files, summary); }))
            return 1;
        out() << "floor (ATTACH + INSERT…SELECT, no checks), run " << round << ":\n";
        if (!timed(
                floor, folder, [&] { return floorCopy(QDir(folder).filePath(u"floor"_s + n), ins, files); }))
            return 1;
    }
    out() << "merge: " << summary.line() << "\n";
    out() << "best of " << Rounds << ": merge " << merge.wall << " s wall, " << merge.cpu << " s cpu; floor "
          << floor.wall << " s wall, " << floor.cpu << " s cpu\n";
    out() << "ratio merge / floor: " << QString::number(merge.wall / floor.wall, 'f', 2)
          << " wall (target <= 1.50), " << QString::number(merge.cpu / floor.cpu, 'f', 2) << " cpu\n";
    return summary.rejected == 0 ? 0 : 1;
}
