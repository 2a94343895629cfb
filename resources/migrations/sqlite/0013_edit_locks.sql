-- Pressdesk schema version 13: the table of soft edit locks (migrations/postgres/
-- 0013_edit_locks.sql), so that a version means the same tables on both backends. A file has
-- one person, who is never shown as editing elsewhere: Pressdesk writes no lock in a file.

CREATE TABLE edit_locks (
    release_id INTEGER PRIMARY KEY REFERENCES releases (id) ON DELETE CASCADE,
    holder TEXT NOT NULL,
    since TEXT NOT NULL,
    heartbeat_at TEXT NOT NULL
);
