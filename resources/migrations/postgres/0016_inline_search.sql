-- Pressdesk schema version 16 on PostgreSQL: search vectors kept in their rows.
-- A release's vector (its words as typed and stemmed, with positions) takes about 3.5 kB,
-- more than PostgreSQL keeps in a row by default, so it went to the TOAST table: each search
-- then paid a TOAST index lookup and two chunk reads for every row it tested or ranked, four
-- fifths of the time of a search as you type for a common pair (bench_backends). Kept in the
-- row (STORAGE MAIN: out of it only when the whole row would not fit in a page), a vector
-- costs nothing more to read than the row itself.
-- The column is rewritten with the table (same type, new storage), which moves the vectors
-- already written; no trigger runs and the GIN index is rebuilt.
ALTER TABLE releases ALTER COLUMN search_vector TYPE tsvector USING search_vector || ''::tsvector,
    ALTER COLUMN search_vector SET STORAGE MAIN;
ALTER TABLE speakers ALTER COLUMN search_vector TYPE tsvector USING search_vector || ''::tsvector,
    ALTER COLUMN search_vector SET STORAGE MAIN;
ALTER TABLE events ALTER COLUMN search_vector TYPE tsvector USING search_vector || ''::tsvector,
    ALTER COLUMN search_vector SET STORAGE MAIN;
-- A column rewritten by a new type loses its statistics, and without them every search looks
-- rare to pressdesk_search_share (a common pair then read 60,000 rows through the index).
ANALYZE releases;
ANALYZE speakers;
ANALYZE events;
