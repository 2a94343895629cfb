#pragma once

#include <QString>

namespace pressdesk {

// Where the database lives: --database FILE, else $PRESSDESK_DATABASE, else the default
// file in the user's application data folder (the only one seeded with the demo newsroom).
struct DatabaseLocation
{
    QString path;
    bool isDefault = false;

    static DatabaseLocation resolve(const QString &commandLinePath);
    static QString defaultPath();
    // Creates the default data folder when needed; false when that is impossible.
    bool prepareFolder(QString *error) const;
};

} // namespace pressdesk
