#include "fastsearch.h"

#include "search/searchsyntax.h"
#include "search/snippettext.h"
#include "search/utf8.h"
#include "searchresultwriter.h"

#include <memory>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pressdesk {

namespace {

constexpr int applicationId = 0x50524453; // Database::applicationId, "PRDS"
constexpr int busyTimeoutMs = 5000; // Database's default
constexpr long long alwaysCheckBelowBytes = 64LL * 1024 * 1024; // Database::open

struct Connection
{
    sqlite3 *handle = nullptr;
    ~Connection() { sqlite3_close(handle); }
};

struct Statement
{
    sqlite3_stmt *handle = nullptr;
    ~Statement() { sqlite3_finalize(handle); }
};

// What the Qt command line lists for each target: its list model's search SQL (the
// SearchTarget in ReleaseListModel, SpeakerListModel, EventListModel) with the columns
// SearchCommand prints; the id first, then the title and other fields, snippet and rank last.
struct TargetSql
{
    const char *sql;
    std::vector<std::string> fields;
    std::vector<std::string> tableColumns;
};

TargetSql targetSql(SearchRequest::Target target)
{
    switch (target) {
    case SearchRequest::Target::Speakers:
        return { "SELECT s.id, s.full_name, s.title, coalesce(o.name, ''), "
                 "snippet(speakers_fts, -1, char(2), char(3), '…', 14), rank "
                 "FROM speakers_fts JOIN speakers s ON s.id = speakers_fts.rowid "
                 "LEFT JOIN organizations o ON o.id = s.organization_id "
                 "WHERE (s.deleted_at IS NULL AND speakers_fts MATCH ?) ORDER BY rank LIMIT ? OFFSET 0",
            { "full_name", "title", "organization" }, { "id", "rank", "full_name", "snippet" } };
    case SearchRequest::Target::Events:
        return { "SELECT events.id, events.name, events.start_at, "
                 "snippet(events_fts, -1, char(2), char(3), '…', 14), rank "
                 "FROM events_fts JOIN events ON events.id = events_fts.rowid "
                 "WHERE (events.deleted_at IS NULL AND events_fts MATCH ?) ORDER BY rank LIMIT ? OFFSET 0",
            { "name", "start" }, { "id", "rank", "name", "snippet" } };
    case SearchRequest::Target::Releases:
        break;
    }
    return { "SELECT releases.id, releases.headline, releases.status, releases.language, releases.release_date, "
             "snippet(releases_fts, -1, char(2), char(3), '…', 14), rank "
             "FROM releases_fts JOIN releases ON releases.id = releases_fts.rowid "
             "WHERE (releases.deleted_at IS NULL AND releases_fts MATCH ?) ORDER BY rank LIMIT ? OFFSET 0",
        { "headline", "status", "language", "release_date" }, { "id", "rank", "headline", "snippet" } };
}

std::optional<long long> integerPragma(sqlite3 *db, const char *sql)
{
    Statement statement;
    if (sqlite3_prepare_v2(db, sql, -1, &statement.handle, nullptr) != SQLITE_OK
        || sqlite3_step(statement.handle) != SQLITE_ROW)
        return std::nullopt;
    return sqlite3_column_int64(statement.handle, 0);
}

std::optional<std::string> textPragma(sqlite3 *db, const char *sql)
{
    Statement statement;
    if (sqlite3_prepare_v2(db, sql, -1, &statement.handle, nullptr) != SQLITE_OK
        || sqlite3_step(statement.handle) != SQLITE_ROW)
        return std::nullopt;
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement.handle, 0));
    return text ? std::string(text) : std::string();
}

// A column as QVariant::toString() shows it: text as it is, null as empty; other types
// (numbers in a text column) are left to Qt.
std::optional<std::string> textColumn(sqlite3_stmt *statement, int column)
{
    const int type = sqlite3_column_type(statement, column);
    if (type == SQLITE_NULL)
        return std::string();
    if (type != SQLITE_TEXT)
        return std::nullopt;
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    const std::string value(text, static_cast<std::size_t>(sqlite3_column_bytes(statement, column)));
    if (!Utf8::isValid(value) || value.find('\0') != std::string::npos)
        return std::nullopt;
    return value;
}

