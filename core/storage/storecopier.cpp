#include "storecopier.h"

#include "database.h"
#include "query.h"
#include "searchindex.h"
#include "storageerror.h"
#include "transaction.h"

#include <QSqlRecord>

#include <algorithm>

namespace pressdesk {

namespace {

struct TableSpec
{
    const char *table;
    const char *key; // read in windows of this integer column; empty: all at once
};

// Parents before children, so that every foreign key finds its row.
constexpr TableSpec tables[] = {
    { "settings", "" },
    { "organizations", "id" },
    { "speakers", "id" },
    { "events", "id" },
    { "event_organizations", "event_id" },
    { "event_speakers", "event_id" },
    { "releases", "id" },
    { "release_tags", "release_id" },
    { "quotes", "id" },
    { "release_events", "release_id" },
    { "release_contacts", "release_id" },
    { "revisions", "id" },
    { "external_ids", "" },
    { "import_sources", "id" },
    { "media_contacts", "id" },
    { "media_lists", "id" },
    { "media_list_members", "list_id" },
    { "outbox", "id" },
    // The team's history: who approved, commented and was asked to review, and what happened
    // to each release when. People stay behind: on a server they are logins, in a file there
    // is one, the local user. What each person has read and who edits now stay too.
    { "approvals", "id" },
    { "comments", "id" },
    { "review_requests", "release_id" },
    { "activity", "id" },
};

constexpr qint64 window = 2000; // key values per read
constexpr int valuesPerInsert = 900; // under SQLite's old limit of 999 bound values

// The columns both stores have (the search vector is each store's own).
QStringList sharedColumns(Database &source, Database &target, const QString &table)
{
    const QSqlRecord from = source.connection().record(table);
    const QSqlRecord to = target.connection().record(table);
    QStringList columns;
    for (int i = 0; i < from.count(); ++i) {
        const QString name = from.fieldName(i);
        if (name != QLatin1String("search_vector") && to.indexOf(name) >= 0)
            columns.append(name);
    }
    return columns;
}

} // namespace

StoreCopier::StoreCopier(Database &source, Database &target)
    : m_source(source)
    , m_target(target)
{ }

QStringList StoreCopier::nonEmptyTables(Database &database)
{
    QStringList found;
    for (const TableSpec &spec : tables) {
        const QString table = QLatin1String(spec.table);
        if (Query(database.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table)).scalar().toLongLong()
            > 0)
            found.append(table);
    }
    return found;
}

bool StoreCopier::copy()
{
    m_error.clear();
    m_counts.clear();
    try {
        const QStringList occupied = nonEmptyTables(m_target);
        if (!occupied.isEmpty()) {
            m_error = tr("The target is not empty (it has %1); nothing was copied. Copy into a new file or an empty "
                         "newsroom.")
                          .arg(occupied.join(QLatin1String(", ")));
            return false;
        }
        if (m_target.isServer()) {
            // Only the owner may set the server's rules aside while the rows arrive.
            Query owner(m_target.connection(),
                QStringLiteral("SELECT pg_get_userbyid(c.relowner) FROM pg_class c WHERE c.oid = "
                               "to_regclass('releases') AND NOT pg_has_role(current_user, c.relowner, 'USAGE')"));
            owner.exec();
            if (owner.next()) {
                m_error = tr("Only the newsroom's owner, %1, copies a newsroom in: the copy keeps every author, "
                             "date and approval as it was, which nobody else may write. Connect as %1. Nothing was "
                             "copied.")
                              .arg(owner.value(0).toString());
                return false;
            }
        }
        Transaction transaction(m_target);
        // The target's triggers stand aside while the rows arrive as they were: they would
        // log every release as created now, by whoever copies, and stamp authors and dates.
        const QStringList restoreTriggers = suspendTriggers();
        for (const TableSpec &spec : tables)
            copyTable(QLatin1String(spec.table), QLatin1String(spec.key));
        for (const QString &statement : restoreTriggers)
            Query(m_target.connection(), statement).exec();
        // Identities continue after the copied ids on a server.
        if (m_target.isServer()) {
            for (const char *table :
                { "organizations", "speakers", "events", "releases", "quotes", "revisions", "import_sources",
                    "media_contacts", "media_lists", "outbox", "approvals", "comments", "activity" }) {
                Query(m_target.connection(),
                    QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 0) + 1, false) "
                                   "FROM %1")
                        .arg(QLatin1String(table)))
                    .exec();
            }
        }
        for (const QString &statement : SearchIndex::rebuildAll(m_target.backend()))
            Query(m_target.connection(), statement).exec();
        for (const TableCount &count : std::as_const(m_counts)) {
            const qint64 arrived =
                Query(m_target.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(count.table))
                    .scalar()
                    .toLongLong();
            if (arrived != count.rows)
                throw StorageError(
                    tr("%1: %2 rows were read but %3 arrived.").arg(count.table).arg(count.rows).arg(arrived));
        }
        transaction.commit();
    } catch (const StorageError &error) {
        m_error = tr("Nothing was copied: %1").arg(error.message());
        m_counts.clear();
        return false;
    }
    m_target.refreshStatistics();
    for (Entity entity : { Entity::Organization, Entity::Speaker, Entity::Event, Entity::Release })
        m_target.notifyChanged(entity, 0);
    return true;
}

