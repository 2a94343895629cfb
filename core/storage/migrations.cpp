#include "migrations.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace pressdesk {

namespace {

QString folderOf(StoreBackend backend)
{
    return backend == StoreBackend::Postgres ? QStringLiteral(":/migrations/postgres")
                                             : QStringLiteral(":/migrations/sqlite");
}

QList<Migration> read(StoreBackend backend)
{
    QList<Migration> result;
    const QDir folder(folderOf(backend));
    const QStringList files = folder.entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Migration migration;
        migration.version = name.section(QLatin1Char('_'), 0, 0).toInt();
        migration.statements = Migrations::splitStatements(QString::fromUtf8(file.readAll()));
        if (migration.version > 0)
            result.append(migration);
    }
    std::sort(
        result.begin(), result.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return result;
}

} // namespace

QList<Migration> Migrations::all(StoreBackend backend)
{
    static const QList<Migration> sqlite = read(StoreBackend::Sqlite);
    static const QList<Migration> postgres = read(StoreBackend::Postgres);
    return backend == StoreBackend::Postgres ? postgres : sqlite;
}

int Migrations::latestVersion(StoreBackend backend)
{
    // From the file names alone: opening a current file needs no migration text.
    const auto latestIn = [](StoreBackend of) {
        int version = 0;
        const QStringList files = QDir(folderOf(of)).entryList({ QStringLiteral("*.sql") }, QDir::Files);
        for (const QString &name : files)
            version = std::max(version, name.section(QLatin1Char('_'), 0, 0).toInt());
        return version;
    };
    static const int sqlite = latestIn(StoreBackend::Sqlite);
    static const int postgres = latestIn(StoreBackend::Postgres);
    return backend == StoreBackend::Postgres ? postgres : sqlite;
}

QList<Migration> Migrations::after(int version, StoreBackend backend)
{
    QList<Migration> pending;
    for (const Migration &migration : all(backend)) {
        if (migration.version > version)
            pending.append(migration);
    }
    return pending;
}

QStringList Migrations::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inBody = false; // between the $$ that open and close a function body
    bool inTrigger = false; // between a SQLite trigger's BEGIN and END;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!inBody && (trimmed.startsWith(QLatin1String("--")) || (trimmed.isEmpty() && current.isEmpty())))
            continue;
        current += line + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inBody = !inBody;
        if (!inBody && trimmed.compare(QLatin1String("BEGIN"), Qt::CaseInsensitive) == 0
            && current.trimmed().startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        if (inTrigger) {
            if (trimmed.compare(QLatin1String("END;"), Qt::CaseInsensitive) != 0)
                continue;
            inTrigger = false;
        }
        if (!inBody && trimmed.endsWith(QLatin1Char(';'))) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace pressdesk
