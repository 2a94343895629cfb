#include "recoverystore.h"

#include "database.h"
#include "query.h"
#include "storageerror.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace pressdesk {

RecoveryStore::RecoveryStore(Database &database)
    : m_database(database)
{ }

QString RecoveryStore::sideFilePath() const
{
    if (!m_database.isServer())
        return m_database.path() + QLatin1String(".recovery.json");
    // A server's drafts are the person's own and must outlive the connection: they stay on
    // this computer, one file per newsroom.
    QString name = m_database.path(); // the URI without its password
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    }
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QLatin1String("/recovery");
    QDir().mkpath(folder);
    return folder + QLatin1Char('/') + name + QLatin1String(".recovery.json");
}

QList<RecoveryDraft> RecoveryStore::sideDrafts() const
{
    QList<RecoveryDraft> result;
    QFile file(sideFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QJsonArray drafts = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue &value : drafts) {
        const QJsonObject draft = value.toObject();
        result.append({ draft.value(QStringLiteral("key")).toString(), draft.value(QStringLiteral("kind")).toString(),
            draft.value(QStringLiteral("recordId")).toInteger(), draft.value(QStringLiteral("title")).toString(),
            draft.value(QStringLiteral("payload")).toString().toUtf8(),
            QDateTime::fromString(draft.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs) });
    }
    return result;
}

bool RecoveryStore::writeSideDrafts(const QList<RecoveryDraft> &drafts)
{
    if (drafts.isEmpty())
        return !QFile::exists(sideFilePath()) || QFile::remove(sideFilePath());
    QJsonArray array;
    for (const RecoveryDraft &draft : drafts) {
        array.append(QJsonObject { { QStringLiteral("key"), draft.key }, { QStringLiteral("kind"), draft.kind },
            { QStringLiteral("recordId"), draft.recordId }, { QStringLiteral("title"), draft.title },
            { QStringLiteral("payload"), QString::fromUtf8(draft.payload) },
            { QStringLiteral("savedAt"), draft.savedAt.toUTC().toString(Qt::ISODateWithMs) } });
    }
    QSaveFile file(sideFilePath());
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(array).toJson()) < 0 || !file.commit()) {
        m_error = file.errorString();
        return false;
    }
    QFile::setPermissions(sideFilePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

bool RecoveryStore::save(const RecoveryDraft &draft)
{
    const QDateTime when = draft.savedAt.isValid() ? draft.savedAt : QDateTime::currentDateTimeUtc();
    if (!m_database.isServer()) {
        try {
            Transaction transaction(m_database);
            Query(m_database.connection(),
                QStringLiteral("INSERT INTO recovery_drafts (draft_key, kind, record_id, title, payload, saved_at) "
                               "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (draft_key) DO UPDATE SET "
                               "kind = excluded.kind, record_id = excluded.record_id, title = excluded.title, "
                               "payload = excluded.payload, saved_at = excluded.saved_at"))
                .bind(0, draft.key)
                .bind(1, draft.kind)
                .bind(2, draft.recordId)
                .bind(3, text(draft.title))
                .bind(4, QString::fromUtf8(draft.payload))
                .bind(5, when.toUTC().toString(Qt::ISODateWithMs))
                .exec();
            transaction.commit();
            return true;
        } catch (const StorageError &error) {
            m_error = error.message();
            if (!m_database.writesStopped())
                return false;
        }
    }
    // A server's drafts, or a file that takes nothing more this session: the file on this
    // computer keeps the text.
    QList<RecoveryDraft> drafts = sideDrafts();
    drafts.removeIf([&draft](const RecoveryDraft &kept) { return kept.key == draft.key; });
    RecoveryDraft copy = draft;
    copy.savedAt = when;
    drafts.append(copy);
    return writeSideDrafts(drafts);
}

bool RecoveryStore::remove(const QString &key)
{
    QList<RecoveryDraft> side = sideDrafts();
    if (side.removeIf([&key](const RecoveryDraft &kept) { return kept.key == key; }) > 0)
        writeSideDrafts(side);
    if (m_database.writesStopped() || m_database.isServer())
        return true;
    try {
        Transaction transaction(m_database);
        Query(m_database.connection(), QStringLiteral("DELETE FROM recovery_drafts WHERE draft_key = ?"))
            .bind(0, key)
            .exec();
        transaction.commit();
        return true;
    } catch (const StorageError &error) {
        m_error = error.message();
        return false;
    }
}

QList<RecoveryDraft> RecoveryStore::drafts() const
{
    QList<RecoveryDraft> result;
    try {
        if (m_database.isServer())
            return sideDrafts();
        Query query(m_database.connection(),
            QStringLiteral("SELECT draft_key, kind, record_id, title, payload, saved_at "
                           "FROM recovery_drafts ORDER BY saved_at"));
        query.exec();
        while (query.next()) {
            result.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
                query.value(3).toString(), query.value(4).toString().toUtf8(),
                QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs) });
        }
    } catch (const StorageError &error) {
        m_error = error.message();
    }
    // Drafts kept beside the file when the database stopped taking writes.
    const QList<RecoveryDraft> side = sideDrafts();
    for (const RecoveryDraft &draft : side) {
        result.removeIf([&draft](const RecoveryDraft &kept) { return kept.key == draft.key; });
        result.append(draft);
    }
    return result;
}

} // namespace pressdesk
