-- «Почта» links a letter to the case it is about, so the clerk can open the case from there. No foreign key:
-- the outbox is the mail's record and must take a letter whatever happens to the row it mentions.
ALTER TABLE mail_outbox ADD COLUMN case_id BIGINT;
CREATE INDEX mail_outbox_case_idx ON mail_outbox (case_id);