// Opens the file as Database::open would find it: a Pressdesk database at this build's
// schema, checked when Database would check it. Anything else is for the Qt command line.
bool openCurrentDatabase(const std::string &path, Connection &connection)
{
    struct stat file
    {
    };
    if (::stat(path.c_str(), &file) != 0 || !S_ISREG(file.st_mode) || ::access(path.c_str(), R_OK | W_OK) != 0)
        return false;
    struct stat wal
    {
    };
    const bool uncleanShutdown = ::stat((path + "-wal").c_str(), &wal) == 0 && wal.st_size > 0;
    const bool mustCheck = uncleanShutdown || file.st_size < alwaysCheckBelowBytes;
    if (sqlite3_open_v2(path.c_str(), &connection.handle, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return false;
    sqlite3_busy_timeout(connection.handle, busyTimeoutMs);
    // As Database::configure(): never delete the WAL when closing, even when this process
    // wrongly believes it is the last user of the file (SqliteFileLocks).
    int persistWal = 1;
    sqlite3_file_control(connection.handle, "main", SQLITE_FCNTL_PERSIST_WAL, &persistWal);
    if (integerPragma(connection.handle, "PRAGMA application_id") != applicationId
        || integerPragma(connection.handle, "PRAGMA user_version") != FastSearch::schemaVersion())
        return false;
    if (mustCheck && textPragma(connection.handle, "PRAGMA quick_check") != "ok")
        return false;
    // Database::configure(): the journal mode is the one setting that persists in the file.
    return textPragma(connection.handle, "PRAGMA journal_mode = WAL").has_value()
        && sqlite3_exec(connection.handle, "PRAGMA journal_size_limit = 67108864", nullptr, nullptr, nullptr)
        == SQLITE_OK
        && sqlite3_exec(connection.handle, "PRAGMA cache_size = -32768", nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace

int FastSearch::schemaVersion()
{
    return PRESSDESK_SCHEMA_VERSION;
}

std::optional<std::string> FastSearch::answer(const SearchRequest &request)
{
    const SearchSyntax syntax = SearchSyntax::parse(request.query);
    if (!syntax.notes.empty() || !syntax.filters.empty() || syntax.clauses.empty())
        return std::nullopt;
    const std::string match = syntax.matchExpression();

    Connection connection;
    if (!openCurrentDatabase(request.database, connection))
        return std::nullopt;
    const TargetSql target = targetSql(request.target);
    Statement statement;
    if (sqlite3_prepare_v2(connection.handle, target.sql, -1, &statement.handle, nullptr) != SQLITE_OK)
        return std::nullopt;
    sqlite3_bind_text(statement.handle, 1, match.c_str(), static_cast<int>(match.size()), SQLITE_STATIC);
    sqlite3_bind_int(statement.handle, 2, request.limit);

    std::vector<SearchResultRow> rows;
    const int fieldCount = static_cast<int>(target.fields.size());
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement.handle)) == SQLITE_ROW) {
        SearchResultRow row;
        if (sqlite3_column_type(statement.handle, 0) != SQLITE_INTEGER)
            return std::nullopt;
        row.id = sqlite3_column_int64(statement.handle, 0);
        for (int f = 0; f < fieldCount; ++f) {
            const auto text = textColumn(statement.handle, f + 1);
            if (!text)
                return std::nullopt;
            row.fields.emplace_back(target.fields[static_cast<std::size_t>(f)], *text);
        }
        const auto snippet = textColumn(statement.handle, fieldCount + 1);
        if (!snippet)
            return std::nullopt;
        row.fields.emplace_back("snippet", SnippetText::marked(*snippet));
        const int rankType = sqlite3_column_type(statement.handle, fieldCount + 2);
        if (rankType == SQLITE_FLOAT || rankType == SQLITE_INTEGER)
            row.rank = sqlite3_column_double(statement.handle, fieldCount + 2);
        else if (rankType != SQLITE_NULL)
            return std::nullopt;
        rows.push_back(std::move(row));
    }
    if (step != SQLITE_DONE)
        return std::nullopt;
    return request.format == SearchRequest::Format::Json ? SearchResultWriter::json(rows)
                                                         : SearchResultWriter::table(rows, target.tableColumns);
}

} // namespace pressdesk
