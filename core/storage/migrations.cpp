#include "migrations.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace pressdesk {

QList<Migration> Migrations::all()
{
    static const QList<Migration> migrations = [] {
        QList<Migration> result;
        const QDir folder(QStringLiteral(":/migrations"));
        const QStringList files = folder.entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            QFile file(folder.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            Migration migration;
            migration.version = name.section(QLatin1Char('_'), 0, 0).toInt();
            migration.statements = splitStatements(QString::fromUtf8(file.readAll()));
            if (migration.version > 0)
                result.append(migration);
        }
        std::sort(
            result.begin(), result.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
        return result;
    }();
    return migrations;
}

int Migrations::latestVersion()
{
    // From the file names alone: opening a current file needs no migration text.
    static const int latest = [] {
        int version = 0;
        const QStringList files =
            QDir(QStringLiteral(":/migrations")).entryList({ QStringLiteral("*.sql") }, QDir::Files);
        for (const QString &name : files)
            version = std::max(version, name.section(QLatin1Char('_'), 0, 0).toInt());
        return version;
    }();
    return latest;
}

QList<Migration> Migrations::after(int version)
{
    QList<Migration> pending;
    for (const Migration &migration : all()) {
        if (migration.version > version)
            pending.append(migration);
    }
    return pending;
}

QStringList Migrations::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || (trimmed.isEmpty() && current.isEmpty()))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace pressdesk
