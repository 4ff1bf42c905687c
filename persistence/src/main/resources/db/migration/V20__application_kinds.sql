-- What an application asks for, as the portal offers it (seed 002; core ApplicationKind). Messages have none.
ALTER TABLE appeal ADD COLUMN application_kind VARCHAR(30);
UPDATE appeal SET application_kind = CASE WHEN temporary_connection THEN 'TEMPORARY' ELSE 'NEW_CONNECTION' END
    WHERE kind = 'APPLICATION';

-- The portal names it with a new application (NULL: a new connection, or a temporary one when the connection is).
ALTER TABLE portal_submission ADD COLUMN application_kind VARCHAR(30)
    CHECK (application_kind IN ('NEW_CONNECTION', 'CAPACITY_INCREASE', 'TEMPORARY', 'REDISTRIBUTION', 'DOCUMENT_REISSUE'));
