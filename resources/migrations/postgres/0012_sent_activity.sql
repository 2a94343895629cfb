-- Pressdesk schema version 12 on PostgreSQL: a release's activity log records each message
-- sent (docs/team.md). The row is written with the owner's rights by pressdesk_log, like the
-- rest of the log, and names whoever sent it: the session that wrote the draft's row or that
-- recorded the SMTP message as accepted. A row says how (smtp or draft), which language
-- version and revision, and to whom: "smtp es 3 ines@diario.example".

ALTER TABLE activity DROP CONSTRAINT activity_action_check;
ALTER TABLE activity ADD CONSTRAINT activity_action_check
    CHECK (action IN ('created', 'edited', 'status', 'trashed', 'restored', 'comment', 'approval', 'sent'));

CREATE FUNCTION pressdesk_log_sent() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF NEW.state = 'sent' AND (TG_OP = 'INSERT' OR OLD.state <> 'sent') THEN
        PERFORM pressdesk_log(NEW.release_id, 'sent',
            format('%s %s %s %s', NEW.method, NEW.language, NEW.revision, NEW.recipient_email));
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER outbox_activity AFTER INSERT OR UPDATE OF state ON outbox
    FOR EACH ROW EXECUTE FUNCTION pressdesk_log_sent();
