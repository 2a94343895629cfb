#pragma once

#include "search/searchquery.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace pressdesk {

// The lists the window and the command line show.
enum class ListKind { Releases, Speakers, Events, Organizations, Trash };

// What a list asks storage for, in the terms of the list, not of SQL: which records, the
// search (words, exclusions and the typed filters), the column to sort by (its key; empty
// while ranked by relevance) and the direction. How the rows are found is the storage's
// business (ListReader).
struct ListQuery
{
    ListKind kind = ListKind::Releases;
    SearchQuery search;
    QString sortKey;
    Qt::SortOrder order = Qt::AscendingOrder;
    // While ranked by relevance: the newest `rankingCandidates` matches are ranked first and
    // the older ones after them (0: every match ranked as one list).
    int rankingCandidates = 0;
};

// One row of a list: the record's id, its kind (in the trash, which mixes kinds) and the
// values of the list's columns in ListReader::columns() order.
struct ListRow
{
    qint64 id = 0;
    QString kind;
    QVariantList values;
};

// What a list remembers between pages of one ranked query (the id from which matches are
// "newest", and how many of those there were); reset whenever the query changes.
struct ListPaging
{
    qint64 newestCandidateId = -1; // -1: not looked up yet; 0: ranked as one list
    int newestCount = -1; // rows in the newest part once it has ended, else -1
};

} // namespace pressdesk
