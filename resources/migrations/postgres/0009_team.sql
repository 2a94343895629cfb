-- Pressdesk schema version 9 on PostgreSQL: the team's workflow, with its rules held by the
-- server itself (docs/team.md, "Roles"), so that no client, psql included, can skip them.
--
-- Four NOLOGIN group roles per newsroom, named after the database (role names are shared by
-- every database of a server): DB_contributor, DB_editor, DB_publisher, DB_admin, each a
-- member of the one before it (an admin can do what a publisher can, and so on). Every person
-- is a LOGIN role that is a member of one of them. Who a session is comes from session_user;
-- the database's owner and superusers keep every right (they set the newsroom up, copy it in
-- and upgrade it).
-- Running this migration needs CREATEROLE (or a superuser): team init as the owner.

-- The group role of one kind for this database.
CREATE FUNCTION pressdesk_group(kind TEXT) RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT left(current_database(), 48) || '_' || kind
$$;

DO $$
DECLARE
    kind TEXT;
BEGIN
    FOREACH kind IN ARRAY ARRAY['contributor', 'editor', 'publisher', 'admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = pressdesk_group(kind)) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', pressdesk_group(kind));
        END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', pressdesk_group('contributor'), pressdesk_group('editor'));
    EXECUTE format('GRANT %I TO %I', pressdesk_group('editor'), pressdesk_group('publisher'));
    EXECUTE format('GRANT %I TO %I', pressdesk_group('publisher'), pressdesk_group('admin'));
END
$$;

-- Times as the rest of the schema writes them (ISO 8601 text in UTC).
CREATE FUNCTION pressdesk_now() RETURNS TEXT LANGUAGE sql VOLATILE AS $$
    SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
$$;

-- A login's rank: 5 the owner or a superuser, 4 admin, 3 publisher, 2 editor, 1 contributor,
-- 0 nobody of this newsroom.
CREATE FUNCTION pressdesk_rank_of(person TEXT) RETURNS INTEGER LANGUAGE sql STABLE AS $$
    SELECT CASE
        WHEN NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = person) THEN 0
        WHEN (SELECT rolsuper FROM pg_roles WHERE rolname = person) THEN 5
        WHEN pg_has_role(person, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER') THEN 5
        WHEN pg_has_role(person, pressdesk_group('admin'), 'MEMBER') THEN 4
        WHEN pg_has_role(person, pressdesk_group('publisher'), 'MEMBER') THEN 3
        WHEN pg_has_role(person, pressdesk_group('editor'), 'MEMBER') THEN 2
        WHEN pg_has_role(person, pressdesk_group('contributor'), 'MEMBER') THEN 1
        ELSE 0 END
$$;

CREATE FUNCTION pressdesk_rank() RETURNS INTEGER LANGUAGE sql STABLE AS $$
    SELECT pressdesk_rank_of(session_user)
$$;

-- The role's name for a rank ('owner' for the owner and superusers, '' for nobody).
CREATE FUNCTION pressdesk_role_name(rank INTEGER) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT (ARRAY['contributor', 'editor', 'publisher', 'admin', 'owner'])[rank]
$$;

-- Whether a rank may put a release in a status.
CREATE FUNCTION pressdesk_may_hold(status TEXT, rank INTEGER) RETURNS BOOLEAN LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN rank >= 3 THEN true
        WHEN rank = 2 THEN status IN ('draft', 'in_review', 'approved')
        WHEN rank = 1 THEN status IN ('draft', 'in_review')
        ELSE false END
$$;

-- Whether this session may change a release that is in status and was created by creator:
-- contributors their own drafts and releases in review, editors any release that is not
-- published or archived, publishers and admins any release.
CREATE FUNCTION pressdesk_may_edit(status TEXT, creator TEXT, rank INTEGER) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN rank >= 3 THEN true
        WHEN rank = 2 THEN status NOT IN ('published', 'archived')
        WHEN rank = 1 THEN creator = session_user AND status IN ('draft', 'in_review')
        ELSE false END
$$;

-- The people of the newsroom; their role is their membership of a group role (this row's
-- role says the same, for reading). Written only through the functions below.
CREATE TABLE people (
    name TEXT PRIMARY KEY,
    full_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('contributor', 'editor', 'publisher', 'admin')),
    created_at TEXT NOT NULL,
    last_seen TEXT NOT NULL DEFAULT '',
    removed_at TEXT
);

