#pragma once

#include "importrecord.h"

#include <QList>
#include <QString>

namespace pressdesk {

// What to do with a record that is already in the database.
enum class DuplicatePolicy { Skip, Update, KeepBoth };

// The records of one import (one or many files), each with what would happen to it:
// created, updated or skipped, and which existing record it duplicates and why.
struct ImportPlan
{
    QList<ImportRecord> records;
    DuplicatePolicy policy = DuplicatePolicy::Skip;

    int count(ImportAction action) const;
};

} // namespace pressdesk
