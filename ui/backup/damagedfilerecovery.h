#pragma once

#include <QString>

class QWidget;

namespace pressdesk {

class Database;

// What the start-up offers when the database is damaged: the newest good backup (one that
// holds records, with its date and size in words), a salvage of what can still be read,
// or quitting with the file untouched. The damaged file is never deleted: it is kept
// beside the one that replaces it. objectNames: damagedFileQuestion with the buttons
// restoreBackupButton, salvageButton and quitButton; salvageReport.
class DamagedFileRecovery final
{
public:
    // True when database is open afterwards.
    static bool run(Database &database, const QString &path, QWidget *parent);
};

} // namespace pressdesk
