#pragma once

#include "entity.h"

#include <QDate>
#include <QList>
#include <QString>

namespace pressdesk {

class Database;

// What an import keeps besides the records (the external ids a file gave them, the
// original text of an imported release) and the few columns duplicate detection compares.
// Writes throw StorageError and are meant to run inside the importer's transaction.
class ImportLedger final
{
public:
    explicit ImportLedger(Database &database);

    void addExternalId(const QString &scheme, const QString &value, Entity entity, qint64 id);
    void addSource(qint64 releaseId, const QString &format, const QString &sourceName, const QString &original);
    bool releaseUuidTaken(const QString &uuid);

    struct NamedRow
    {
        qint64 id = 0;
        QString name;
        QString other; // a speaker's organization, an organization's short name
    };
    struct ReleaseRow
    {
        qint64 id = 0;
        QString headline;
        QDate date;
        QString uuid;
    };
    struct EventRow
    {
        qint64 id = 0;
        QString name;
        QString edition;
        QString start; // as stored
    };
    struct ExternalRow
    {
        QString scheme;
        QString value;
        qint64 id = 0;
    };
    // The live (not trashed) records, in id order.
    QList<NamedRow> speakers();
    QList<NamedRow> organizations();
    QList<ReleaseRow> releases();
    QList<EventRow> events();
    QList<ExternalRow> externalIds();

private:
    Database &m_database;
};

} // namespace pressdesk
