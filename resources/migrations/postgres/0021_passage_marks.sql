-- Pressdesk schema version 21 on PostgreSQL: a search list marks the words a file marks, and
-- text between angle brackets is searched and shown like any other text.
--
-- 1. The word being typed was not marked in the passage of a release in English, Spanish,
--    French or Portuguese when the language's stem of a word it begins differs from that word:
--    "regional" is looked for as the words it begins, while the passage is marked in the
--    release's language, where the text's "Regional" is 'region'. The passage is now marked
--    with the query and the stems of its words (pressdesk_mark_query, made once per search),
--    and the part it comes from is still chosen by the query itself.
-- 2. A query whose words are spread over the parts of a release (a speaker's name and the
--    body) showed the text's first words, unmarked: ts_headline shows those when no fragment
--    holds every word. Any one of the words now chooses the passage.
-- 3. PostgreSQL's text parser takes "<…>" for an HTML tag: "<script>alert(1)</script>" or
--    "a<b and c>d" left words out of the search vector and out of the passage, where a file's
--    search (FTS5) sees every word. A "<" now separates words like a space when the vectors are
--    made, and stays itself in the passages. The releases, speakers and events holding one are
--    indexed again.

CREATE OR REPLACE FUNCTION pressdesk_words(language TEXT, body TEXT, weight "char") RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('pressdesk_simple', translate(coalesce(body, ''), '<', ' '))
        || to_tsvector(pressdesk_config(language), translate(coalesce(body, ''), '<', ' ')), weight)
$$;

