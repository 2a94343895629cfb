-- Pressdesk schema version 2: search over releases, speakers and events.
--
-- Releases: the index no longer keeps its own copy of the text. It reads what it needs
-- (for snippets) from release_search_content, a view of the live releases with their
-- quotes and the quoted speakers' names and attributions. Writers tell the index about a
-- release before they change or hide it ('delete' with the old values) and after
-- ('insert'), in the same transaction. Ordered subqueries keep the concatenations
-- identical between the two.
DROP TABLE releases_fts;

CREATE VIEW release_search_content AS
SELECT r.id AS id, r.headline AS headline, r.subheadline AS subheadline, r.lead AS lead, r.body AS body,
    (SELECT group_concat(text, char(10)) FROM
        (SELECT text FROM quotes WHERE release_id = r.id ORDER BY position, id)) AS quotes,
    (SELECT group_concat(who, char(10)) FROM
        (SELECT s.full_name || ' ' || q.attribution AS who FROM quotes q JOIN speakers s ON s.id = q.speaker_id
         WHERE q.release_id = r.id ORDER BY q.position, q.id)) AS speakers
FROM releases r WHERE r.deleted_at IS NULL;

CREATE VIRTUAL TABLE releases_fts USING fts5 (
    headline, subheadline, lead, body, quotes, speakers,
    content = 'release_search_content',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
INSERT INTO releases_fts (releases_fts) VALUES ('rebuild');

-- Speakers and events are small tables: their indexes keep their own text.
CREATE VIRTUAL TABLE speakers_fts USING fts5 (
    full_name, title, organization, bio,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
INSERT INTO speakers_fts (rowid, full_name, title, organization, bio)
SELECT s.id, s.full_name, s.title, coalesce(o.name || ' ' || o.short_name, ''), s.bio
FROM speakers s LEFT JOIN organizations o ON o.id = s.organization_id WHERE s.deleted_at IS NULL;

CREATE VIRTUAL TABLE events_fts USING fts5 (
    name, description, venue, organizations,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
INSERT INTO events_fts (rowid, name, description, venue, organizations)
SELECT e.id, e.edition || ' ' || e.name, e.description, e.venue || ' ' || e.city || ' ' || e.country,
    coalesce((SELECT group_concat(o.name || ' ' || o.short_name, char(10)) FROM event_organizations l
              JOIN organizations o ON o.id = l.organization_id WHERE l.event_id = e.id), '')
FROM events e WHERE e.deleted_at IS NULL;

-- Relevance: a match in the headline (or a name) counts more than one in the body.
INSERT INTO releases_fts (releases_fts, rank) VALUES ('rank', 'bm25(10.0, 5.0, 3.0, 1.0, 2.0, 2.0)');
INSERT INTO speakers_fts (speakers_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 3.0, 1.0)');
INSERT INTO events_fts (events_fts, rank) VALUES ('rank', 'bm25(10.0, 2.0, 3.0, 3.0)');

-- Sorting the release list by status or language pages through these (the id breaks ties).
CREATE INDEX releases_status_sort ON releases (status, id) WHERE deleted_at IS NULL;
CREATE INDEX releases_language_sort ON releases (language, id) WHERE deleted_at IS NULL;
