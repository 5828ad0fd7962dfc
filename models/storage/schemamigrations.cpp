#include "models/storage/schemamigrations.h"

#include "models/storage/sqliteconnection.h"
#include "models/storage/sqliteheader.h"

using namespace Qt::StringLiterals;

namespace panelist::SchemaMigrations {

namespace {

Status apply(SqliteConnection &c, const SchemaSpec &spec, const MigrationStep &step)
{
    const QString context = spec.upgradeContext.arg(step.toVersion);
    return c.writeTransaction(context, [&]() -> Status {
        for (const char *sql : step.statements) {
            if (Status s = c.exec(QString::fromLatin1(sql), context); !s)
                return s;
        }
        // A pragma takes no bound value; the number is the step's own constant, not data.
        return c.exec(u"PRAGMA user_version = %1"_s.arg(step.toVersion), context);
    });
}

} // namespace

int latestVersion(const SchemaSpec &spec)
{
    return spec.steps.back().toVersion;
}

Result<int> version(SqliteConnection &c)
{
    const auto rows = c.column(u"PRAGMA user_version"_s, u"Could not read the schema version"_s);
    if (!rows)
        return Result<int>::failure(rows.error());
    return rows->value(0).toInt();
}

Status migrate(SqliteConnection &c, const SchemaSpec &spec, bool *changed)
{
    if (changed)
        *changed = false;
    const auto current = version(c);
    if (!current)
        return Status::failure(current.error());
    if (*current > latestVersion(spec))
        return Status::failure(
            spec.newerMessage.arg(displayPath(c.path())).arg(*current).arg(latestVersion(spec)));
    for (const MigrationStep &step : spec.steps) {
        if (step.toVersion <= *current)
            continue;
        if (Status s = apply(c, spec, step); !s)
            return s;
        if (changed)
            *changed = true;
    }
    return {};
}

Status verify(SqliteConnection &c, const SchemaSpec &spec)
{
    const auto names = c.column(
        u"SELECT name FROM sqlite_schema WHERE type = 'table'"_s, u"Could not read the list of tables"_s);
    if (!names)
        return Status::failure(names.error());
    for (const QString &table : spec.tables) {
        if (!names->contains(table))
            return Status::failure(spec.damagedMessage.arg(displayPath(c.path()), table));
    }
    // Our files have no triggers or views; one in a file means someone else changed it, and a
    // trigger would run on our next write.
    const auto extra = c.column(u"SELECT type || ' \"' || name || '\"' FROM sqlite_schema "
                                u"WHERE type IN ('trigger', 'view')"_s,
        u"Could not read the list of triggers"_s);
    if (!extra)
        return Status::failure(extra.error());
    if (!extra->isEmpty())
        return Status::failure(u"%1: not a file Panelist wrote (it contains %2)"_s.arg(
            displayPath(c.path()), extra->join(u", "_s)));
    return {};
}

} // namespace panelist::SchemaMigrations
