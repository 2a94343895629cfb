#include "postgresserver.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace pressdesk;

// The ground the PostgreSQL backend stands on, checked on a real server the test starts
// itself: a throwaway cluster (test::PostgresServer, also as root), Qt's QPSQL driver
// connecting over its Unix socket, PostgreSQL 13 or newer, the unaccent extension and the
// text search configurations of the release languages, and accent-folded matching.
class TestPostgresServer : public QObject
{
    Q_OBJECT

private:
    test::PostgresServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY2(m_server.psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE newsroom")),
            qPrintable(m_server.errorString()));
    }

    void qpsqlConnectsAndSearchesWithAccentsFolded()
    {
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
            "Qt's PostgreSQL driver is missing (Debian: libqt6sql6-psql)");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg"));
            db.setHostName(m_server.socketFolder());
            db.setPort(m_server.port());
            db.setUserName(m_server.superuser());
            db.setDatabaseName(QStringLiteral("newsroom"));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SHOW server_version_num")) && query.next());
            QVERIFY2(query.value(0).toInt() >= 130000, qPrintable(query.value(0).toString()));
            QVERIFY2(query.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS unaccent")),
                qPrintable(query.lastError().text()));
            for (const char *configuration : { "english", "spanish", "french", "portuguese", "simple" }) {
                QVERIFY(query.prepare(QStringLiteral("SELECT count(*) FROM pg_ts_config WHERE cfgname = ?")));
                query.addBindValue(QString::fromLatin1(configuration));
                QVERIFY(query.exec() && query.next());
                QCOMPARE(query.value(0).toInt(), 1);
            }
            // "Bogota" finds "Bogotá", and a Spanish stem finds its plural.
            QVERIFY(query.prepare(
                QStringLiteral("SELECT to_tsvector('spanish', unaccent(?)) @@ to_tsquery('spanish', unaccent(?))")));
            query.addBindValue(QStringLiteral("Las adolescentes migrantes de Bogotá"));
            query.addBindValue(QStringLiteral("bogota & adolescente"));
            QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
            QVERIFY(query.value(0).toBool());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pg"));
    }
};

QTEST_GUILESS_MAIN(TestPostgresServer)
#include "tst_postgresserver.moc"
