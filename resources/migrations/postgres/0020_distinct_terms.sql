-- Pressdesk schema version 20 on PostgreSQL: a search term names each of its words once.
-- A typed word is looked for as typed and as each language's stem of it, and the stems are
-- often the same word: "yuki" became 'yuki' | 'yuki' | 'yuki' | 'yuk' | 'yuk'. Every test of a
-- row against the query (the GIN index's check, the rank, the passage's choice and its marks)
-- walked all five; the same term with its two distinct words made a rare pair's search 15%
-- faster, with the same rows and ranks (bench_backends, EXPLAIN ANALYZE).
-- A word that is a stop word in every language stays the query it was.
CREATE OR REPLACE FUNCTION pressdesk_term(plain TEXT, words TEXT) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN words = '' THEN to_tsquery('pressdesk_simple', plain)
        ELSE coalesce((
            SELECT CAST(string_agg(DISTINCT '( ' || alternative || ' )', ' | ') AS tsquery)
            FROM unnest(ARRAY[CAST(to_tsquery('pressdesk_simple', plain) AS TEXT),
                CAST(phraseto_tsquery('pressdesk_english', words) AS TEXT),
                CAST(phraseto_tsquery('pressdesk_spanish', words) AS TEXT),
                CAST(phraseto_tsquery('pressdesk_french', words) AS TEXT),
                CAST(phraseto_tsquery('pressdesk_portuguese', words) AS TEXT)]) AS alternative
            WHERE alternative <> ''), to_tsquery('pressdesk_simple', plain)) END
$$;
