-- Pressdesk schema version 7: media contacts (the journalists and editors a release is sent
-- to) and media lists of them. A list's members are those added by hand plus, when it has
-- one, the contacts its saved filter (a search in the query language) finds now.
-- Beats and languages are comma-separated; languages are ISO 639-1 codes, most preferred first.
CREATE TABLE media_contacts (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    outlet TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    beats TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    do_not_contact INTEGER NOT NULL DEFAULT 0 CHECK (do_not_contact IN (0, 1)),
    bounced_at TEXT,
    bounce_reply TEXT NOT NULL DEFAULT '',
    respects_embargoes INTEGER NOT NULL DEFAULT 0 CHECK (respects_embargoes IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX media_contacts_name ON media_contacts (name COLLATE NOCASE) WHERE deleted_at IS NULL;
CREATE INDEX media_contacts_email ON media_contacts (lower(email));

CREATE TABLE media_lists (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL DEFAULT '',
    filter TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE media_list_members (
    list_id INTEGER NOT NULL REFERENCES media_lists (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES media_contacts (id) ON DELETE CASCADE,
    added_at TEXT NOT NULL,
    PRIMARY KEY (list_id, contact_id)
);
CREATE INDEX media_list_members_contact ON media_list_members (contact_id);
