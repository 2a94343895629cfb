#include "testdatabase.h"

#include "postgresserver.h"
#include "storage/query.h"
#include "storage/speakerrepository.h"

#include <QCoreApplication>
#include <QTest>

#include <memory>

namespace pressdesk::test {

bool testingOnPostgres()
{
    return qgetenv("PRESSDESK_TEST_BACKEND") == "postgres";
}

QString newPostgresDatabase()
{
    static std::unique_ptr<PostgresServer> server;
    static int created = 0;
    if (!server) {
        server = std::make_unique<PostgresServer>();
        if (!server->start())
            qFatal("cannot start the test PostgreSQL server: %s", qUtf8Printable(server->errorString()));
        // Stopped with the application, before statics go (QTemporaryDir must still exist).
        if (QCoreApplication::instance())
            QObject::connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, [] { server.reset(); });
        std::atexit([] { server.reset(); });
    }
    const QString name = QStringLiteral("newsroom_%1").arg(++created);
    if (!server->psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name)))
        qFatal("cannot create a test database: %s", qUtf8Printable(server->errorString()));
    return QStringLiteral("postgresql:///%1?host=%2&port=%3&user=%4")
        .arg(name, server->socketFolder())
        .arg(server->port())
        .arg(server->superuser());
}

QString newPostgresNewsroom()
{
    const QString uri = newPostgresDatabase();
    Database database;
    if (!database.initialize(StoreLocation::parse(uri)))
        qFatal("cannot set up a test newsroom: %s", qUtf8Printable(database.errorString()));
    return uri;
}

TestDatabase::TestDatabase()
{
    const bool ok = testingOnPostgres() ? m_database.initialize(StoreLocation::parse(newPostgresDatabase()))
                                        : m_database.open(m_folder.filePath(QStringLiteral("test.sqlite")));
    if (!ok)
        qFatal("cannot open the test database: %s", qUtf8Printable(m_database.errorString()));
}

QVariant TestDatabase::scalar(const QString &sql, const QVariantList &values)
{
    Query query(m_database.connection(), sql);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bind(static_cast<int>(i), values.at(i));
    return query.scalar();
}

int TestDatabase::indexedReleases()
{
    return scalar(m_database.isServer()
            ? QStringLiteral("SELECT count(*) FROM releases WHERE search_vector IS NOT NULL")
            : QStringLiteral("SELECT count(*) FROM releases_fts"))
        .toInt();
}

qint64 TestDatabase::addSpeaker(const QString &fullName, const QString &title)
{
    SpeakerRepository speakers(m_database);
    Speaker speaker;
    speaker.fullName = fullName;
    speaker.title = title;
    if (!speakers.save(speaker))
        qFatal("cannot save a speaker: %s", qUtf8Printable(speakers.errorString()));
    return speaker.id;
}

Release TestDatabase::makeRelease(const QString &headline, const QList<qint64> &speakerIds)
{
    Release release;
    release.headline = headline;
    release.releaseDate = QDate(2026, 7, 15);
    for (qint64 speakerId : speakerIds)
        release.quotes.append(
            { 0, speakerId, QStringLiteral("Words of %1.").arg(speakerId), QStringLiteral("Title"), {} });
    return release;
}

Release TestDatabase::makeCompleteRelease(const QString &headline, ReleaseStatus status)
{
    Release release = makeRelease(headline);
    release.datelineCity = QStringLiteral("Nairobi");
    release.datelineCountry = QStringLiteral("Kenya");
    release.lead = QStringLiteral("Ministers adopted a plan today.");
    release.body = QStringLiteral("The plan sets out three priorities.");
    release.status = status;
    return release;
}

} // namespace pressdesk::test
