-- Pressdesk schema version 15: search vectors kept in the row itself. A release's vector is a
-- few kilobytes, which PostgreSQL by default moves out of line into the TOAST table; every
-- test of a row against a search and every rank then fetches it back through the TOAST index,
-- several times per row (a search for a common pair on 100,000 releases read 650,000 buffers
-- for 50,000 once inline). MAIN keeps a value in the row unless the row cannot fit in a page.
ALTER TABLE releases ALTER COLUMN search_vector SET STORAGE MAIN;
ALTER TABLE speakers ALTER COLUMN search_vector SET STORAGE MAIN;
ALTER TABLE events ALTER COLUMN search_vector SET STORAGE MAIN;

-- Vectors stored before keep their place until they are written again: write them now. A
-- change of the search index alone is no edit (no activity, no version).
UPDATE releases SET search_vector = search_vector || ''::tsvector WHERE search_vector IS NOT NULL;
UPDATE speakers SET search_vector = search_vector || ''::tsvector WHERE search_vector IS NOT NULL;
UPDATE events SET search_vector = search_vector || ''::tsvector WHERE search_vector IS NOT NULL;
