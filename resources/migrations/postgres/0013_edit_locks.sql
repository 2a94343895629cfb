-- Pressdesk schema version 13 on PostgreSQL: presence, a soft lock per release held by the
-- person whose editor has it open (docs/team.md, "Editing together").
--
-- A lock is refreshed by its holder's editor (a heartbeat) and lapses when no heartbeat came
-- for the newsroom's expiry (settings key edit_lock_expiry_seconds, 180 by default); every
-- time is the server's clock. Nobody writes the table directly: the functions below let a
-- person hold, refresh and release their own lock, take over one that lapsed, and let admins
-- clear anyone's. It stops nobody from saving; saves still meet the version check.

CREATE TABLE edit_locks (
    release_id BIGINT PRIMARY KEY REFERENCES releases (id) ON DELETE CASCADE,
    holder TEXT NOT NULL,
    since TEXT NOT NULL,
    heartbeat_at TEXT NOT NULL
);

-- How long a lock lasts without a heartbeat.
CREATE FUNCTION pressdesk_edit_lock_expiry() RETURNS INTERVAL LANGUAGE sql STABLE AS $$
    SELECT make_interval(secs => coalesce((SELECT value::double precision FROM settings
        WHERE key = 'edit_lock_expiry_seconds' AND value ~ '^[0-9]{1,6}$'), 180))
$$;

CREATE FUNCTION pressdesk_edit_lock_live(heartbeat TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT heartbeat::timestamptz > clock_timestamp() - pressdesk_edit_lock_expiry()
$$;

-- Holds or refreshes this person's lock on a release (a lapsed lock of anyone's is taken
-- over), when they may change the release; returns whoever holds it now, if anyone.
CREATE FUNCTION pressdesk_hold_edit_lock(target BIGINT)
RETURNS TABLE (lock_holder TEXT, lock_since TEXT)
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    DELETE FROM edit_locks l WHERE l.release_id = target AND NOT pressdesk_edit_lock_live(l.heartbeat_at);
    IF pressdesk_rank() >= 1 AND pressdesk_may_edit_release(target) THEN
        INSERT INTO edit_locks AS l (release_id, holder, since, heartbeat_at)
        VALUES (target, session_user, pressdesk_now(), pressdesk_now())
        ON CONFLICT (release_id) DO UPDATE SET heartbeat_at = excluded.heartbeat_at WHERE l.holder = session_user;
    END IF;
    RETURN QUERY SELECT l.holder, l.since FROM edit_locks l WHERE l.release_id = target;
END
$$;

-- Releases this person's lock (an editor closing); someone else's stays.
CREATE FUNCTION pressdesk_release_edit_lock(target BIGINT) RETURNS BOOLEAN
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    DELETE FROM edit_locks l WHERE l.release_id = target AND l.holder = session_user;
    RETURN FOUND;
END
$$;

-- An admin clears anyone's lock (someone left for the day with the editor open).
CREATE FUNCTION pressdesk_clear_edit_lock(target BIGINT) RETURNS BOOLEAN
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF pressdesk_rank() < 4 THEN
        PERFORM pressdesk_refuse(format('may not clear the edit lock on release %s; ask an admin', target));
    END IF;
    DELETE FROM edit_locks l WHERE l.release_id = target;
    RETURN FOUND;
END
$$;

-- Taking and letting go of a lock is announced (LISTEN pressdesk_changes, payload
-- edit_locks); a heartbeat, an update, is not.
CREATE TRIGGER edit_locks_changed AFTER INSERT OR DELETE ON edit_locks
    FOR EACH ROW EXECUTE FUNCTION pressdesk_notify_change();

-- Everyone reads the locks; only the functions above write them.
REVOKE INSERT, UPDATE, DELETE ON edit_locks FROM PUBLIC;
DO $$
BEGIN
    EXECUTE format('GRANT SELECT ON edit_locks TO %I', pressdesk_group('contributor'));
END
$$;
