-- Pressdesk schema version 14 on PostgreSQL: what each person has read of their notifications
-- (the bell in the window), comments and review requests announced to the other windows, and
-- an admin's password reset (docs/team.md).
--
-- Notifications are not stored: they are read from review_requests, activity and comments
-- (NotificationRepository). A person marks one as read by its key ("comment:12",
-- "activity:40", "review:7:2026-…"); each person reads and writes only their own rows.

CREATE TABLE notification_reads (
    person TEXT NOT NULL DEFAULT session_user,
    item TEXT NOT NULL,
    read_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (person, item)
);

ALTER TABLE notification_reads ENABLE ROW LEVEL SECURITY;
CREATE POLICY notification_reads_own ON notification_reads FOR ALL
    USING (person = session_user) WITH CHECK (person = session_user);

DO $$
BEGIN
    EXECUTE format('GRANT SELECT, INSERT, DELETE ON notification_reads TO %I', pressdesk_group('contributor'));
END
$$;

-- Another window's comment panel, review queue and bell follow these tables.
CREATE TRIGGER comments_changed AFTER INSERT OR UPDATE OR DELETE ON comments
    FOR EACH STATEMENT EXECUTE FUNCTION pressdesk_notify_change();
CREATE TRIGGER review_requests_changed AFTER INSERT OR UPDATE OR DELETE ON review_requests
    FOR EACH STATEMENT EXECUTE FUNCTION pressdesk_notify_change();

-- An admin gives a person a new one-time password: as for a person added with one, it
-- expires in a week and, until the person chooses their own (pressdesk_change_password),
-- they belong to no group role. An admin changes their own password themselves.
CREATE FUNCTION pressdesk_reset_password(person TEXT, secret TEXT) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM pressdesk_require_admin();
    IF NOT EXISTS (SELECT 1 FROM people WHERE name = person AND removed_at IS NULL) THEN
        RAISE EXCEPTION USING ERRCODE = 'no_data_found', MESSAGE = format('%s is not a person of this newsroom', person);
    END IF;
    IF person = session_user THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
            MESSAGE = 'an admin changes their own password themselves, not with a reset';
    END IF;
    IF length(secret) < 10 THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
            MESSAGE = 'a one-time password needs at least 10 characters';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L VALID UNTIL %L', person, secret,
        to_char((now() + interval '7 days') AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS"+00"'));
    PERFORM pressdesk_set_membership(person, '');
    UPDATE people SET must_change_password = 1 WHERE name = person;
END
$$;