-- Who created each release; rows from before this version belong to nobody (editors and up
-- may edit them).
ALTER TABLE releases ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
ALTER TABLE releases ALTER COLUMN created_by SET DEFAULT session_user;

CREATE FUNCTION pressdesk_may_edit_release(release BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT pressdesk_may_edit(status, created_by, pressdesk_rank()) FROM releases WHERE id = release),
        false)
$$;

-- What happened to each release, who did it and when; written by triggers only, never
-- changed. No foreign key: the log outlives a release purged from the trash.
CREATE TABLE activity (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    release_id BIGINT NOT NULL,
    actor TEXT NOT NULL,
    created_at TEXT NOT NULL,
    action TEXT NOT NULL
        CHECK (action IN ('created', 'edited', 'status', 'trashed', 'restored', 'comment', 'approval')),
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX activity_release ON activity (release_id, id);

-- Who approved which version of a release, and when (written by a trigger on the move to
-- approved).
CREATE TABLE approvals (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    release_id BIGINT NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    author TEXT NOT NULL,
    revision INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX approvals_release ON approvals (release_id, id);

-- Comments on a release or one of its fields: '' (the whole release), headline, subheadline,
-- lead, body:N (the Nth paragraph), quote:N (the Nth quote), counted from 1.
CREATE TABLE comments (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    release_id BIGINT NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    field TEXT NOT NULL DEFAULT ''
        CHECK (field IN ('', 'headline', 'subheadline', 'lead') OR field ~ '^(body|quote):[1-9][0-9]*$'),
    parent_id BIGINT REFERENCES comments (id) ON DELETE CASCADE,
    author TEXT NOT NULL DEFAULT session_user,
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    created_at TEXT NOT NULL DEFAULT '',
    resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1))
);
CREATE INDEX comments_release ON comments (release_id, id);

-- The search index is kept by whoever saves, for every release a change touches (a speaker's
-- new name reaches the releases that quote them): it runs with the owner's rights.
ALTER FUNCTION pressdesk_index_releases(BIGINT[]) SECURITY DEFINER SET search_path FROM CURRENT;
ALTER FUNCTION pressdesk_index_speakers(BIGINT[]) SECURITY DEFINER SET search_path FROM CURRENT;
ALTER FUNCTION pressdesk_index_events(BIGINT[]) SECURITY DEFINER SET search_path FROM CURRENT;

