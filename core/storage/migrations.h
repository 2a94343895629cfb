#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pressdesk {

struct Migration
{
    int version = 0;
    QStringList statements;
};

// The numbered SQL files embedded under :/migrations ("0001_initial.sql", ...). A statement
// ends with ';' at the end of a line, which keeps splitting trivial and reviewable.
class Migrations final
{
public:
    static int latestVersion();
    static QList<Migration> after(int version);
    static QStringList splitStatements(const QString &script);

private:
    static QList<Migration> all();
};

} // namespace pressdesk
