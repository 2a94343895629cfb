-- Pressdesk schema version 1.
-- Statements end with a semicolon at the end of a line; the migrator splits on that.
-- Times are ISO 8601 text: UTC instants end in "Z"; event times are wall-clock times in
-- the event's time zone. Deletion is soft (deleted_at) until the trash is emptied.

-- Small key/value facts about this file ("demo_installed", preferences kept with the data).
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE organizations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    short_name TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    boilerplate TEXT NOT NULL DEFAULT '',
    logo BLOB,
    is_ours INTEGER NOT NULL DEFAULT 0 CHECK (is_ours IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX organizations_name ON organizations (name COLLATE NOCASE) WHERE deleted_at IS NULL;

CREATE TABLE speakers (
    id INTEGER PRIMARY KEY,
    honorific TEXT NOT NULL DEFAULT '',
    full_name TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    sort_name TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    organization_id INTEGER REFERENCES organizations (id) ON DELETE SET NULL,
    country TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    bio TEXT NOT NULL DEFAULT '',
    photo BLOB,
    languages TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX speakers_sort_name ON speakers (sort_name COLLATE NOCASE) WHERE deleted_at IS NULL;
CREATE INDEX speakers_organization ON speakers (organization_id);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    edition TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    start_at TEXT NOT NULL,
    end_at TEXT NOT NULL DEFAULT '',
    all_day INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0, 1)),
    time_zone TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL DEFAULT 'in_person' CHECK (format IN ('in_person', 'online', 'hybrid')),
    venue TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    online_url TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX events_start ON events (start_at) WHERE deleted_at IS NULL;
CREATE INDEX events_name ON events (name COLLATE NOCASE) WHERE deleted_at IS NULL;

CREATE TABLE event_organizations (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('organizer', 'co_organizer', 'funder', 'partner')),
    position INTEGER NOT NULL,
    PRIMARY KEY (event_id, organization_id, role)
);
CREATE INDEX event_organizations_organization ON event_organizations (organization_id);

CREATE TABLE event_speakers (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    speaker_id INTEGER NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('keynote', 'panelist', 'host')),
    position INTEGER NOT NULL,
    PRIMARY KEY (event_id, speaker_id, role)
);
CREATE INDEX event_speakers_speaker ON event_speakers (speaker_id);

CREATE TABLE releases (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    language TEXT NOT NULL DEFAULT 'en',
    translation_group TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'in_review', 'approved', 'published', 'archived')),
    headline TEXT NOT NULL,
    subheadline TEXT NOT NULL DEFAULT '',
    dateline_city TEXT NOT NULL DEFAULT '',
    dateline_country TEXT NOT NULL DEFAULT '',
    release_date TEXT NOT NULL DEFAULT '',
    embargo_until TEXT NOT NULL DEFAULT '',
    embargo_time_zone TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    organization_id INTEGER REFERENCES organizations (id) ON DELETE SET NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    published_at TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    -- The long texts come last: a list reads the short columns without following a long
    -- body into its overflow pages.
    lead TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    boilerplate TEXT NOT NULL DEFAULT '',
    notes_to_editors TEXT NOT NULL DEFAULT ''
);
-- One index per sortable list column; partial so the trash does not slow the lists.
CREATE INDEX releases_release_date ON releases (release_date, id) WHERE deleted_at IS NULL;
CREATE INDEX releases_updated_at ON releases (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX releases_headline ON releases (headline COLLATE NOCASE, id) WHERE deleted_at IS NULL;
CREATE INDEX releases_status ON releases (status, release_date) WHERE deleted_at IS NULL;
CREATE INDEX releases_language ON releases (language, release_date) WHERE deleted_at IS NULL;
CREATE INDEX releases_translation_group ON releases (translation_group) WHERE translation_group <> '';
CREATE INDEX releases_deleted ON releases (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE release_tags (
    release_id INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (release_id, tag)
);
CREATE INDEX release_tags_tag ON release_tags (tag COLLATE NOCASE);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    release_id INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    -- RESTRICT: a speaker cannot be purged while quoted.
    speaker_id INTEGER NOT NULL REFERENCES speakers (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    attribution TEXT NOT NULL DEFAULT ''
);
CREATE INDEX quotes_release ON quotes (release_id, position);
CREATE INDEX quotes_speaker ON quotes (speaker_id);

CREATE TABLE release_events (
    release_id INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    PRIMARY KEY (release_id, event_id)
);
CREATE INDEX release_events_event ON release_events (event_id);

CREATE TABLE release_contacts (
    release_id INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    speaker_id INTEGER NOT NULL REFERENCES speakers (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    PRIMARY KEY (release_id, speaker_id)
);
CREATE INDEX release_contacts_speaker ON release_contacts (speaker_id);

CREATE TABLE revisions (
    id INTEGER PRIMARY KEY,
    release_id INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    snapshot TEXT NOT NULL CHECK (json_valid(snapshot))
);
CREATE INDEX revisions_release ON revisions (release_id, id);

-- Search over what a reader of the release reads; rowid is the release id.
CREATE VIRTUAL TABLE releases_fts USING fts5 (
    headline, subheadline, lead, body, quotes, speakers,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
