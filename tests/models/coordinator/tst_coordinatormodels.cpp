// The coordinator's item models: QAbstractItemModelTester while rows are added, changed and removed,
// exact dataChanged, sorting and filtering through a proxy, and the session feeding them from a study.
#include "tests/common/coordinatortesthelpers.h"

#include "models/coordinator/conflictsmodel.h"
#include "models/coordinator/coordinatorsession.h"
#include "models/coordinator/importlogmodel.h"
#include "models/coordinator/responsestablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace panelist;

namespace {

ResponseRow row(int n, int answered, const QString &source)
{
    ResponseRow r;
    r.respondentId = QUuid(u"{%1-0000-4000-8000-000000000000}"_s.arg(n, 8, 10, QChar(u'0')));
    r.expertise = { u"Policy"_s };
    r.revision = 1;
    r.submittedAt = QDateTime(QDate(2026, 11, n), QTime(10, 0), Qt::UTC);
    r.answered = answered;
    r.total = 135;
    r.sourceName = source;
    r.versionId = n;
    return r;
}

ImportLogEntry logEntry(qint64 id, const QString &file, const QString &outcome, const QString &reason = {})
{
    ImportLogEntry e;
    e.id = id;
    e.fileName = file;
    e.at = QDateTime(QDate(2026, 11, 28), QTime(9, 0, int(id)), Qt::UTC);
    e.outcome = outcomeFromName(outcome).value();
    e.reason = reason;
    return e;
}

StudyConflict conflict(bool resolved)
{
    StudyConflict c;
    c.respondentId = QUuid(u"{12345678-0000-4000-8000-000000000000}"_s);
    c.revision = 2;
    for (qint64 id : { 10, 11 }) {
        StudyResponse v;
        v.versionId = id;
        v.sourceName = u"copy-%1.panelist-response"_s.arg(id);
        v.data.respondentId = c.respondentId;
        v.data.revision = 2;
        c.versions.append(v);
    }
    c.resolved = resolved;
    c.chosenVersionId = resolved ? 11 : 0;
    return c;
}

// The column whose header reads title, -1 when the table has none.
int columnTitled(const QAbstractItemModel &model, const QString &title)
{
    for (int c = 0; c < model.columnCount(); ++c) {
        if (model.headerData(c, Qt::Horizontal).toString() == title)
            return c;
    }
    return -1;
}

} // namespace

class TestCoordinatorModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void responsesKeyedUpdates();
    void responsesSortAndFilter();
    void responsesShowNameAndAffiliation();
    void importLogAppends();
    void conflictsStates();
    void sessionFeedsModels();
};

void TestCoordinatorModels::responsesKeyedUpdates()
{
    ResponsesTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({ row(1, 135, u"a"_s), row(2, 120, u"b"_s), row(3, 90, u"c"_s) });
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1, ResponsesTableModel::CompletenessColumn).data().toString(), u"120 of 135"_s);
    QCOMPARE(model.index(0, ResponsesTableModel::RespondentColumn).data().toString(), u"00000001"_s);
    QCOMPARE(model.index(0, ResponsesTableModel::ExpertiseColumn).data().toString(), u"Policy"_s);

    // Row 2 changes (a newer revision from another file), row 1 goes, row 4 comes.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    ResponseRow newer = row(2, 120, u"b2"_s);
    newer.revision = 2;
    model.setRows({ newer, row(3, 90, u"c"_s), row(4, 10, u"d"_s) });
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(changed.count(), 1); // only the row that changed, only its changed columns
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, ResponsesTableModel::RevisionColumn));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(0, ResponsesTableModel::SourceColumn));
    QCOMPARE(model.index(0, ResponsesTableModel::SourceColumn).data().toString(), u"b2"_s);

    changed.clear();
    model.setRows(model.rows()); // the same again: no signal at all
    QCOMPARE(changed.count(), 0);
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

