-- Pressdesk schema version 14: what each person has read of their notifications
-- (migrations/postgres/0014_notifications.sql). A file has one person, the local user, whom
-- nobody else notifies; the table is here so that a schema version means the same tables on
-- both backends.

CREATE TABLE notification_reads (
    person TEXT NOT NULL DEFAULT 'local',
    item TEXT NOT NULL,
    read_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (person, item)
);
