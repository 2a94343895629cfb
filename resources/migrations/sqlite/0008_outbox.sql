-- Pressdesk schema version 8: the outbox of release e-mails, and the record of what was sent.
--
-- One row per message: a personal e-mail sent through SMTP (method 'smtp'), or a recipient
-- of a .eml draft written for the officer's own mail program (method 'draft', state 'sent'
-- once written). The message is kept whole, exactly as composed, so what goes out after a
-- crash or a night offline is what was approved. A row moves queued -> sending -> sent,
-- failed (the server refused it for good: its reply in last_error) or back to queued
-- (a temporary failure: next_attempt_at after a back-off). A row found in 'sending' when
-- the outbox starts was in flight when Pressdesk stopped: it becomes 'uncertain' and is
-- never resent unless the officer asks.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    batch TEXT NOT NULL,
    release_id INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    language TEXT NOT NULL DEFAULT '',
    contact_id INTEGER NOT NULL DEFAULT 0,
    recipient_name TEXT NOT NULL DEFAULT '',
    recipient_email TEXT NOT NULL,
    sender_email TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    message_id TEXT NOT NULL,
    message BLOB NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('smtp', 'draft')),
    state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'uncertain')),
    smtp_server TEXT NOT NULL DEFAULT '',
    smtp_user TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL DEFAULT '',
    last_error TEXT NOT NULL DEFAULT '',
    queued_at TEXT NOT NULL,
    sent_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_state ON outbox (state, id);
CREATE INDEX outbox_release ON outbox (release_id, id);
