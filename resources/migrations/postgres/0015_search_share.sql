-- Pressdesk schema version 15 on PostgreSQL: how much of a list a search matches, as the
-- planner expects it, so that the list reader picks the way to find the matches
-- (storage/ListReader). Few matches are found through the GIN index; many are found by
-- reading the newest rows until enough have matched. Left to itself, the planner prices the
-- test of a row against a search as cheap, when each search vector is a TOAST fetch of a few
-- kilobytes: for a pair matching 3,600 of 100,000 releases it read the whole table in id
-- order (one second) instead of asking the index (40 ms).
--
-- Returns the planner's estimate of the share of the table's rows whose search_vector
-- matches q (0 to 1), both counts from plans (a table not analyzed yet is sized from its
-- pages). EXPLAIN is not allowed in a function declared STABLE, hence VOLATILE; it runs with
-- the caller's rights and reads nothing but the plans.
CREATE FUNCTION pressdesk_search_share(tbl regclass, q tsquery) RETURNS float8
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    plan json;
    matched float8;
    total float8;
BEGIN
    EXECUTE format('EXPLAIN (FORMAT JSON) SELECT 1 FROM %s WHERE search_vector @@ $1', tbl) INTO plan USING q;
    matched := (plan -> 0 -> 'Plan' ->> 'Plan Rows')::float8;
    EXECUTE format('EXPLAIN (FORMAT JSON) SELECT 1 FROM %s', tbl) INTO plan;
    total := (plan -> 0 -> 'Plan' ->> 'Plan Rows')::float8;
    RETURN least(1.0, matched / greatest(total, 1.0));
END
$$;
