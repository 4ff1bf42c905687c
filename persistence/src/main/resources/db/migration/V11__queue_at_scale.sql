-- The queue at a million cases: normalised search keys, per-status counters kept up to date instead of recounted,
-- indexes for the default orders and for duplicate checks of registrations.

-- «ё» and «е» are one letter in every search (SearchText.normalize): stored keys are lower case with «е».
UPDATE applicant SET search_text = REPLACE(search_text, 'ё', 'е');
UPDATE registration SET search_text = REPLACE(search_text, 'ё', 'е');

-- A case's own searchable text, number and title (JooqCaseRepository.searchKey builds the same for new rows); the
-- applicant's part is applicant.search_text. Both get trigram indexes on PostgreSQL.
ALTER TABLE appeal ADD COLUMN search_key VARCHAR(600);
UPDATE appeal SET search_key = REPLACE(LOWER(COALESCE(registration_number, '') || ' | ' || title), 'ё', 'е');
ALTER TABLE appeal ALTER COLUMN search_key SET NOT NULL;

-- Cases per kind and status, spread over a few rows per pair (by case id) so that clerks changing statuses at the
-- same moment rarely wait for one another. Changed in the same transaction as the case (CaseCounters).
CREATE TABLE case_count (
    kind   VARCHAR(20)  NOT NULL,
    status VARCHAR(200) NOT NULL,
    shard  INT          NOT NULL,
    cases  BIGINT       NOT NULL,
    PRIMARY KEY (kind, status, shard)
);
INSERT INTO case_count (kind, status, shard, cases)
    SELECT kind, status, 0, COUNT(*) FROM appeal GROUP BY kind, status;

-- Default order (last change, newest first) and its status-filtered form, with the id that breaks ties.
DROP INDEX appeal_updated_idx;
CREATE INDEX appeal_updated_id_idx ON appeal (updated_at, id);
CREATE INDEX appeal_status_updated_idx ON appeal (status, updated_at, id);
DROP INDEX appeal_created_idx;
CREATE INDEX appeal_created_status_idx ON appeal (created_at, status);

-- Duplicate checks of a registration look applicants up by each key.
ALTER TABLE applicant ADD COLUMN email_key VARCHAR(254);
UPDATE applicant SET email_key = LOWER(email);
ALTER TABLE applicant ALTER COLUMN email_key SET NOT NULL;
CREATE INDEX applicant_email_key_idx ON applicant (email_key);
CREATE INDEX applicant_ogrn_idx ON applicant (ogrn);
CREATE INDEX applicant_ogrnip_idx ON applicant (ogrnip);
DROP INDEX registration_registered_idx;
CREATE INDEX registration_registered_id_idx ON registration (registered_at, id);

-- Registrations per type and state, kept like case_count (RegistrationCounters): «Регистрации» without a text or
-- activation filter reads its total here instead of counting every registration.
CREATE TABLE registration_count (
    type          VARCHAR(20) NOT NULL,
    state         VARCHAR(30) NOT NULL,
    registrations BIGINT      NOT NULL,
    PRIMARY KEY (type, state)
);
INSERT INTO registration_count (type, state, registrations)
    SELECT type, state, COUNT(*) FROM registration GROUP BY type, state;

-- «Предложить» takes the largest number made only of digits: kept as a number with an index, so finding it reads
-- one index entry instead of every case. Up to 18 digits (a BIGINT); longer or lettered numbers have none.
ALTER TABLE appeal ADD COLUMN number_value BIGINT;
UPDATE appeal SET number_value = CAST(registration_number AS BIGINT)
    WHERE LENGTH(registration_number) BETWEEN 1 AND 18
      AND TRIM(TRANSLATE(registration_number, '0123456789', '          ')) = '';
CREATE INDEX appeal_number_value_idx ON appeal (number_value);
