-- Pressdesk schema version 19: on PostgreSQL the passage function of a search takes the columns
-- it reads and plans its own statements the usual way, and the search indexes keep a short list
-- of pending saves (migrations/postgres/0019_search_costs.sql).
-- The version moves with the server's.
SELECT 1;
