-- Pressdesk schema version 12: a release's activity log records each message sent
-- (migrations/postgres/0012_sent_activity.sql). A row says how (smtp or draft), which
-- language version and revision, and to whom: "smtp es 3 ines@diario.example".
--
-- SQLite cannot change a CHECK constraint: the log is copied into a table that allows
-- 'sent'. legacy_alter_table keeps the rename from checking the triggers of other tables,
-- which name "activity" and find it again once it is back.

PRAGMA legacy_alter_table = ON;

CREATE TABLE activity_sent (
    id INTEGER PRIMARY KEY,
    release_id INTEGER NOT NULL,
    actor TEXT NOT NULL,
    created_at TEXT NOT NULL,
    action TEXT NOT NULL
        CHECK (action IN ('created', 'edited', 'status', 'trashed', 'restored', 'comment', 'approval', 'sent')),
    detail TEXT NOT NULL DEFAULT ''
);
INSERT INTO activity_sent (id, release_id, actor, created_at, action, detail)
SELECT id, release_id, actor, created_at, action, detail FROM activity;
DROP TABLE activity;
ALTER TABLE activity_sent RENAME TO activity;
CREATE INDEX activity_release ON activity (release_id, id);

PRAGMA legacy_alter_table = OFF;

CREATE TRIGGER activity_no_update BEFORE UPDATE ON activity
BEGIN
    SELECT RAISE(ABORT, 'activity is append-only');
END;

CREATE TRIGGER activity_no_delete BEFORE DELETE ON activity
BEGIN
    SELECT RAISE(ABORT, 'activity is append-only');
END;

-- A draft is recorded as sent when it is written; an SMTP message when the server took it.
CREATE TRIGGER outbox_sent_added AFTER INSERT ON outbox
WHEN NEW.state = 'sent'
BEGIN
    INSERT INTO activity (release_id, actor, created_at, action, detail)
    VALUES (NEW.release_id, 'local', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'sent',
        NEW.method || ' ' || NEW.language || ' ' || NEW.revision || ' ' || NEW.recipient_email);
END;

CREATE TRIGGER outbox_sent AFTER UPDATE OF state ON outbox
WHEN NEW.state = 'sent' AND OLD.state <> 'sent'
BEGIN
    INSERT INTO activity (release_id, actor, created_at, action, detail)
    VALUES (NEW.release_id, 'local', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'sent',
        NEW.method || ' ' || NEW.language || ' ' || NEW.revision || ' ' || NEW.recipient_email);
END;
