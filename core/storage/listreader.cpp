#include "listreader.h"

#include "database.h"
#include "domain/releasestatus.h"
#include "import/textfolding.h"
#include "postgres/tsqueryexpression.h"
#include "query.h"
#include "searchsql.h"
#include "sqlite/fts5expression.h"
#include "storageerror.h"

namespace pressdesk {

namespace {

struct ColumnSql
{
    QString key;
    QString select; // the SQL expression shown
    QString sortBy; // the SQL expression ordered by; empty: not sortable
};

// One list in SQL: its rows (FROM and the condition for live rows), its identity, its
// columns, and the full-text index that searches it (none for organizations and trash).
struct ListSql
{
    QString idExpression;
    QString kindExpression;
    QString from;
    QString table; // the table searched ("releases")
    QString live;
    QList<ColumnSql> columns;
    QString index; // SQLite: the FTS5 table ("releases_fts")
    QString vector; // PostgreSQL: the tsvector column ("releases.search_vector")
    QString passage; // PostgreSQL: the passage of a row around the matches of search.q
    int rankColumn = -1;
    int matchColumn = -1;
};

// A list narrowed to a query: FROM and WHERE with their bound values, and while ranked the
// relevance order and the index that ranks.
struct Source
{
    QString from;
    QString where;
    QVariantList whereValues;
    bool ranked = false;
    QString rankedMatch; // SQLite
    bool postgres = false; // ranked by ts_rank with the query in FROM as search.q
    bool byIndex = false; // PostgreSQL: few matches, found through the GIN index (see IndexedSearch)
    bool searched = false; // PostgreSQL: a text search query is part of the statement (IndexedSearch)
};

ListSql listSql(ListKind kind, const SqlDialect &dialect, const QString &collation)
{
    const auto caseless = [&](const char *expression) {
        return dialect.sortCaseless(QLatin1String(expression));
    };
    const auto byName = [&](const char *expression) {
        return dialect.byName(QLatin1String(expression), collation);
    };
    ListSql sql;
    switch (kind) {
    case ListKind::Releases:
        sql.idExpression = QStringLiteral("releases.id");
        sql.from = QStringLiteral("releases");
        sql.table = sql.from;
        sql.live = QStringLiteral("releases.deleted_at IS NULL");
        sql.index = QStringLiteral("releases_fts");
        sql.vector = QStringLiteral("releases.search_vector");
        // From the part of the release that matches, marked in its language (migrations 18, 19
        // and 21).
        sql.passage = QStringLiteral("pressdesk_release_passage(releases.id, releases.language, "
                                     "releases.search_vector, releases.headline, releases.subheadline, "
                                     "releases.lead, releases.body, search.q, search.marks, %1)")
                          .arg(SearchSql::headlineOptions());
        sql.columns = {
            { QStringLiteral("headline"), QStringLiteral("releases.headline"), caseless("releases.headline") },
            { QStringLiteral("status"), QStringLiteral("releases.status"), QStringLiteral("releases.status") },
            { QStringLiteral("language"), QStringLiteral("releases.language"), QStringLiteral("releases.language") },
            { QStringLiteral("release_date"), QStringLiteral("releases.release_date"),
                QStringLiteral("releases.release_date") },
            { QStringLiteral("dateline"),
                QStringLiteral("releases.dateline_city || CASE WHEN releases.dateline_country <> '' "
                               "THEN ', ' || releases.dateline_country ELSE '' END"),
                QString() },
            { QStringLiteral("updated_at"), QStringLiteral("releases.updated_at"),
                QStringLiteral("releases.updated_at") },
            { QStringLiteral("match"), QStringLiteral("''"), QString() },
            { QStringLiteral("rank"), QStringLiteral("NULL"), QString() },
        };
        break;
    case ListKind::Speakers:
        sql.idExpression = QStringLiteral("s.id");
        sql.from = QStringLiteral("speakers s LEFT JOIN organizations o ON o.id = s.organization_id");
        sql.table = QStringLiteral("speakers");
        sql.live = QStringLiteral("s.deleted_at IS NULL");
        sql.index = QStringLiteral("speakers_fts");
        sql.vector = QStringLiteral("s.search_vector");
        sql.passage = SearchSql::headlineColumn(
            QStringLiteral("'pressdesk_simple', s.full_name || chr(10) || s.title || chr(10) || s.bio"));
        sql.columns = {
            { QStringLiteral("full_name"), QStringLiteral("s.full_name"), byName("s.sort_name") },
            { QStringLiteral("title"), QStringLiteral("s.title"), caseless("s.title") },
            { QStringLiteral("organization"), QStringLiteral("coalesce(o.name, '')"), byName("o.name") },
            { QStringLiteral("country"), QStringLiteral("s.country"), QStringLiteral("s.country") },
            { QStringLiteral("email"), QStringLiteral("s.email"), QStringLiteral("s.email") },
            { QStringLiteral("match"), QStringLiteral("''"), QString() },
            { QStringLiteral("rank"), QStringLiteral("NULL"), QString() },
        };
        break;
    case ListKind::Events:
        sql.idExpression = QStringLiteral("events.id");
        sql.from = QStringLiteral("events");
        sql.table = sql.from;
        sql.live = QStringLiteral("events.deleted_at IS NULL");
        sql.index = QStringLiteral("events_fts");
        sql.vector = QStringLiteral("events.search_vector");
        sql.passage = SearchSql::headlineColumn(
            QStringLiteral("'pressdesk_simple', events.name || chr(10) || events.description || chr(10) || "
                           "events.venue || ' ' || events.city"));
        sql.columns = {
            { QStringLiteral("name"), QStringLiteral("events.name"), byName("events.name") },
            { QStringLiteral("edition"), QStringLiteral("events.edition"), QStringLiteral("events.edition") },
            { QStringLiteral("start"), QStringLiteral("events.start_at"), QStringLiteral("events.start_at") },
            { QStringLiteral("format"), QStringLiteral("events.format"), QStringLiteral("events.format") },
            { QStringLiteral("city"), QStringLiteral("events.city"), QStringLiteral("events.city") },
            { QStringLiteral("country"), QStringLiteral("events.country"), QStringLiteral("events.country") },
            { QStringLiteral("match"), QStringLiteral("''"), QString() },
            { QStringLiteral("rank"), QStringLiteral("NULL"), QString() },
        };
        break;
    case ListKind::Organizations:
        sql.idExpression = QStringLiteral("id");
        sql.from = QStringLiteral("organizations");
        sql.live = QStringLiteral("deleted_at IS NULL");
        sql.columns = {
            { QStringLiteral("name"), QStringLiteral("name"), byName("name") },
            { QStringLiteral("short_name"), QStringLiteral("short_name"), byName("short_name") },
            { QStringLiteral("country"), QStringLiteral("country"), QStringLiteral("country") },
            { QStringLiteral("website"), QStringLiteral("website"), QStringLiteral("website") },
            { QStringLiteral("is_ours"), QStringLiteral("is_ours"), QStringLiteral("is_ours") },
        };
        break;
    case ListKind::Trash:
        sql.idExpression = QStringLiteral("id");
        sql.kindExpression = QStringLiteral("kind");
        sql.from = QStringLiteral(
            "(SELECT 'release' AS kind, id, headline AS title, deleted_at FROM releases "
            "   WHERE deleted_at IS NOT NULL "
            " UNION ALL SELECT 'speaker', id, full_name, deleted_at FROM speakers WHERE deleted_at IS NOT NULL "
            " UNION ALL SELECT 'event', id, name, deleted_at FROM events WHERE deleted_at IS NOT NULL "
            " UNION ALL SELECT 'organization', id, name, deleted_at FROM organizations "
            "   WHERE deleted_at IS NOT NULL) AS trash");
        sql.columns = {
            { QStringLiteral("title"), QStringLiteral("title"), caseless("title") },
            { QStringLiteral("kind"), QStringLiteral("kind"), QStringLiteral("kind") },
            { QStringLiteral("deleted_at"), QStringLiteral("deleted_at"), QStringLiteral("deleted_at") },
        };
        break;
    }
    for (qsizetype c = 0; c < sql.columns.size(); ++c) {
        if (sql.columns.at(c).key == QLatin1String("rank"))
            sql.rankColumn = int(c);
        if (sql.columns.at(c).key == QLatin1String("match"))
            sql.matchColumn = int(c);
    }
    return sql;
}

// Authors whose folded name contains the folded text ("author:Lucia" finds "Lucía"):
// authors are few, so they are looked up and then matched exactly.
QStringList authorsMatching(Database &database, const QString &text)
{
    const QString wanted = TextFolding::fold(text).simplified();
    QStringList matching;
    Query authors(database.connection(), QStringLiteral("SELECT DISTINCT author FROM releases WHERE author <> ''"));
    authors.exec();
    while (authors.next()) {
        const QString author = authors.value(0).toString();
        if (TextFolding::fold(author).simplified().contains(wanted))
            matching.append(author);
    }
    return matching;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QLatin1String(", "));
}

// The typed filters of a release search as conditions on the rows.
void addReleaseFilters(Database &database, const ReleaseFilters &filters, QStringList &where, QVariantList &values)
{
    const auto add = [&](const QString &condition, const QVariantList &bound) {
        where.append(condition);
        values.append(bound);
    };
    if (filters.status) {
        QVariantList statuses { statusKey(*filters.status) };
        for (ReleaseStatus more : filters.moreStatuses)
            statuses.append(statusKey(more));
        add(QStringLiteral("releases.status IN (%1)").arg(placeholders(statuses.size())), statuses);
    }
    if (!filters.language.isEmpty())
        add(QStringLiteral("(%1 OR releases.language %2 ? ESCAPE '\\')")
                .arg(database.dialect().caselessEquals(QStringLiteral("releases.language")), database.dialect().like()),
            { filters.language, SearchSql::containsPattern(filters.language).mid(1).chopped(1) + QLatin1String("-%") });
    if (!filters.tag.isEmpty())
        add(QStringLiteral("releases.id IN (SELECT release_id FROM release_tags WHERE %1)")
                .arg(database.dialect().caselessEquals(QStringLiteral("tag"))),
            { filters.tag });
    if (!filters.event.isEmpty())
        add(QStringLiteral("releases.id IN (SELECT l.release_id FROM release_events l JOIN events e "
                           "ON e.id = l.event_id WHERE e.name %1 ? ESCAPE '\\')")
                .arg(database.dialect().like()),
            { SearchSql::containsPattern(filters.event) });
    if (!filters.author.isEmpty()) {
        const QStringList authors = authorsMatching(database, filters.author);
        QVariantList bound;
        for (const QString &author : authors)
            bound.append(author);
        add(authors.isEmpty() ? QStringLiteral("1 = 0")
                              : QStringLiteral("releases.author IN (%1)").arg(placeholders(authors.size())),
            bound);
    }
    if (!filters.reviewer.isEmpty())
        add(QStringLiteral("releases.id IN (SELECT release_id FROM review_requests WHERE reviewer = ?)"),
            { filters.reviewer });
    if (filters.after.isValid())
        add(QStringLiteral("releases.release_date > ?"), { filters.after.toString(Qt::ISODate) });
    if (filters.before.isValid())
        add(QStringLiteral("releases.release_date <> '' AND releases.release_date < ?"),
            { filters.before.toString(Qt::ISODate) });
    if (filters.embargoed)
        add(*filters.embargoed ? QStringLiteral("releases.embargo_until <> ''")
                               : QStringLiteral("releases.embargo_until = ''"),
            {});
}

// The FTS5 expression of the query's words (and, for releases, a speaker: filter on the
// index's speakers column).
QString matchOf(const ListQuery &query)
{
    const SearchSyntax syntax = query.search.syntax();
    if (query.kind == ListKind::Releases)
        return QString::fromStdString(
            Fts5Expression::match(syntax, "speakers", query.search.filters().speaker.toStdString()));
    return QString::fromStdString(Fts5Expression::match(syntax));
}

// PostgreSQL: whether a search matches few enough of a table's rows (by the planner's
// estimate) that they are best found through the GIN index. Reading the newest rows in id
// order until enough have matched costs one search vector per row read: cheaper only when
// matches are common.
bool matchesFew(Database &database, const ListSql &sql, const TsQueryExpression::Sql &match)
{
    constexpr double commonShare = 0.25;
    Query statement(database.connection(),
        QStringLiteral("SELECT pressdesk_search_share(CAST(? AS regclass), %1)").arg(match.expression));
    statement.bind(0, sql.table);
    for (qsizetype i = 0; i < match.values.size(); ++i)
        statement.bind(int(i) + 1, match.values.at(i));
    return statement.scalar().toDouble() < commonShare;
}

// PostgreSQL: the words each one-word prefix of the query begins, which the GIN index finds
// many times faster than the prefix (migration 17: it gathered every row holding any such
// word before the other words narrowed them down). Too many words (a letter or two typed)
// or none: the prefix stays.
TsQueryExpression::SpelledOut spelledOut(Database &database, const SearchSyntax &syntax)
{
    constexpr int mostWords = 64;
    TsQueryExpression::SpelledOut result;
    for (const QString &prefix : TsQueryExpression::prefixWords(syntax)) {
        Query statement(database.connection(), QStringLiteral("SELECT CAST(pressdesk_prefix_words(?, ?) AS text)"));
        statement.bind(0, prefix).bind(1, mostWords);
        const QVariant words = statement.scalar();
        if (!words.isNull() && !words.toString().isEmpty())
            result.insert(prefix, words.toString());
    }
    return result;
}

// The rows of a live list narrowed by a query: ranked matches when it has words, all live
// rows but the excluded ones when it has only exclusions, all live rows otherwise.
Source sourceOf(Database &database, const ListSql &sql, const ListQuery &query)
{
    Source source;
    source.from = sql.from;
    source.where = sql.live;
    if (sql.index.isEmpty())
        return source;
    if (database.dialect().isPostgres()) {
        const SearchSyntax syntax = query.search.syntax();
        const TsQueryExpression::SpelledOut words = spelledOut(database, syntax);
        const TsQueryExpression::Sql match = query.kind == ListKind::Releases
            ? TsQueryExpression::match(syntax, query.search.filters().speaker, words)
            : TsQueryExpression::match(syntax, {}, words);
        if (!match.expression.isEmpty()) {
            // The query is computed once, in FROM, and used by the condition, the rank and
            // the passage; PostgreSQL folds it into a constant the GIN index can use, and the
            // query that marks a release's passage (with its words' stems) into another.
            source.from += QStringLiteral(" CROSS JOIN (SELECT q, pressdesk_mark_query(q) AS marks "
                                          "FROM (SELECT %1 AS q) AS typed) AS search")
                               .arg(match.expression);
            source.byIndex = matchesFew(database, sql, match);
            // Written so that it implies no partial index's predicate: the planner would
            // otherwise read a whole such index and test every live row (see IndexedSearch).
            if (source.byIndex)
                source.where = QStringLiteral("(%1) IS TRUE").arg(sql.live);
            source.where += QStringLiteral(" AND %1 @@ search.q").arg(sql.vector);
            source.whereValues = match.values;
            source.ranked = query.search.hasText();
            source.postgres = true;
            source.searched = true;
        } else if (query.search.hasExclusions()) {
            const TsQueryExpression::Sql excluded = TsQueryExpression::exclusions(syntax, words);
            source.where += QStringLiteral(" AND NOT coalesce(%1 @@ %2, false)").arg(sql.vector, excluded.expression);
            source.whereValues = excluded.values;
            source.searched = true;
        }
    } else if (const QString match = matchOf(query); !match.isEmpty()) {
        // The index drives the query, so that "ORDER BY rank LIMIT n" is answered by FTS5
        // itself and only n snippets are made.
        const qsizetype join = sql.from.indexOf(QLatin1String(" LEFT JOIN"));
        source.from = SearchSql::matchedFrom(sql.index, join > 0 ? sql.from.left(join) : sql.from, sql.idExpression,
            join > 0 ? sql.from.mid(join + 1) : QString());
        source.where += QLatin1String(" AND ") + SearchSql::matchCondition(sql.index);
        source.whereValues = { match };
        // Ranked only by words: a filter alone (speaker:"María José") keeps the list's order,
        // with no rank and no passage.
        if (query.search.hasText()) {
            source.ranked = true;
            source.rankedMatch = match;
        }
    } else if (query.search.hasExclusions()) {
        source.where += QLatin1String(" AND ") + SearchSql::notMatching(sql.index, sql.idExpression);
        source.whereValues = { QString::fromStdString(Fts5Expression::exclusions(query.search.syntax())) };
    }
    if (query.kind == ListKind::Releases) {
        QStringList where { source.where };
        addReleaseFilters(database, query.search.filters(), where, source.whereValues);
        source.where = where.join(QLatin1String(" AND "));
    }
    return source;
}

QString orderBy(const ListSql &sql, const Source &source, const ListQuery &query)
{
    const QString direction = query.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // No tie-breaker while ranked, so that FTS5 delivers its rows already ranked and stops
    // at the page's end (snippets are then made for that page only).
    if (source.ranked && query.sortKey.isEmpty())
        return source.postgres ? QStringLiteral("ts_rank(%1, search.q) DESC, %2 DESC").arg(sql.vector, sql.idExpression)
                               : QStringLiteral("rank");
    QString sortBy;
    for (const ColumnSql &column : sql.columns) {
        if (column.key == query.sortKey)
            sortBy = column.sortBy;
    }
    // The id breaks ties so that paging never repeats or skips a row.
    if (sortBy.isEmpty())
        return sql.idExpression + direction;
    return sortBy + direction + QLatin1String(", ") + sql.idExpression + direction;
}

// PostgreSQL: while a query with words runs, the planner is kept to the way chosen by
// matchesFew(). It prices a search vector as cheap to test, while each one is a TOAST fetch
// of a few kilobytes, and it misjudges how many rows a prefix or a word common in one
// language only will match. Left to itself it tested every row of the table (37 times slower
// than the index on a 100,000-release archive, bench_backends), or read the table in id order
// for a pair matching 3,600 rows (25 times slower). The scan of the whole table is always
// discouraged; with few matches index scans are too (the id-order scan among them), which
// leaves the GIN index's bitmap; with many, the id-order scan that stops early stays open.
// Parallel workers are kept out: starting them cost more than a search takes. Every search
// statement, exclusions alone included, is planned with its values: the session keeps its
// statements prepared (StatementPool), and a generic plan would neither fold the query into
// a constant (it would be parsed again for every row) nor follow these settings. One
// statement sets the four and one puts back the values they had (each is a round trip to
// the server; reading the reset values from pg_settings took 0.5 ms).
class IndexedSearch final
{
public:
    IndexedSearch(Database &database, const Source &source)
        : m_database(source.searched ? &database : nullptr)
    {
        if (!m_database)
            return;
        // The values before, read before they are set (left to right), to be put back.
        Query settings(m_database->connection(),
            QStringLiteral("SELECT current_setting('enable_seqscan'), "
                           "current_setting('max_parallel_workers_per_gather'), current_setting('enable_indexscan'), "
                           "current_setting('plan_cache_mode'), "
                           "set_config('enable_seqscan', CASE WHEN ? THEN 'off' "
                           "ELSE current_setting('enable_seqscan') END, false), "
                           "set_config('max_parallel_workers_per_gather', CASE WHEN ? THEN '0' "
                           "ELSE current_setting('max_parallel_workers_per_gather') END, false), "
                           "set_config('enable_indexscan', CASE WHEN ? THEN 'off' "
                           "ELSE current_setting('enable_indexscan') END, false), "
                           "set_config('plan_cache_mode', 'force_custom_plan', false)"));
        settings.bind(0, source.postgres).bind(1, source.postgres).bind(2, source.postgres && source.byIndex).exec();
        if (settings.next()) {
            for (int i = 0; i < 4; ++i)
                m_before.append(settings.value(i));
        }
    }
    ~IndexedSearch()
    {
        if (!m_database || m_before.size() != 4)
            return;
        try {
            Query(m_database->connection(),
                QStringLiteral("SELECT set_config('enable_seqscan', ?, false), "
                               "set_config('max_parallel_workers_per_gather', ?, false), "
                               "set_config('enable_indexscan', ?, false), set_config('plan_cache_mode', ?, false)"))
                .bind(0, m_before.at(0))
                .bind(1, m_before.at(1))
                .bind(2, m_before.at(2))
                .bind(3, m_before.at(3))
                .exec();
        } catch (const StorageError &) {
            // A lost connection: the next session starts with the server's defaults.
        }
    }
    IndexedSearch(const IndexedSearch &) = delete;
    IndexedSearch &operator=(const IndexedSearch &) = delete;

private:
    Database *m_database;
    QVariantList m_before;
};

QList<ListRow> rowsOf(Query &statement, int columns);

QList<ListRow> select(Database &database, const ListSql &sql, const Source &source, const ListQuery &query,
    const QString &extraCondition, const QVariantList &extraValues, int limit, int offset)
{
    QStringList selects { sql.idExpression, sql.kindExpression.isEmpty() ? QStringLiteral("''") : sql.kindExpression };
    for (qsizetype c = 0; c < sql.columns.size(); ++c) {
        QString expression = sql.columns.at(c).select;
        const bool postgres = source.postgres;
        // Higher is better on both: FTS5's rank is a negated bm25 score.
        if (source.ranked && c == sql.rankColumn)
            expression = postgres ? QStringLiteral("ts_rank(%1, search.q)").arg(sql.vector) : QStringLiteral("-rank");
        else if (source.ranked && c == sql.matchColumn)
            expression = postgres ? sql.passage : SearchSql::snippetColumn(sql.index);
        selects.append(expression);
    }
    QStringList conditions;
    if (!source.where.isEmpty())
        conditions.append(QLatin1Char('(') + source.where + QLatin1Char(')'));
    if (!extraCondition.isEmpty())
        conditions.append(extraCondition);
    QString text =
        QStringLiteral("SELECT ") + selects.join(QLatin1String(", ")) + QLatin1String(" FROM ") + source.from;
    if (!conditions.isEmpty())
        text += QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND "));
    text += QLatin1String(" ORDER BY ") + orderBy(sql, source, query) + QLatin1String(" LIMIT ? OFFSET ?");

    Query statement(database.connection(), text);
    int position = 0;
    for (const QVariantList *values : { &source.whereValues, &extraValues }) {
        for (const QVariant &value : *values)
            statement.bind(position++, value);
    }
    statement.bind(position, limit);
    statement.bind(position + 1, offset).exec();
    return rowsOf(statement, int(sql.columns.size()));
}

// PostgreSQL: the newest `candidates` matches ranked among themselves in one pass over their
// rows (finding them and ranking them read each search vector; a separate query for the
// candidates' boundary would read them all again), the passages made for the page's rows only.
// Each row is ranked where it is read, so that only ids and ranks are sorted, not vectors.
QList<ListRow> selectNewestRanked(
    Database &database, const ListSql &sql, const Source &source, int candidates, int limit, int offset)
{
    QStringList selects { sql.idExpression, QStringLiteral("''") };
    for (qsizetype c = 0; c < sql.columns.size(); ++c) {
        if (c == sql.rankColumn)
            selects.append(QStringLiteral("search.rank"));
        else if (c == sql.matchColumn)
            selects.append(sql.passage);
        else
            selects.append(sql.columns.at(c).select);
    }
    const QString text =
        QStringLiteral("SELECT %1 FROM %2 JOIN (SELECT c.id, c.q, c.marks, c.rank FROM "
                       "(SELECT %3 AS id, ts_rank(%4, search.q) AS rank, search.q AS q, search.marks AS marks "
                       "FROM %5 WHERE %6 "
                       "ORDER BY %3 DESC LIMIT ?) AS c "
                       "ORDER BY c.rank DESC, c.id DESC LIMIT ? OFFSET ?) AS search ON %3 = search.id "
                       "ORDER BY search.rank DESC, search.id DESC")
            .arg(selects.join(QLatin1String(", ")), sql.from, sql.idExpression, sql.vector, source.from, source.where);
    Query statement(database.connection(), text);
    int position = 0;
    for (const QVariant &value : source.whereValues)
        statement.bind(position++, value);
    statement.bind(position, candidates);
    statement.bind(position + 1, limit);
    statement.bind(position + 2, offset).exec();
    return rowsOf(statement, int(sql.columns.size()));
}

QList<ListRow> rowsOf(Query &statement, int columns)
{
    QList<ListRow> rows;
    while (statement.next()) {
        ListRow row;
        row.id = statement.value(0).toLongLong();
        row.kind = statement.value(1).toString();
        row.values.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row.values.append(statement.value(c + 2));
        rows.append(std::move(row));
    }
    return rows;
}

// The candidates-th newest match, found from the index's rowids without ranking; fewer
// matches than that: the list is ranked as one (0).
qint64 newestCandidateId(Database &database, const ListSql &sql, const Source &source, int candidates)
{
    if (database.dialect().isPostgres()) {
        Query statement(database.connection(),
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %1 DESC LIMIT 1 OFFSET ?")
                .arg(sql.idExpression, source.from, source.where));
        int position = 0;
        for (const QVariant &value : source.whereValues)
            statement.bind(position++, value);
        statement.bind(position, candidates - 1).exec();
        return statement.next() ? statement.value(0).toLongLong() : 0;
    }
    Query statement(database.connection(),
        QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?").arg(sql.index));
    statement.bind(0, source.rankedMatch).bind(1, candidates - 1).exec();
    return statement.next() ? statement.value(0).toLongLong() : 0;
}

// PostgreSQL: the newest matches ranked first, then the older ones, each part ranked by itself
// (as SQLite does below with the index's rowids).
QList<ListRow> newestFirst(Database &database, const ListSql &sql, const Source &source, const ListQuery &query,
    int limit, int offset, ListPaging &paging)
{
    const int candidates = query.rankingCandidates;
    QList<ListRow> rows;
    if (paging.newestCount < 0 || offset < paging.newestCount) {
        rows = selectNewestRanked(database, sql, source, candidates, limit, offset);
        if (rows.size() == limit)
            return rows;
        paging.newestCount = offset + int(rows.size());
    }
    // Fewer matches than candidates: they were all ranked as one.
    if (paging.newestCount < candidates)
        return rows;
    if (paging.newestCandidateId < 0)
        paging.newestCandidateId = newestCandidateId(database, sql, source, candidates);
    if (paging.newestCandidateId <= 0)
        return rows;
    const int olderOffset = offset + int(rows.size()) - paging.newestCount;
    rows.append(select(database, sql, source, query, sql.idExpression + QLatin1String(" < ?"),
        { paging.newestCandidateId }, limit - int(rows.size()), olderOffset));
    return rows;
}

} // namespace

ListReader::ListReader(Database &database)
    : m_database(database)
{ }

QStringList ListReader::columns(ListKind kind)
{
    QStringList keys;
    for (const ColumnSql &column : listSql(kind, SqlDialect(), QStringLiteral("NOCASE")).columns)
        keys.append(column.key);
    return keys;
}

bool ListReader::isSortable(ListKind kind, const QString &key)
{
    for (const ColumnSql &column : listSql(kind, SqlDialect(), QStringLiteral("NOCASE")).columns) {
        if (column.key == key)
            return !column.sortBy.isEmpty();
    }
    return false;
}

bool ListReader::ranksByRelevance(const ListQuery &query)
{
    if (query.kind == ListKind::Organizations || query.kind == ListKind::Trash)
        return false;
    return query.search.hasText() && !matchOf(query).isEmpty();
}

QList<ListRow> ListReader::page(const ListQuery &query, int limit, int offset, ListPaging &paging)
{
    const ListSql sql = listSql(query.kind, m_database.dialect(), m_database.nameCollation());
    const Source source = sourceOf(m_database, sql, query);
    const IndexedSearch indexed(m_database, source);
    if (!source.ranked || !query.sortKey.isEmpty() || query.rankingCandidates <= 0)
        return select(m_database, sql, source, query, {}, {}, limit, offset);
    if (source.postgres)
        return newestFirst(m_database, sql, source, query, limit, offset, paging);
    if (paging.newestCandidateId < 0)
        paging.newestCandidateId = newestCandidateId(m_database, sql, source, query.rankingCandidates);
    const qint64 threshold = paging.newestCandidateId;
    if (threshold <= 0)
        return select(m_database, sql, source, query, {}, {}, limit, offset);
    // The newest matches ranked first, then the older ones, each part ranked by itself.
    const QString rowid = m_database.dialect().isPostgres() ? sql.idExpression : sql.index + QLatin1String(".rowid");
    QList<ListRow> rows;
    if (paging.newestCount < 0 || offset < paging.newestCount) {
        rows = select(m_database, sql, source, query, rowid + QLatin1String(" >= ?"), { threshold }, limit, offset);
        if (rows.size() == limit)
            return rows;
        paging.newestCount = offset + int(rows.size());
    }
    const int olderOffset = offset + int(rows.size()) - paging.newestCount;
    rows.append(select(m_database, sql, source, query, rowid + QLatin1String(" < ?"), { threshold },
        limit - int(rows.size()), olderOffset));
    return rows;
}

std::optional<ListRow> ListReader::row(const ListQuery &query, qint64 id)
{
    const ListSql sql = listSql(query.kind, m_database.dialect(), m_database.nameCollation());
    const Source source = sourceOf(m_database, sql, query);
    const IndexedSearch indexed(m_database, source);
    const QList<ListRow> rows =
        select(m_database, sql, source, query, sql.idExpression + QLatin1String(" = ?"), { id }, 1, 0);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.constFirst();
}

bool ListReader::matchesThroughIndex(const ListQuery &query)
{
    const ListSql sql = listSql(query.kind, m_database.dialect(), m_database.nameCollation());
    const Source source = sourceOf(m_database, sql, query);
    return !source.postgres || source.byIndex;
}

int ListReader::count(const ListQuery &query, int atMost)
{
    const ListSql sql = listSql(query.kind, m_database.dialect(), m_database.nameCollation());
    const Source source = sourceOf(m_database, sql, query);
    const IndexedSearch indexed(m_database, source);
    QString rows = QStringLiteral("SELECT 1 FROM ") + source.from;
    if (!source.where.isEmpty())
        rows += QLatin1String(" WHERE ") + source.where;
    if (atMost > 0)
        rows += QLatin1String(" LIMIT ?");
    Query statement(m_database.connection(), QStringLiteral("SELECT count(*) FROM (%1) AS counted").arg(rows));
    int position = 0;
    for (const QVariant &value : source.whereValues)
        statement.bind(position++, value);
    if (atMost > 0)
        statement.bind(position, atMost + 1);
    return statement.scalar().toInt();
}

} // namespace pressdesk