void TestCoordinatorModels::responsesSortAndFilter()
{
    ResponsesTableModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(int(ResponsesTableModel::Role::Sort));
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // 9 of 135 would sort after 120 of 135 as text; as a share it sorts first.
    model.setRows({ row(1, 120, u"alpha.panelist-response"_s), row(2, 9, u"beta.panelist-response"_s),
        row(3, 135, u"gamma.panelist-response"_s) });
    proxy.sort(ResponsesTableModel::CompletenessColumn, Qt::AscendingOrder);
    QCOMPARE(
        proxy.index(0, ResponsesTableModel::SourceColumn).data().toString(), u"beta.panelist-response"_s);
    QCOMPARE(
        proxy.index(2, ResponsesTableModel::SourceColumn).data().toString(), u"gamma.panelist-response"_s);
    proxy.setFilterFixedString(u"ALPHA"_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterFixedString(QString());
    model.setRows({ row(2, 9, u"beta.panelist-response"_s), row(5, 50, u"delta"_s) });
    QCOMPARE(proxy.rowCount(), 2);
}

// What the expert gave on the profile page reaches the coordinator's table; an anonymous response
// shows empty cells there.
void TestCoordinatorModels::responsesShowNameAndAffiliation()
{
    const Instrument ins = Instrument::bundled();
    VersionSummary named;
    named.versionId = 1;
    named.respondentId = QUuid(u"{00000001-0000-4000-8000-000000000000}"_s);
    named.revision = 1;
    named.name = u"Zoë O'Brien-Ngata"_s;
    named.affiliation = u"Institute of Examples"_s;
    VersionSummary anonymous = named;
    anonymous.versionId = 2;
    anonymous.respondentId = QUuid(u"{00000002-0000-4000-8000-000000000000}"_s);
    anonymous.name.clear();
    anonymous.affiliation.clear();

    ResponsesTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({ ResponseRow::from(named, ins), ResponseRow::from(anonymous, ins) });
    const int name = columnTitled(model, u"Name"_s);
    const int affiliation = columnTitled(model, u"Affiliation"_s);
    QVERIFY(name >= 0);
    QVERIFY(affiliation >= 0);
    QCOMPARE(model.index(0, name).data().toString(), u"Zoë O'Brien-Ngata"_s);
    QCOMPARE(model.index(0, affiliation).data().toString(), u"Institute of Examples"_s);
    QCOMPARE(model.index(1, name).data().toString(), QString());
    QCOMPARE(model.index(1, affiliation).data().toString(), QString());
    // The language answered in: the instrument's main language where the response recorded none.
    const int language = columnTitled(model, u"Language"_s);
    QVERIFY(language >= 0);
    QCOMPARE(model.index(0, language).data().toString(), u"en"_s);
    VersionSummary german = anonymous;
    german.language = u"de"_s;
    QCOMPARE(ResponseRow::from(german, ins).language, u"de"_s);

    // A new revision with a changed affiliation: that cell changes, the name stays.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    named.affiliation = u"Another Institute"_s;
    named.revision = 2;
    model.updateRows({ ResponseRow::from(named, ins) });
    QCOMPARE(model.index(0, affiliation).data().toString(), u"Another Institute"_s);
    QCOMPARE(changed.count(), 1);
    const QModelIndex first = changed.at(0).at(0).toModelIndex();
    const QModelIndex last = changed.at(0).at(1).toModelIndex();
    QVERIFY(first.column() <= affiliation && affiliation <= last.column());
}

void TestCoordinatorModels::importLogAppends()
{
    ImportLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<ImportLogEntry> log { logEntry(1, u"a"_s, u"merged"_s),
        logEntry(2, u"b"_s, u"rejected"_s, u"not a SQLite file"_s) };
    model.setEntries(log);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rejectedCount(), 1);
    QCOMPARE(model.index(1, ImportLogModel::ReasonColumn).data().toString(), u"not a SQLite file"_s);
    QVERIFY(model.index(1, ImportLogModel::OutcomeColumn).data(Qt::ForegroundRole).isValid());

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    log.append(logEntry(3, u"c"_s, u"unchanged"_s));
    model.setEntries(log);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(changed.count(), 0);
    model.setEntries({});
    QCOMPARE(model.rowCount(), 0);
}

