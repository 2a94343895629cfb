#include "importplan.h"

namespace pressdesk {

int ImportPlan::count(ImportAction action) const
{
    int total = 0;
    for (const ImportRecord &record : records)
        total += record.action == action ? 1 : 0;
    return total;
}

} // namespace pressdesk
