-- PostgreSQL only: trigram indexes serve the search boxes' «contains» (LIKE '%…%') on the normalised keys; H2 reads
-- the same columns without them. Repeatable and idempotent, like the change notifications next to it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX IF NOT EXISTS appeal_search_key_trgm_idx ON appeal USING gin (search_key gin_trgm_ops);
CREATE INDEX IF NOT EXISTS applicant_search_text_trgm_idx ON applicant USING gin (search_text gin_trgm_ops);
CREATE INDEX IF NOT EXISTS registration_search_text_trgm_idx ON registration USING gin (search_text gin_trgm_ops);
-- A whole registration number is looked up as the key's prefix («тп-1563 | …»): a range on this index.
CREATE INDEX IF NOT EXISTS appeal_search_key_prefix_idx ON appeal (search_key varchar_pattern_ops);
-- Personal accounts (V21): the clerk's search box matches words anywhere in the owner, address, phone and e-mail.
CREATE INDEX IF NOT EXISTS personal_account_search_text_trgm_idx ON personal_account USING gin (search_text gin_trgm_ops);
