-- PostgreSQL only: every change to a case, its timeline or its signatures wakes the other workstations
-- (PostgresChangeFeed LISTENs on griddesk_case_changed; the payload is the case id).
--
-- Repeatable (R__) rather than versioned: it runs after all shared versioned migrations, whatever numbers they
-- take later, so it can never collide with them or make Flyway refuse a shared migration numbered below it.
-- It runs again whenever this file changes, so it must stay idempotent.

CREATE OR REPLACE FUNCTION griddesk_notify_case_changed() RETURNS trigger AS $$
DECLARE
    changed RECORD;
    case_id BIGINT;
BEGIN
    IF TG_OP = 'DELETE' THEN
        changed := OLD;
    ELSE
        changed := NEW;
    END IF;
    IF TG_TABLE_NAME = 'appeal' THEN
        case_id := changed.id;
    ELSIF TG_TABLE_NAME = 'timeline_item' THEN
        case_id := changed.appeal_id;
    ELSE
        SELECT appeal_id INTO case_id FROM timeline_item WHERE id = changed.document_id;
    END IF;
    IF case_id IS NOT NULL THEN
        -- Delivered on commit; PostgreSQL folds identical notifications of one transaction into one.
        PERFORM pg_notify('griddesk_case_changed', case_id::text);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS appeal_notify_case_changed ON appeal;
CREATE TRIGGER appeal_notify_case_changed
    AFTER INSERT OR UPDATE ON appeal
    FOR EACH ROW EXECUTE FUNCTION griddesk_notify_case_changed();

DROP TRIGGER IF EXISTS timeline_item_notify_case_changed ON timeline_item;
CREATE TRIGGER timeline_item_notify_case_changed
    AFTER INSERT OR UPDATE OR DELETE ON timeline_item
    FOR EACH ROW EXECUTE FUNCTION griddesk_notify_case_changed();

DROP TRIGGER IF EXISTS document_signature_notify_case_changed ON document_signature;
CREATE TRIGGER document_signature_notify_case_changed
    AFTER INSERT OR UPDATE OR DELETE ON document_signature
    FOR EACH ROW EXECUTE FUNCTION griddesk_notify_case_changed();
