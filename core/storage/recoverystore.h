#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pressdesk {

class Database;

// One autosaved editor state: which editor, what it edits, and the state as JSON.
struct RecoveryDraft
{
    QString key; // "release:42", "speaker:new:<uuid>"
    QString kind; // entity key: "release", "speaker", "event", "organization"
    qint64 recordId = 0; // 0 for a record never saved
    QString title; // what the prompt calls it ("Labour inspectors …")
    QByteArray payload; // the editor's state as JSON
    QDateTime savedAt;
};

// Autosaved drafts (the recovery_drafts table): written while editing, removed on save or
// discard, and whatever survives a crash is offered on the next start. Never touches the
// saved records, and never announces changes: lists do not show drafts. When the database
// refuses writes (Database::writesStopped), drafts go to a file beside it instead,
// "<database>.recovery.json", which the next start reads as well. A server's drafts are the
// person's own and must survive a lost connection: they always go to a file on this
// computer (the application's data folder, recovery/<newsroom URI>.recovery.json).
class RecoveryStore final
{
public:
    explicit RecoveryStore(Database &database);

    bool save(const RecoveryDraft &draft);
    bool remove(const QString &key);
    QList<RecoveryDraft> drafts() const;
    QString errorString() const { return m_error; }
    QString sideFilePath() const;

private:
    QList<RecoveryDraft> sideDrafts() const;
    bool writeSideDrafts(const QList<RecoveryDraft> &drafts);

    Database &m_database;
    mutable QString m_error;
};

} // namespace pressdesk