-- One word as a query of its own.
CREATE FUNCTION pressdesk_lexeme(word TEXT) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CAST('''' || replace(replace(word, '\', '\\'), '''', '''''') || '''' AS tsquery)
$$;

-- q with each of its whole words also as those of its stems in each language that q lacks:
-- the query that marks a passage in a release's language. A word being typed is looked for
-- as the words it begins (pressdesk_prefix_words), which are whole words here.
CREATE FUNCTION pressdesk_mark_query(q tsquery) RETURNS tsquery
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    known TEXT[] := ARRAY(SELECT DISTINCT replace(m[1], '''''', '''')
        FROM regexp_matches(CAST(q AS TEXT), '''(([^'']|'''')+)''', 'g') AS m);
    word TEXT;
    stems TEXT[];
    marks tsquery := q;
BEGIN
    -- The lexemes without a weight or a prefix mark. (No question mark in this migration: the
    -- driver would take it for a placeholder.)
    FOREACH word IN ARRAY ARRAY(SELECT DISTINCT replace(m[1], '''''', '''')
        FROM regexp_matches(CAST(q AS TEXT), '''(([^'']|'''')+)''(:[*A-D]+|)', 'g') AS m WHERE m[3] = '') LOOP
        stems := ARRAY(SELECT DISTINCT s FROM unnest(coalesce(ts_lexize('english_stem', word), '{}')
            || coalesce(ts_lexize('spanish_stem', word), '{}') || coalesce(ts_lexize('french_stem', word), '{}')
            || coalesce(ts_lexize('portuguese_stem', word), '{}')) AS s WHERE s <> ALL (known));
        IF cardinality(stems) > 0 THEN
            marks := ts_rewrite(marks, pressdesk_lexeme(word), pressdesk_lexeme(word)
                || CAST(array_to_string(ARRAY(SELECT CAST(pressdesk_lexeme(s) AS TEXT) FROM unnest(stems) AS s), ' | ')
                    AS tsquery));
            known := known || stems;
        END IF;
    END LOOP;
    RETURN marks;
END
$$;

-- The passage of a text around the matches of q, marked with the markers of options (which
-- hold no chr(1)). The first that marks a word chooses it: the whole query in config, then in
-- plain words; then any of its words, in config and in plain words (no fragment holds them
-- all). Otherwise the text's first words. Written for the usual case: one ts_headline.
CREATE FUNCTION pressdesk_passage(config regconfig, body TEXT, q tsquery, options TEXT) RETURNS TEXT
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    -- chr(1) stands for "<" while the parser reads the text: it separates words, as "<" does
    -- in the vectors, and starts no tag.
    kept TEXT := CASE WHEN strpos(body, '<') > 0 THEN translate(body, '<', chr(1)) ELSE coalesce(body, '') END;
    plain CONSTANT regconfig := CAST('pressdesk_simple' AS regconfig);
    first TEXT := ts_headline(config, kept, q, options);
    passage TEXT;
    anyword tsquery;
BEGIN
    IF strpos(first, chr(2)) > 0 THEN
        RETURN translate(first, chr(1), '<');
    END IF;
    IF config <> plain THEN
        passage := ts_headline(plain, kept, q, options);
        IF strpos(passage, chr(2)) > 0 THEN
            RETURN translate(passage, chr(1), '<');
        END IF;
    END IF;
    IF strpos(CAST(q AS TEXT), '!') = 0 THEN
        anyword := CAST(regexp_replace(CAST(q AS TEXT), ' (&|<->|<[0-9]+>) ', ' | ', 'g') AS tsquery);
        passage := ts_headline(config, kept, anyword, options);
        IF strpos(passage, chr(2)) = 0 AND config <> plain THEN
            passage := ts_headline(plain, kept, anyword, options);
        END IF;
        IF strpos(passage, chr(2)) > 0 THEN
            RETURN translate(passage, chr(1), '<');
        END IF;
    END IF;
    RETURN translate(first, chr(1), '<');
END
$$;

-- As in 0019; the passage is marked with marks (pressdesk_mark_query of q).
DROP FUNCTION pressdesk_release_passage(BIGINT, TEXT, tsvector, TEXT, TEXT, TEXT, TEXT, tsquery, TEXT);
CREATE FUNCTION pressdesk_release_passage(release BIGINT, lang TEXT, vector tsvector, head TEXT,
    sub TEXT, lede TEXT, full_text TEXT, q tsquery, marks tsquery, options TEXT) RETURNS text
LANGUAGE plpgsql STABLE SET plan_cache_mode = auto AS $$
DECLARE
    part TEXT;
    passage TEXT;
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
    -- The usual case without a second function call (a page of passages is a search's cost).
    IF strpos(part, '<') = 0 THEN
        passage := ts_headline(pressdesk_config(lang), part, marks, options);
        IF strpos(passage, chr(2)) > 0 THEN
            RETURN passage;
        END IF;
    END IF;
    RETURN pressdesk_passage(pressdesk_config(lang), part, marks, options);
END
$$;

SELECT pressdesk_index_releases(ARRAY(
    SELECT r.id FROM releases r WHERE r.deleted_at IS NULL AND (
        strpos(r.headline || r.subheadline || r.lead || r.body, '<') > 0
        OR EXISTS (SELECT 1 FROM quotes qt LEFT JOIN speakers s ON s.id = qt.speaker_id
            WHERE qt.release_id = r.id AND strpos(qt.text || qt.attribution || coalesce(s.full_name, ''), '<') > 0))));
SELECT pressdesk_index_speakers(ARRAY(
    SELECT s.id FROM speakers s LEFT JOIN organizations o ON o.id = s.organization_id
    WHERE s.deleted_at IS NULL
        AND strpos(s.full_name || s.title || s.bio || coalesce(o.name || o.short_name, ''), '<') > 0));
SELECT pressdesk_index_events(ARRAY(
    SELECT e.id FROM events e WHERE e.deleted_at IS NULL AND (
        strpos(e.edition || e.name || e.venue || e.city || e.country || e.description, '<') > 0
        OR EXISTS (SELECT 1 FROM event_organizations eo JOIN organizations o ON o.id = eo.organization_id
            WHERE eo.event_id = e.id AND strpos(o.name || o.short_name, '<') > 0))));
