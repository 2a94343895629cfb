-- Pressdesk schema version 11 on PostgreSQL: people who must choose their own password at
-- first connection, and the reviewers a release is sent to (docs/team.md).
--
-- A person added with a one-time password is a LOGIN role that is a member of no group role
-- yet: until they choose their own password (pressdesk_change_password) they can read the
-- schema version and call that function, nothing else; the one-time password also expires
-- (VALID UNTIL) a week after it is given.

ALTER TABLE people ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0
    CHECK (must_change_password IN (0, 1));

-- Every login reads which schema the newsroom has, so that a person who has no group yet can
-- connect and be told to choose a password.
GRANT SELECT ON pressdesk_schema TO PUBLIC;

DROP FUNCTION pressdesk_add_person(TEXT, TEXT, TEXT, TEXT, TEXT);

CREATE FUNCTION pressdesk_add_person(person TEXT, kind TEXT, secret TEXT, person_full_name TEXT, person_email TEXT,
    one_time BOOLEAN)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM pressdesk_require_admin();
    PERFORM pressdesk_check_person(person, kind);
    IF EXISTS (SELECT 1 FROM people WHERE name = person AND removed_at IS NULL) THEN
        RAISE EXCEPTION USING ERRCODE = 'unique_violation',
            MESSAGE = format('%s is already a person of this newsroom', person);
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = person AND (rolsuper OR rolcreaterole OR NOT rolinherit)) THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
            MESSAGE = format('%s is a login with more rights than a person of a newsroom has', person);
    END IF;
    IF one_time AND secret = '' THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value', MESSAGE = 'a one-time password cannot be empty';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = person) THEN
        EXECUTE format('ALTER ROLE %I LOGIN', person);
        IF secret <> '' THEN
            EXECUTE format('ALTER ROLE %I PASSWORD %L', person, secret);
        END IF;
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', person, secret);
    END IF;
    IF one_time THEN
        EXECUTE format('ALTER ROLE %I VALID UNTIL %L', person,
            to_char((now() + interval '7 days') AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS"+00"'));
        PERFORM pressdesk_set_membership(person, '');
    ELSE
        EXECUTE format('ALTER ROLE %I VALID UNTIL %L', person, 'infinity');
        PERFORM pressdesk_set_membership(person, kind);
    END IF;
    INSERT INTO people (name, full_name, email, role, created_at, must_change_password)
    VALUES (person, person_full_name, person_email, kind, pressdesk_now(), CASE WHEN one_time THEN 1 ELSE 0 END)
    ON CONFLICT (name) DO UPDATE SET full_name = excluded.full_name, email = excluded.email, role = excluded.role,
        must_change_password = excluded.must_change_password, removed_at = NULL;
END
$$;

-- A person who has not chosen a password yet keeps the role they were given for later.
CREATE OR REPLACE FUNCTION pressdesk_set_role(person TEXT, kind TEXT) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM pressdesk_require_admin();
    PERFORM pressdesk_check_person(person, kind);
    IF NOT EXISTS (SELECT 1 FROM people WHERE name = person AND removed_at IS NULL) THEN
        RAISE EXCEPTION USING ERRCODE = 'no_data_found', MESSAGE = format('%s is not a person of this newsroom', person);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM people WHERE name = person AND must_change_password = 1) THEN
        PERFORM pressdesk_set_membership(person, kind);
    END IF;
    UPDATE people SET role = kind WHERE name = person;
END
$$;

-- Whether this session's person must choose a password before anything else.
CREATE FUNCTION pressdesk_must_change_password() RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT coalesce((SELECT must_change_password = 1 FROM people WHERE name = session_user AND removed_at IS NULL),
        false)
$$;

-- A person chooses their own password: it no longer expires, and a person who had a one-time
-- password becomes a member of their role's group.
CREATE FUNCTION pressdesk_change_password(secret TEXT) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    kind TEXT;
    pending INTEGER;
BEGIN
    SELECT role, must_change_password INTO kind, pending FROM people WHERE name = session_user AND removed_at IS NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('permission denied: %s is not a person of this newsroom', session_user);
    END IF;
    IF length(secret) < 10 THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
            MESSAGE = 'a password needs at least 10 characters';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L VALID UNTIL %L', session_user, secret, 'infinity');
    IF pending = 1 THEN
        PERFORM pressdesk_set_membership(session_user, kind);
        UPDATE people SET must_change_password = 0 WHERE name = session_user;
    END IF;
END
$$;

-- Who is asked to review a release: editors, publishers and admins. Asking again replaces
-- the list; "For my review" is the releases in review that name the person.
CREATE TABLE review_requests (
    release_id BIGINT NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    reviewer TEXT NOT NULL,
    requested_by TEXT NOT NULL DEFAULT session_user,
    requested_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (release_id, reviewer)
);
CREATE INDEX review_requests_reviewer ON review_requests (reviewer, release_id);

CREATE FUNCTION pressdesk_guard_review_request() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF pressdesk_rank() < 5 OR NEW.requested_by = '' THEN
        NEW.requested_by := session_user;
    END IF;
    NEW.requested_at := pressdesk_now();
    IF NOT EXISTS (SELECT 1 FROM people WHERE name = NEW.reviewer AND removed_at IS NULL)
        OR pressdesk_rank_of(NEW.reviewer) NOT BETWEEN 2 AND 4 THEN
        PERFORM pressdesk_refuse(format('may not ask %s to review release %s: reviewers are editors, publishers '
            'and admins of this newsroom', NEW.reviewer, NEW.release_id));
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER review_requests_guard BEFORE INSERT ON review_requests
    FOR EACH ROW EXECUTE FUNCTION pressdesk_guard_review_request();

ALTER TABLE review_requests ENABLE ROW LEVEL SECURITY;
CREATE POLICY review_requests_read ON review_requests FOR SELECT USING (true);
CREATE POLICY review_requests_ask ON review_requests FOR INSERT WITH CHECK (pressdesk_may_edit_release(release_id));
CREATE POLICY review_requests_withdraw ON review_requests FOR DELETE USING (pressdesk_may_edit_release(release_id));

DO $$
BEGIN
    EXECUTE format('GRANT SELECT, INSERT, DELETE ON review_requests TO %I', pressdesk_group('contributor'));
END
$$;
