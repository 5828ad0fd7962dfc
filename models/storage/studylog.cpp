#include "models/storage/studylog.h"

#include "models/common/sha256.h"
#include "models/storage/sqliteconnection.h"
#include "models/storage/storedtime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace panelist {

QString logEntryHash(const ImportLogEntry &e, const QString &previousHash)
{
    // QJsonObject sorts its keys and Compact leaves no white space: one text per content.
    const QJsonObject content {
        { u"id"_s, e.id },
        { u"at"_s, isoUtc(e.at) },
        { u"file"_s, e.fileName },
        { u"sha256"_s, e.sha256 },
        { u"outcome"_s, outcomeName(e.outcome) },
        { u"reason"_s, e.reason },
        { u"respondent"_s,
            e.respondentId.isNull() ? QString() : e.respondentId.toString(QUuid::WithoutBraces) },
        { u"revision"_s, e.revision },
        { u"content_sha256"_s, e.contentSha256 },
        { u"previous"_s, previousHash },
    };
    return sha256Hex(QJsonDocument(content).toJson(QJsonDocument::Compact));
}

Status chainUnhashedLogEntries(SqliteConnection &c)
{
    const QString context = u"Could not chain the study's import log"_s;
    QSqlQuery pending(c.db());
    if (!pending.exec(u"SELECT 1 FROM import_log WHERE entry_sha256 = '' LIMIT 1"_s))
        return c.failure(context, pending);
    if (!pending.next())
        return {};
    pending.finish();
    return c.writeTransaction(context, [&]() -> Status {
        QSqlQuery q(c.db());
        q.setForwardOnly(true);
        if (!q.exec(
                u"SELECT id, file_name, sha256, at, outcome, reason, respondent, revision, content_sha256, "
                u"entry_sha256 FROM import_log ORDER BY id"_s))
            return c.failure(context, q);
        QList<std::pair<qint64, QString>> updates;
        QString previous;
        while (q.next()) {
            QString hash = q.value(9).toString();
            if (hash.isEmpty()) {
                ImportLogEntry e;
                e.id = q.value(0).toLongLong();
                e.fileName = q.value(1).toString();
                e.sha256 = q.value(2).toString();
                e.at = fromIsoUtc(q.value(3).toString());
                e.outcome = outcomeFromName(q.value(4).toString()).value_or(ImportOutcome::Rejected);
                e.reason = q.value(5).toString();
                e.respondentId = QUuid::fromString(q.value(6).toString());
                e.revision = q.value(7).isNull() ? -1 : q.value(7).toInt();
                e.contentSha256 = q.value(8).toString();
                hash = logEntryHash(e, previous);
                updates.append({ e.id, hash });
            }
            previous = hash;
        }
        q.finish();
        QSqlQuery u(c.db());
        u.prepare(u"UPDATE import_log SET entry_sha256 = ? WHERE id = ?"_s);
        for (const auto &[id, hash] : std::as_const(updates)) {
            u.addBindValue(hash);
            u.addBindValue(id);
            if (!u.exec())
                return c.failure(context, u);
        }
        return {};
    });
}

} // namespace panelist
