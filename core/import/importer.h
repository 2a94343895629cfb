#pragma once

#include "importplan.h"
#include "importresult.h"

namespace pressdesk {

class Database;

// Writes an import plan in ONE transaction: every record, and the speakers and
// organizations its quotes, contacts and organizers need, are saved inside it (each
// repository save a savepoint). The first record that fails rolls everything back and the
// result names it (file, line, headline or name) and says why. A dry run does all the
// work and rolls back, so it reports exactly what a real run would create. After a commit
// every list hears about the change (Database::changed with id 0 per entity).
class Importer final
{
public:
    explicit Importer(Database &database);

    // Decides, per record, create / update / skip from the duplicates found and the policy.
    // Returns false (with errorString) when the database could not be read.
    bool plan(ImportPlan &plan);
    ImportResult run(const ImportPlan &plan, bool dryRun = false);
    QString errorString() const { return m_error; }

private:
    Database &m_database;
    QString m_error;
};

} // namespace pressdesk
