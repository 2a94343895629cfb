-- Pressdesk schema: import (external ids and the original text of imported releases).
-- Self-contained: it only adds tables, so it can be renumbered when merged next to another
-- migration with the same number.

-- Identifiers a record carries in the file it came from (ninjs uri, iCalendar UID, vCard
-- UID), so importing the same file again finds it. Exactly one of the three ids is set.
CREATE TABLE external_ids (
    scheme TEXT NOT NULL CHECK (scheme IN ('ninjs', 'ical', 'vcard')),
    value TEXT NOT NULL CHECK (length(value) > 0),
    release_id INTEGER REFERENCES releases (id) ON DELETE CASCADE,
    speaker_id INTEGER REFERENCES speakers (id) ON DELETE CASCADE,
    event_id INTEGER REFERENCES events (id) ON DELETE CASCADE,
    imported_at TEXT NOT NULL,
    PRIMARY KEY (scheme, value),
    CHECK ((release_id IS NOT NULL) + (speaker_id IS NOT NULL) + (event_id IS NOT NULL) = 1)
);
CREATE INDEX external_ids_release ON external_ids (release_id) WHERE release_id IS NOT NULL;
CREATE INDEX external_ids_speaker ON external_ids (speaker_id) WHERE speaker_id IS NOT NULL;
CREATE INDEX external_ids_event ON external_ids (event_id) WHERE event_id IS NOT NULL;

-- The text a release was split from (pasted, dropped or read from a file), kept whole so
-- nothing is lost when the split was wrong. One row per import of that release.
CREATE TABLE import_sources (
    id INTEGER PRIMARY KEY,
    release_id INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    format TEXT NOT NULL,
    source_name TEXT NOT NULL DEFAULT '',
    original TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE INDEX import_sources_release ON import_sources (release_id);
