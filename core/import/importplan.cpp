#include "importplan.h"

namespace pressdesk {

QString duplicatePolicyKey(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::Skip:
        return QStringLiteral("skip");
    case DuplicatePolicy::Update:
        return QStringLiteral("update");
    case DuplicatePolicy::KeepBoth:
        return QStringLiteral("keep_both");
    }
    return {};
}

int ImportPlan::count(ImportAction action) const
{
    int total = 0;
    for (const ImportRecord &record : records)
        total += record.action == action ? 1 : 0;
    return total;
}

} // namespace pressdesk
