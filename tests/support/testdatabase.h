#pragma once

#include "domain/release.h"
#include "domain/speaker.h"
#include "storage/database.h"

#include <QTemporaryDir>

namespace pressdesk::test {

// The store the storage, model, search, import, export and CLI tests run against: SQLite,
// or PostgreSQL when PRESSDESK_TEST_BACKEND=postgres (CTest registers those tests a second
// time so, as name_postgres).
bool testingOnPostgres();
// A new, empty database on this process's throwaway PostgreSQL server (started on first use,
// stopped when the process ends), as a postgresql:// URI.
QString newPostgresDatabase();
// The same, set up as an empty Pressdesk newsroom (pressdesk team init).
QString newPostgresNewsroom();

// A fresh Pressdesk newsroom, removed with the object: a file in its own temporary folder, or
// a new database on the test server.
class TestDatabase final
{
public:
    TestDatabase();

    Database &db() { return m_database; }
    QString folder() const { return m_folder.path(); }
    // What Database::open and the command line's --database take: the file's path or the
    // server database's URI.
    QString path() const { return m_database.path(); }
    // Runs one statement and returns the first column of the first row (for assertions).
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    // Rows in the releases' search index (FTS5 rows, or releases with a search vector).
    int indexedReleases();

    qint64 addSpeaker(const QString &fullName, const QString &title = QStringLiteral("Vice Minister"));
    // A minimal valid draft quoting the given speakers.
    static Release makeRelease(const QString &headline, const QList<qint64> &speakerIds = {});
    // A release complete enough for any status (dateline, lead and body), in that status.
    static Release makeCompleteRelease(const QString &headline, ReleaseStatus status);

private:
    QTemporaryDir m_folder;
    Database m_database;
};

} // namespace pressdesk::test
