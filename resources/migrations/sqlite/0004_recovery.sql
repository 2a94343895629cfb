-- Pressdesk schema version 4: autosaved drafts for crash recovery.
--
-- An editor with unsaved changes writes its whole state here every autosave interval,
-- never over the saved record. A draft is removed when its editor saves or discards;
-- whatever is left after a crash or kill is offered for restoring on the next start.
-- draft_key names the editor ("release:42", or "release:new:<uuid>" for a record not
-- saved yet); record_id is 0 for those.
CREATE TABLE recovery_drafts (
    draft_key TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('release', 'speaker', 'event', 'organization')),
    record_id INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL DEFAULT '',
    payload TEXT NOT NULL CHECK (json_valid(payload)),
    saved_at TEXT NOT NULL
);
