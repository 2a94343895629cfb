#include "importresult.h"

namespace pressdesk {

int ImportResult::count(ImportAction action, bool includeDependent) const
{
    int total = 0;
    for (const Entry &entry : entries)
        total += entry.action == action && (includeDependent || !entry.dependent) ? 1 : 0;
    return total;
}

} // namespace pressdesk
