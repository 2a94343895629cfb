#pragma once

#include "storelocation.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pressdesk {

struct Migration
{
    int version = 0;
    QStringList statements;
};

// The numbered SQL files embedded under :/migrations/<backend> ("sqlite/0001_initial.sql",
// "postgres/0006_initial.sql"). Both folders end at the same version: a number means the same
// tables and columns on both. A statement ends with ';' at the end of a line, outside a
// $$-quoted function body, which keeps splitting trivial and reviewable.
class Migrations final
{
public:
    static int latestVersion(StoreBackend backend = StoreBackend::Sqlite);
    static QList<Migration> after(int version, StoreBackend backend = StoreBackend::Sqlite);
    static QStringList splitStatements(const QString &script);

private:
    static QList<Migration> all(StoreBackend backend);
};

} // namespace pressdesk
