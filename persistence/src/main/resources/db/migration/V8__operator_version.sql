-- Operator rows are versioned like cases: two administrators editing one operator never overwrite each other.
ALTER TABLE operator ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
