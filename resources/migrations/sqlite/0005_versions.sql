-- Pressdesk schema version 5: a version per speaker, event and organization (releases have
-- one since schema 1), so that a save never overwrites a change made elsewhere since the
-- record was loaded.
ALTER TABLE speakers ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE organizations ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
