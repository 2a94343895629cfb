-- Pressdesk schema version 17 on PostgreSQL: the words of the search index, so that a word
-- being typed is looked up as the words it begins rather than as a prefix.
-- The GIN index answers a prefix ('adolesc':*) by gathering every row holding any word that
-- starts so (30,000 rows of a 100,000-release archive) before the other words narrow them
-- down: 22 ms for "bogota adolesc", where the same words spelled out (adolesc | adolescent |
-- adolescents) take 2 ms (bench_backends). The list reader asks pressdesk_prefix_words for
-- the words and searches for them; with too many or none it keeps the prefix.

-- Every lexeme a search vector has held (words of deleted rows stay: spelled out, they
-- match nothing). C collation: a prefix is a range of the primary key.
CREATE TABLE search_words (
    word TEXT COLLATE "C" PRIMARY KEY
);

-- Learns the words of the rows a statement wrote. Sorted, so that two sessions adding the
-- same new words wait for each other in one order and never deadlock. With the owner's
-- rights: people write releases, not the word list.
CREATE FUNCTION pressdesk_learn_words() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO search_words (word)
    SELECT DISTINCT w.word FROM written CROSS JOIN LATERAL unnest(tsvector_to_array(written.search_vector)) AS w (word)
    WHERE written.search_vector IS NOT NULL
    ORDER BY w.word
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;
-- One trigger per table and event: a trigger with transition tables has one event.
DO $$
DECLARE
    tbl TEXT;
    happened TEXT;
BEGIN
    FOREACH tbl IN ARRAY ARRAY['releases', 'speakers', 'events'] LOOP
        FOREACH happened IN ARRAY ARRAY['insert', 'update'] LOOP
            EXECUTE format('CREATE TRIGGER %I AFTER %s ON %I REFERENCING NEW TABLE AS written '
                'FOR EACH STATEMENT EXECUTE FUNCTION pressdesk_learn_words()',
                tbl || '_words_' || happened, upper(happened), tbl);
        END LOOP;
    END LOOP;
END
$$;

-- The words of every vector, as used (SELECT count(*) FROM pressdesk_used_words() ... in
-- pressdesk check).
CREATE FUNCTION pressdesk_used_words() RETURNS SETOF TEXT LANGUAGE sql STABLE AS $$
    SELECT word FROM ts_stat('SELECT search_vector FROM releases')
    UNION SELECT word FROM ts_stat('SELECT search_vector FROM speakers')
    UNION SELECT word FROM ts_stat('SELECT search_vector FROM events')
$$;

-- Fills the word list again from the vectors (here, and when pressdesk check finds it short:
-- after a restore of the data alone with its triggers off). Returns the words added.
CREATE FUNCTION pressdesk_relearn_words() RETURNS bigint LANGUAGE sql AS $$
    WITH added AS (
        INSERT INTO search_words (word) SELECT used.word FROM pressdesk_used_words() AS used (word)
        ORDER BY 1 ON CONFLICT DO NOTHING RETURNING 1)
    SELECT count(*) FROM added
$$;

SELECT pressdesk_relearn_words();

-- The words a typed word begins, as a tsquery of alternatives ('adolesc' | 'adolescent'),
-- or NULL when there are more than `most` of them or none (the caller keeps the prefix).
-- The typed word is folded as the index folds it (pressdesk_simple: accents, case); a word
-- the parser splits in two is not expanded. The words are written into the tsquery as they
-- are stored, quoted, and not parsed again.
CREATE FUNCTION pressdesk_prefix_words(typed TEXT, most INTEGER) RETURNS tsquery
LANGUAGE plpgsql STABLE AS $$
DECLARE
    folded TEXT[] := tsvector_to_array(to_tsvector('pressdesk_simple', typed));
    found TEXT[];
BEGIN
    IF cardinality(folded) <> 1 THEN
        RETURN NULL;
    END IF;
    SELECT array_agg(w.word) INTO found FROM (
        SELECT word FROM search_words WHERE word >= folded[1] AND word < folded[1] || chr(1114111)
        ORDER BY word LIMIT most + 1) AS w;
    IF found IS NULL OR cardinality(found) > most THEN
        RETURN NULL;
    END IF;
    RETURN array_to_string(ARRAY(
        SELECT '''' || replace(replace(w, '\', '\\'), '''', '''''') || '''' FROM unnest(found) AS w), ' | ')::tsquery;
END
$$;
