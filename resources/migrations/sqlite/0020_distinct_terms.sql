-- Pressdesk schema version 20: on PostgreSQL a search term names each of its words once
-- (migrations/postgres/0020_distinct_terms.sql). The version moves with the server's.
SELECT 1;
