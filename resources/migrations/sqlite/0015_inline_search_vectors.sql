-- Pressdesk schema version 15: on PostgreSQL the search vectors move into their rows
-- (migrations/postgres/0015_inline_search_vectors.sql). A file's FTS5 index needs no change;
-- the version moves with the server's so that both backends share one schema number.
SELECT 1;
