-- Pressdesk schema version 18: on PostgreSQL a release's search passage comes from the part
-- that matches (migrations/postgres/0018_release_passage.sql), as FTS5's snippet() already
-- does here. The version moves with the server's.
SELECT 1;
