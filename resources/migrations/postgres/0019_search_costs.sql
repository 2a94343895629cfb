-- Pressdesk schema version 19 on PostgreSQL: two costs of a search made smaller.
--
-- The passage function of a search list takes the columns it reads rather than the whole row,
-- and plans its own statements the usual way.
-- The whole row made the server assemble every column of it, a release's body fetched from
-- TOAST among them, before the function ran: a tenth of a rare pair's search time
-- (bench_backends, perf). The body is now read only when the passage comes from it.
-- A session now keeps its statements prepared, and a search runs with plan_cache_mode set to
-- force_custom_plan so that its query is folded into a constant and its planner settings are
-- followed (ListReader's IndexedSearch). Inside the function that setting would plan its quote
-- lookups again for every row and keep PL/pgSQL off its fast path for simple expressions: a
-- page of 50 passages took 19 ms instead of 5. The function sets the mode back to auto.
-- Otherwise as in 0018: the first of headline (A), subheadline, lead and quotes (C), speakers
-- (B) that matches the whole query, the whole text when none does.
CREATE FUNCTION pressdesk_release_passage(release BIGINT, lang TEXT, vector tsvector, head TEXT,
    sub TEXT, lede TEXT, full_text TEXT, q tsquery, options TEXT) RETURNS text
LANGUAGE plpgsql STABLE SET plan_cache_mode = auto AS $$
DECLARE
    part TEXT;
BEGIN
    IF ts_filter(vector, '{a}') @@ q THEN
        part := head;
    ELSIF ts_filter(vector, '{c}') @@ q THEN
        SELECT sub || chr(10) || lede || chr(10)
            || coalesce(string_agg(qt.text, chr(10) ORDER BY qt.position, qt.id), '')
        INTO part FROM quotes qt WHERE qt.release_id = release;
    ELSIF ts_filter(vector, '{b}') @@ q THEN
        SELECT coalesce(string_agg(s.full_name || ' ' || qt.attribution, chr(10) ORDER BY qt.position, qt.id), '')
        INTO part FROM quotes qt JOIN speakers s ON s.id = qt.speaker_id WHERE qt.release_id = release;
    ELSE
        part := head || chr(10) || sub || chr(10) || lede || chr(10) || full_text;
    END IF;
    RETURN ts_headline(pressdesk_config(lang), part, q, options);
END
$$;

DROP FUNCTION pressdesk_release_passage(releases, tsquery, TEXT);

-- Each save puts the release's words in the GIN index's pending list, which every search reads
-- whole until the list reaches gin_pending_list_limit (4 MB by default, about 500 saves) and
-- one unlucky save merges it into the index. 340 pending saves made a rare pair's search 25%
-- slower. At 64 kB a few saves wait there: a save merges them about once in eight (a save took
-- 4.8 ms at the median, 35 ms at most, where writing straight into the index took 10 ms each).
ALTER INDEX releases_search SET (gin_pending_list_limit = 64);
ALTER INDEX speakers_search SET (gin_pending_list_limit = 64);
ALTER INDEX events_search SET (gin_pending_list_limit = 64);
SELECT gin_clean_pending_list(CAST('releases_search' AS regclass));
SELECT gin_clean_pending_list(CAST('speakers_search' AS regclass));
SELECT gin_clean_pending_list(CAST('events_search' AS regclass));
