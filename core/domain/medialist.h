#pragma once

#include "validationissue.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pressdesk {

// A named group of media contacts: those added by hand (memberIds) and, when the filter is
// set, whoever the saved search (the query language: "lang:es beat:economy") finds now.
struct MediaList
{
    qint64 id = 0;
    QString uuid;
    QString name; // unique
    QString description;
    QString filter;
    QList<qint64> memberIds; // added by hand, in the order they were added
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    ValidationIssues validate() const;
};

} // namespace pressdesk
