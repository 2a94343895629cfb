-- Pressdesk schema version 17: on PostgreSQL the search index's words are listed, so that a
-- word being typed is searched as the words it begins (migrations/postgres/0017_search_words.sql).
-- A file's FTS5 index needs no change; the version moves with the server's.
SELECT 1;
