-- Pressdesk schema version 18 on PostgreSQL: a release's passage in a search list comes from
-- the part of it that matches, as a file's FTS5 snippet() picks its best column.
-- ts_headline parses and folds every word of the text it is given: about 150 µs for a
-- release's headline, lead and body, most of a search's time for a rare pair (bench_backends).
-- The vector's weights say where the words are (A headline, B speakers and their titles,
-- C subheadline, lead and quotes, D body, migrations 0006): the passage is taken from the
-- first of headline, lead and quotes, speakers that matches the whole query, and from the
-- whole text otherwise. A search for a speaker's name now shows the name marked, where it
-- showed the first words of the release.
-- options: ts_headline's (SearchSql::headlineOptions).
-- PL/pgSQL rather than SQL: an SQL function with subqueries is not inlined and set up its
-- executor at every call (1.5 ms more for a page of 50 releases).
CREATE FUNCTION pressdesk_release_passage(r releases, q tsquery, options TEXT) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
    part TEXT;
BEGIN
    IF ts_filter(r.search_vector, '{a}') @@ q THEN
        part := r.headline;
    ELSIF ts_filter(r.search_vector, '{c}') @@ q THEN
        SELECT r.subheadline || chr(10) || r.lead || chr(10)
            || coalesce(string_agg(qt.text, chr(10) ORDER BY qt.position, qt.id), '')
        INTO part FROM quotes qt WHERE qt.release_id = r.id;
    ELSIF ts_filter(r.search_vector, '{b}') @@ q THEN
        SELECT coalesce(string_agg(s.full_name || ' ' || qt.attribution, chr(10) ORDER BY qt.position, qt.id), '')
        INTO part FROM quotes qt JOIN speakers s ON s.id = qt.speaker_id WHERE qt.release_id = r.id;
    ELSE
        part := r.headline || chr(10) || r.subheadline || chr(10) || r.lead || chr(10) || r.body;
    END IF;
    RETURN ts_headline(pressdesk_config(r.language), part, q, options);
END
$$;
