-- Pressdesk schema version 9: the team's workflow. A file has one person, the local user,
-- with every role (admin); the tables are the server's (migrations/postgres/0009_team.sql),
-- where the rules are enforced by the server. Here the triggers keep the activity log and
-- the approvals as the server's do.

CREATE TABLE people (
    name TEXT PRIMARY KEY,
    full_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('contributor', 'editor', 'publisher', 'admin')),
    created_at TEXT NOT NULL,
    last_seen TEXT NOT NULL DEFAULT '',
    removed_at TEXT
);
INSERT INTO people (name, role, created_at) VALUES ('local', 'admin', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

ALTER TABLE releases ADD COLUMN created_by TEXT NOT NULL DEFAULT 'local';

CREATE TABLE activity (
    id INTEGER PRIMARY KEY,
    release_id INTEGER NOT NULL,
    actor TEXT NOT NULL,
    created_at TEXT NOT NULL,
    action TEXT NOT NULL
        CHECK (action IN ('created', 'edited', 'status', 'trashed', 'restored', 'comment', 'approval')),
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX activity_release ON activity (release_id, id);

CREATE TABLE approvals (
    id INTEGER PRIMARY KEY,
    release_id INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    author TEXT NOT NULL,
    revision INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX approvals_release ON approvals (release_id, id);

CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    release_id INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    field TEXT NOT NULL DEFAULT ''
        CHECK (field IN ('', 'headline', 'subheadline', 'lead') OR (field GLOB 'body:[1-9]*' AND substr(field, 6) NOT GLOB '*[^0-9]*') OR (field GLOB 'quote:[1-9]*' AND substr(field, 7) NOT GLOB '*[^0-9]*')),
    parent_id INTEGER REFERENCES comments (id) ON DELETE CASCADE,
    author TEXT NOT NULL DEFAULT 'local',
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1))
);
CREATE INDEX comments_release ON comments (release_id, id);

CREATE TRIGGER releases_created AFTER INSERT ON releases
BEGIN
    INSERT INTO activity (release_id, actor, created_at, action, detail)
    VALUES (NEW.id, 'local', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'created', NEW.status);
    INSERT INTO approvals (release_id, author, revision, created_at)
    SELECT NEW.id, 'local', NEW.version, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE NEW.status = 'approved';
END;

CREATE TRIGGER releases_lifecycle AFTER UPDATE OF deleted_at ON releases
WHEN NEW.deleted_at IS NOT OLD.deleted_at
BEGIN
    INSERT INTO activity (release_id, actor, created_at, action)
    VALUES (NEW.id, 'local', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        CASE WHEN NEW.deleted_at IS NULL THEN 'restored' ELSE 'trashed' END);
END;

CREATE TRIGGER releases_edited AFTER UPDATE ON releases
WHEN NEW.version <> OLD.version AND (NEW.headline, NEW.subheadline, NEW.lead, NEW.body, NEW.boilerplate,
    NEW.notes_to_editors, NEW.dateline_city, NEW.dateline_country, NEW.release_date, NEW.embargo_until,
    NEW.language, NEW.author, NEW.organization_id)
    IS NOT (OLD.headline, OLD.subheadline, OLD.lead, OLD.body, OLD.boilerplate, OLD.notes_to_editors,
    OLD.dateline_city, OLD.dateline_country, OLD.release_date, OLD.embargo_until, OLD.language, OLD.author,
    OLD.organization_id)
BEGIN
    INSERT INTO activity (release_id, actor, created_at, action, detail)
    VALUES (NEW.id, 'local', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'edited', 'version ' || NEW.version);
END;

CREATE TRIGGER releases_status AFTER UPDATE OF status ON releases
WHEN NEW.status <> OLD.status
BEGIN
    INSERT INTO activity (release_id, actor, created_at, action, detail)
    VALUES (NEW.id, 'local', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'status', OLD.status || ' -> ' || NEW.status);
    INSERT INTO approvals (release_id, author, revision, created_at)
    SELECT NEW.id, 'local', NEW.version, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE NEW.status = 'approved';
    INSERT INTO activity (release_id, actor, created_at, action, detail)
    SELECT NEW.id, 'local', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'approval', 'version ' || NEW.version
    WHERE NEW.status = 'approved';
END;

CREATE TRIGGER comments_added AFTER INSERT ON comments
BEGIN
    INSERT INTO activity (release_id, actor, created_at, action, detail)
    VALUES (NEW.release_id, NEW.author, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'comment', NEW.id || ' ' || NEW.field);
END;

CREATE TRIGGER comments_resolved AFTER UPDATE OF resolved ON comments
WHEN NEW.resolved <> OLD.resolved
BEGIN
    INSERT INTO activity (release_id, actor, created_at, action, detail)
    VALUES (NEW.release_id, 'local', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'comment',
        NEW.id || CASE WHEN NEW.resolved = 1 THEN ' resolved' ELSE ' reopened' END);
END;

CREATE TRIGGER activity_no_update BEFORE UPDATE ON activity
BEGIN
    SELECT RAISE(ABORT, 'activity is append-only');
END;

CREATE TRIGGER activity_no_delete BEFORE DELETE ON activity
BEGIN
    SELECT RAISE(ABORT, 'activity is append-only');
END;
