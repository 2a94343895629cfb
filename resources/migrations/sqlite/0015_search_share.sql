-- Pressdesk schema version 15: on PostgreSQL a function tells the list reader how much of a
-- list a search matches (migrations/postgres/0015_search_share.sql). A file's FTS5 index needs
-- no change; the version moves with the server's so that both backends share one schema number.
SELECT 1;
