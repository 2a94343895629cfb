#pragma once

#include "domain/release.h"
#include "domain/speaker.h"
#include "storage/database.h"

#include <QTemporaryDir>

namespace pressdesk::test {

// A fresh Pressdesk database in its own temporary folder, removed with the object.
class TestDatabase final
{
public:
    TestDatabase();

    Database &db() { return m_database; }
    QString folder() const { return m_folder.path(); }
    QString path() const { return m_database.path(); }
    // Runs one statement and returns the first column of the first row (for assertions).
    QVariant scalar(const QString &sql, const QVariantList &values = {});

    qint64 addSpeaker(const QString &fullName, const QString &title = QStringLiteral("Vice Minister"));
    // A minimal valid draft quoting the given speakers.
    Release makeRelease(const QString &headline, const QList<qint64> &speakerIds = {});
    // A release complete enough for any status (dateline, lead and body), in that status.
    Release makeCompleteRelease(const QString &headline, ReleaseStatus status);

private:
    QTemporaryDir m_folder;
    Database m_database;
};

} // namespace pressdesk::test
