-- Pressdesk schema version 16: on PostgreSQL the search vectors move into their rows
-- (migrations/postgres/0016_inline_search.sql). A file's FTS5 index needs no change; the
-- version moves with the server's so that both backends share one schema number.
SELECT 1;