-- The release rules, with a message that says which one was met (SQLSTATE 42501,
-- insufficient_privilege, like a missing GRANT).
CREATE FUNCTION pressdesk_refuse(what TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
        MESSAGE = format('permission denied: %s (%s) %s', session_user,
            coalesce(pressdesk_role_name(pressdesk_rank()), 'not a person of this newsroom'), what);
END
$$;

CREATE FUNCTION pressdesk_guard_release() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    rank INTEGER := pressdesk_rank();
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF rank < 5 AND NOT pressdesk_may_edit(OLD.status, OLD.created_by, rank) THEN
            PERFORM pressdesk_refuse(format('may not delete release %s', OLD.id));
        END IF;
        RETURN OLD;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF rank < 4 THEN
            NEW.created_by := session_user;
        END IF;
        IF rank < 5 AND NOT pressdesk_may_hold(NEW.status, rank) THEN
            PERFORM pressdesk_refuse(format('may not create a release that is %s', NEW.status));
        END IF;
        RETURN NEW;
    END IF;
    -- The search index alone (kept for every release a change touches) is no edit.
    IF (to_jsonb(NEW) - 'search_vector') = (to_jsonb(OLD) - 'search_vector') THEN
        RETURN NEW;
    END IF;
    IF rank < 5 THEN
        IF NOT pressdesk_may_edit(OLD.status, OLD.created_by, rank) THEN
            IF rank = 1 AND OLD.created_by <> session_user THEN
                PERFORM pressdesk_refuse(format('may not change release %s, which is %s''s', OLD.id,
                    CASE WHEN OLD.created_by = '' THEN 'nobody' ELSE OLD.created_by END));
            ELSE
                PERFORM pressdesk_refuse(format('may not change release %s while it is %s', OLD.id, OLD.status));
            END IF;
        END IF;
        IF NEW.status <> OLD.status AND NOT pressdesk_may_hold(NEW.status, rank) THEN
            PERFORM pressdesk_refuse(format('may not set release %s to %s', OLD.id, NEW.status));
        END IF;
        IF NEW.created_by <> OLD.created_by AND rank < 4 THEN
            PERFORM pressdesk_refuse(format('may not change who created release %s', OLD.id));
        END IF;
    END IF;
    -- An approval holds for the text that was approved (what ReleaseRepository compares; the
    -- author's byline is not part of it): an edit sends the release back.
    IF OLD.status = 'approved' AND NEW.status = 'approved'
        AND ROW(NEW.headline, NEW.subheadline, NEW.dateline_city, NEW.dateline_country, NEW.release_date,
            NEW.embargo_until, NEW.embargo_time_zone, NEW.lead, NEW.body, NEW.boilerplate, NEW.notes_to_editors,
            NEW.language, NEW.organization_id)
        IS DISTINCT FROM ROW(OLD.headline, OLD.subheadline, OLD.dateline_city, OLD.dateline_country, OLD.release_date,
            OLD.embargo_until, OLD.embargo_time_zone, OLD.lead, OLD.body, OLD.boilerplate, OLD.notes_to_editors,
            OLD.language, OLD.organization_id) THEN
        NEW.status := 'in_review';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER releases_guard BEFORE INSERT OR UPDATE OR DELETE ON releases
    FOR EACH ROW EXECUTE FUNCTION pressdesk_guard_release();

-- The activity log and approvals, written with the owner's rights (people may only read them).
CREATE FUNCTION pressdesk_log(release BIGINT, what TEXT, detail TEXT) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT AS $$
    INSERT INTO activity (release_id, actor, created_at, action, detail)
    VALUES (release, session_user, pressdesk_now(), what, detail)
$$;

CREATE FUNCTION pressdesk_log_release() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM pressdesk_log(NEW.id, 'created', NEW.status);
    ELSE
        IF (to_jsonb(NEW) - 'search_vector') = (to_jsonb(OLD) - 'search_vector') THEN
            RETURN NULL;
        END IF;
        IF NEW.deleted_at IS DISTINCT FROM OLD.deleted_at THEN
            PERFORM pressdesk_log(NEW.id, CASE WHEN NEW.deleted_at IS NULL THEN 'restored' ELSE 'trashed' END, '');
        END IF;
        IF (to_jsonb(NEW) - ARRAY['search_vector', 'version', 'updated_at', 'status', 'deleted_at', 'published_at'])
            <> (to_jsonb(OLD) - ARRAY['search_vector', 'version', 'updated_at', 'status', 'deleted_at', 'published_at']) THEN
            PERFORM pressdesk_log(NEW.id, 'edited', format('version %s', NEW.version));
        END IF;
        IF NEW.status <> OLD.status THEN
            PERFORM pressdesk_log(NEW.id, 'status', format('%s -> %s', OLD.status, NEW.status));
        END IF;
    END IF;
    IF NEW.status = 'approved' AND (TG_OP = 'INSERT' OR OLD.status <> 'approved') THEN
        INSERT INTO approvals (release_id, author, revision, created_at)
        VALUES (NEW.id, session_user, NEW.version, pressdesk_now());
        PERFORM pressdesk_log(NEW.id, 'approval', format('version %s', NEW.version));
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER releases_activity AFTER INSERT OR UPDATE ON releases
    FOR EACH ROW EXECUTE FUNCTION pressdesk_log_release();

-- The log is never rewritten, not even by the owner's sessions (a superuser can still drop
-- the trigger: the server's administrator is trusted).
CREATE FUNCTION pressdesk_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
        MESSAGE = format('permission denied: %s is append-only', TG_TABLE_NAME);
END
$$;
CREATE TRIGGER activity_append_only BEFORE UPDATE OR DELETE ON activity
    FOR EACH ROW EXECUTE FUNCTION pressdesk_append_only();

-- A revision's author is whoever saved it; comments are written by whoever sends them.
CREATE FUNCTION pressdesk_stamp_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF pressdesk_rank() < 5 THEN
        NEW.author := session_user;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER revisions_author BEFORE INSERT ON revisions
    FOR EACH ROW EXECUTE FUNCTION pressdesk_stamp_revision();
CREATE TRIGGER revisions_append_only BEFORE UPDATE ON revisions
    FOR EACH ROW EXECUTE FUNCTION pressdesk_append_only();

CREATE FUNCTION pressdesk_guard_comment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF pressdesk_rank() < 5 OR NEW.author = '' THEN
            NEW.author := session_user;
        END IF;
        IF NEW.created_at = '' THEN
            NEW.created_at := pressdesk_now();
        END IF;
        RETURN NEW;
    END IF;
    IF pressdesk_rank() < 5 THEN
        IF NEW.text <> OLD.text OR NEW.author <> OLD.author OR NEW.field <> OLD.field
            OR NEW.release_id <> OLD.release_id OR NEW.parent_id IS DISTINCT FROM OLD.parent_id THEN
            PERFORM pressdesk_refuse('may only resolve or reopen a comment');
        END IF;
        IF OLD.author <> session_user AND pressdesk_rank() < 2 THEN
            PERFORM pressdesk_refuse(format('may not resolve comment %s, which is %s''s', OLD.id, OLD.author));
        END IF;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER comments_guard BEFORE INSERT OR UPDATE ON comments
    FOR EACH ROW EXECUTE FUNCTION pressdesk_guard_comment();

CREATE FUNCTION pressdesk_log_comment() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM pressdesk_log(NEW.release_id, 'comment', format('%s %s', NEW.id, NEW.field));
    ELSIF NEW.resolved <> OLD.resolved THEN
        PERFORM pressdesk_log(NEW.release_id, 'comment',
            format('%s %s', NEW.id, CASE WHEN NEW.resolved = 1 THEN 'resolved' ELSE 'reopened' END));
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER comments_activity AFTER INSERT OR UPDATE ON comments
    FOR EACH ROW EXECUTE FUNCTION pressdesk_log_comment();

-- Row-level security: everyone reads everything; a release's parts are written only by
-- those who may change the release; a contributor creates releases as themselves and can
-- hold them only as drafts or in review.
ALTER TABLE releases ENABLE ROW LEVEL SECURITY;
CREATE POLICY releases_read ON releases FOR SELECT USING (true);
CREATE POLICY releases_create ON releases FOR INSERT
    WITH CHECK (pressdesk_may_hold(status, pressdesk_rank()) AND (created_by = session_user OR pressdesk_rank() >= 4));
CREATE POLICY releases_change ON releases FOR UPDATE USING (true)
    WITH CHECK (pressdesk_may_hold(status, pressdesk_rank()));
CREATE POLICY releases_remove ON releases FOR DELETE USING (true);

DO $$
DECLARE
    part TEXT;
BEGIN
    FOREACH part IN ARRAY ARRAY['release_tags', 'quotes', 'release_events', 'release_contacts', 'import_sources'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', part);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (true)', part || '_read', part);
        EXECUTE format('CREATE POLICY %I ON %I FOR ALL USING (pressdesk_may_edit_release(release_id)) '
            'WITH CHECK (pressdesk_may_edit_release(release_id))', part || '_write', part);
    END LOOP;
END
$$;
ALTER TABLE external_ids ENABLE ROW LEVEL SECURITY;
CREATE POLICY external_ids_read ON external_ids FOR SELECT USING (true);
CREATE POLICY external_ids_write ON external_ids FOR ALL
    USING (release_id IS NULL OR pressdesk_may_edit_release(release_id))
    WITH CHECK (release_id IS NULL OR pressdesk_may_edit_release(release_id));
ALTER TABLE revisions ENABLE ROW LEVEL SECURITY;
CREATE POLICY revisions_read ON revisions FOR SELECT USING (true);
CREATE POLICY revisions_write ON revisions FOR INSERT WITH CHECK (pressdesk_may_edit_release(release_id));
ALTER TABLE comments ENABLE ROW LEVEL SECURITY;
CREATE POLICY comments_read ON comments FOR SELECT USING (true);
CREATE POLICY comments_write ON comments FOR INSERT WITH CHECK (author = session_user);
CREATE POLICY comments_resolve ON comments FOR UPDATE USING (true);

-- People: managed by admins through these functions, which run with the owner's rights
-- (CREATEROLE) after checking who calls them.
CREATE FUNCTION pressdesk_require_admin() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF pressdesk_rank() < 4 THEN
        PERFORM pressdesk_refuse('may not manage people; ask an admin');
    END IF;
END
$$;

CREATE FUNCTION pressdesk_check_person(person TEXT, kind TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF kind NOT IN ('contributor', 'editor', 'publisher', 'admin') THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
            MESSAGE = format('%s is not a role; the roles are contributor, editor, publisher and admin', kind);
    END IF;
    IF person !~ '^[a-z_][a-z0-9_.-]{0,47}$' THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
            MESSAGE = format('%s is not a valid login name (lower-case letters, digits, _ . -)', person);
    END IF;
END
$$;

CREATE FUNCTION pressdesk_set_membership(person TEXT, kind TEXT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    other TEXT;
BEGIN
    FOREACH other IN ARRAY ARRAY['contributor', 'editor', 'publisher', 'admin'] LOOP
        IF other <> kind AND EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                JOIN pg_roles p ON p.oid = m.member WHERE g.rolname = pressdesk_group(other) AND p.rolname = person) THEN
            EXECUTE format('REVOKE %I FROM %I', pressdesk_group(other), person);
        END IF;
    END LOOP;
    IF kind <> '' THEN
        EXECUTE format('GRANT %I TO %I', pressdesk_group(kind), person);
    END IF;
END
$$;

CREATE FUNCTION pressdesk_add_person(person TEXT, kind TEXT, secret TEXT, person_full_name TEXT, person_email TEXT)
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
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = person) THEN
        EXECUTE format('ALTER ROLE %I LOGIN', person);
        IF secret <> '' THEN
            EXECUTE format('ALTER ROLE %I PASSWORD %L', person, secret);
        END IF;
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', person, secret);
    END IF;
    PERFORM pressdesk_set_membership(person, kind);
    INSERT INTO people (name, full_name, email, role, created_at)
    VALUES (person, person_full_name, person_email, kind, pressdesk_now())
    ON CONFLICT (name) DO UPDATE SET full_name = excluded.full_name, email = excluded.email, role = excluded.role,
        removed_at = NULL;
END
$$;

CREATE FUNCTION pressdesk_set_role(person TEXT, kind TEXT) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM pressdesk_require_admin();
    PERFORM pressdesk_check_person(person, kind);
    IF NOT EXISTS (SELECT 1 FROM people WHERE name = person AND removed_at IS NULL) THEN
        RAISE EXCEPTION USING ERRCODE = 'no_data_found', MESSAGE = format('%s is not a person of this newsroom', person);
    END IF;
    PERFORM pressdesk_set_membership(person, kind);
    UPDATE people SET role = kind WHERE name = person;
END
$$;

CREATE FUNCTION pressdesk_remove_person(person TEXT) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM pressdesk_require_admin();
    IF NOT EXISTS (SELECT 1 FROM people WHERE name = person AND removed_at IS NULL) THEN
        RAISE EXCEPTION USING ERRCODE = 'no_data_found', MESSAGE = format('%s is not a person of this newsroom', person);
    END IF;
    IF person = session_user THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value', MESSAGE = 'an admin cannot remove themselves';
    END IF;
    PERFORM pressdesk_set_membership(person, '');
    EXECUTE format('ALTER ROLE %I NOLOGIN', person);
    UPDATE people SET removed_at = pressdesk_now() WHERE name = person;
END
$$;

-- Each connection of a person says they were there.
CREATE FUNCTION pressdesk_seen() RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT AS $$
    UPDATE people SET last_seen = pressdesk_now() WHERE name = session_user AND removed_at IS NULL
$$;

-- What each role may do with the tables; the rules above narrow it further.
DO $$
DECLARE
    contributor TEXT := quote_ident(pressdesk_group('contributor'));
    admin TEXT := quote_ident(pressdesk_group('admin'));
BEGIN
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %s', current_schema(), contributor);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT ON TABLES TO %s', current_schema(), contributor);
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO %s', current_schema(), contributor);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON releases, release_tags, quotes, release_events, release_contacts, '
        'external_ids, import_sources, recovery_drafts, organizations, speakers, events, event_organizations, '
        'event_speakers, media_contacts, media_lists, media_list_members, outbox TO %s', contributor);
    EXECUTE format('GRANT INSERT ON revisions TO %s', contributor);
    EXECUTE format('GRANT INSERT, UPDATE (resolved) ON comments TO %s', contributor);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON settings TO %s', admin);
END
$$;

-- Only the triggers write the log, and only the functions above change memberships.
REVOKE EXECUTE ON FUNCTION pressdesk_log(BIGINT, TEXT, TEXT) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION pressdesk_set_membership(TEXT, TEXT) FROM PUBLIC;