QStringList StoreCopier::suspendTriggers()
{
    QStringList restore;
    if (m_target.isServer()) {
        // The constraints' own triggers stay: every foreign key is still checked.
        for (const TableSpec &spec : tables) {
            const QString table = QLatin1String(spec.table);
            Query(m_target.connection(), QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table)).exec();
            restore.append(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(table));
        }
        return restore;
    }
    // A file's triggers are dropped and made again in the same transaction.
    Query triggers(m_target.connection(),
        QStringLiteral(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL ORDER BY rowid"));
    triggers.exec();
    QStringList names;
    while (triggers.next()) {
        names.append(triggers.value(0).toString());
        restore.append(triggers.value(1).toString());
    }
    for (QString name : std::as_const(names)) {
        name.replace(QLatin1Char('"'), QLatin1String("\"\""));
        Query(m_target.connection(), QStringLiteral("DROP TRIGGER \"%1\"").arg(name)).exec();
    }
    return restore;
}

void StoreCopier::copyTable(const QString &table, const QString &key)
{
    const QStringList columns = sharedColumns(m_source, m_target, table);
    if (columns.isEmpty())
        throw StorageError(tr("The table %1 is missing.").arg(table));
    const int width = int(columns.size());
    const int rowsPerInsert = std::max(1, valuesPerInsert / width);
    const QString rowMarks =
        QLatin1Char('(') + QStringList(width, QStringLiteral("?")).join(QLatin1String(", ")) + QLatin1Char(')');
    // The ids arrive as they were, also where the server makes them (the activity log's).
    const QString insertHead = QStringLiteral("INSERT INTO %1 (%2) %3VALUES ")
                                   .arg(table, columns.join(QLatin1String(", ")),
                                       m_target.isServer() ? QStringLiteral("OVERRIDING SYSTEM VALUE ") : QString());
    const QString select = QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QLatin1String(", ")), table);

    QList<QVariantList> pending;
    qint64 copied = 0;
    const auto flush = [&] {
        if (pending.isEmpty())
            return;
        QStringList marks(pending.size(), rowMarks);
        Query insert(m_target.connection(), insertHead + marks.join(QLatin1String(", ")));
        int position = 0;
        for (const QVariantList &row : std::as_const(pending)) {
            for (const QVariant &value : row)
                insert.bind(position++, value);
        }
        insert.exec();
        copied += pending.size();
        pending.clear();
    };
    const auto readAll = [&](Query &rows) {
        rows.exec();
        while (rows.next()) {
            QVariantList row;
            row.reserve(width);
            for (int c = 0; c < width; ++c)
                row.append(rows.value(c));
            pending.append(std::move(row));
            if (pending.size() >= rowsPerInsert)
                flush();
        }
        flush();
    };

    if (key.isEmpty()) {
        Query rows(m_source.connection(), select);
        readAll(rows);
    } else {
        const qint64 last =
            Query(m_source.connection(), QStringLiteral("SELECT coalesce(max(%1), 0) FROM %2").arg(key, table))
                .scalar()
                .toLongLong();
        Query rows(m_source.connection(), select + QStringLiteral(" WHERE %1 > ? AND %1 <= ? ORDER BY %1").arg(key));
        for (qint64 from = 0; from < last; from += window) {
            rows.bind(0, from).bind(1, from + window);
            readAll(rows);
        }
    }
    m_counts.append({ table, copied });
}

} // namespace pressdesk
