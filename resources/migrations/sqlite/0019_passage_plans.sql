-- Pressdesk schema version 19: on PostgreSQL the passage function of a search takes the columns
-- it reads and plans its own statements the usual way (migrations/postgres/0019_passage_plans.sql).
-- The version moves with the server's.
SELECT 1;