void TestCoordinatorModels::conflictsStates()
{
    const Instrument ins = Instrument::bundled();
    ConflictsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConflicts({ conflict(false) }, ins);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.unresolvedCount(), 1);
    QCOMPARE(model.index(0, ConflictsModel::StateColumn).data().toString(), u"undecided"_s);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setConflicts({ conflict(true) }, ins);
    QCOMPARE(model.unresolvedCount(), 0);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(model.index(0, ConflictsModel::StateColumn).data().toString(), u"not chosen"_s);
    QCOMPARE(model.index(1, ConflictsModel::StateColumn).data().toString(), u"counts"_s);
    QCOMPARE(model.index(1, 0).data(int(ConflictsModel::Role::VersionId)).toLongLong(), 11);
    model.setConflicts({}, ins);
    QCOMPARE(model.rowCount(), 0);
}

// A real study: the session's worker merges, its read-only connection feeds the models.
void TestCoordinatorModels::sessionFeedsModels()
{
    QTemporaryDir dir, inbox, work;
    const QStringList files = CoordinatorTest::simulatedFiles(inbox.path(), 3);
    CoordinatorTest::notAResponseFile(inbox.path(), u"notes.txt"_s);
    CoordinatorTest::conflictingCopy(
        files.first(), QDir(inbox.path()).filePath(u"zz-conflict.panelist-response"_s), work.path());

    auto session
        = CoordinatorSession::create(QDir(dir.path()).filePath(u"s.panelist-study"_s), Instrument::bundled());
    QVERIFY2(session.ok(), qPrintable(session.error()));
    CoordinatorSession &s = **session;
    QAbstractItemModelTester t1(s.responsesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(s.importLogModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(s.conflictsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&s, &CoordinatorSession::batchFinished);
    QSignalSpy busy(&s, &CoordinatorSession::busyChanged);
    s.importFiles({ inbox.path() });
    QVERIFY(s.isBusy());
    QVERIFY(finished.wait(60000));
    QVERIFY(!s.isBusy());
    QCOMPARE(busy.count(), 2);
    const auto summary = finished.at(0).at(0).value<MergeSummary>();
    QCOMPARE(summary.line(), u"merged 3, unchanged 0, replaced 0, older 0, conflicts 1, rejected 1"_s);
    // The respondent in conflict has no version that counts until the coordinator decides.
    QCOMPARE(s.respondentCount(), 2);
    QCOMPARE(s.rejectedCount(), 1);
    QCOMPARE(s.importLogModel()->rowCount(), 5);
    QCOMPARE(s.conflictsModel()->rowCount(), 2);
    QCOMPARE(s.unresolvedConflictCount(), 1);

    const qint64 chosen = s.conflictsModel()->rows().at(1).versionId;
    const QUuid who = s.conflictsModel()->rows().at(1).respondentId;
    QSignalSpy resolved(&s, &CoordinatorSession::conflictResolved);
    s.resolveConflict(who, s.conflictsModel()->rows().at(1).revision, chosen);
    QVERIFY(resolved.wait(10000));
    QCOMPARE(s.unresolvedConflictCount(), 0);
    QVERIFY(s.conflictsModel()->rows().at(1).counts);
    QCOMPARE(s.respondentCount(), 3);
    QCOMPARE(outcomeName(s.importLogModel()->rows().last().outcome), u"resolved"_s);

    // The same files again change nothing but the log.
    s.importFiles({ inbox.path() });
    QVERIFY(finished.wait(60000));
    QCOMPARE(s.respondentCount(), 3);
    QCOMPARE(s.importLogModel()->rowCount(), 11);
}

QTEST_GUILESS_MAIN(TestCoordinatorModels)
#include "tst_coordinatormodels.moc"
