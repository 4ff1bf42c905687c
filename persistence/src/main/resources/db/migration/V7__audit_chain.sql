-- The audit trail (152-FZ): append-only records, each carrying the hash of the previous one.
CREATE TABLE audit_record (
    seq           BIGINT       PRIMARY KEY,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(300) NOT NULL,
    action        VARCHAR(300) NOT NULL,
    subject       VARCHAR(1000),
    before_value  VARCHAR(4000),
    after_value   VARCHAR(4000),
    previous_hash VARCHAR(64)  NOT NULL,
    hash          VARCHAR(64)  NOT NULL
);

CREATE INDEX audit_record_at_idx ON audit_record (at);

-- One row: the newest record. Appends lock it, so records from all workstations form one chain; removing
-- records from the end is noticed because the head still names the last one.
CREATE TABLE audit_head (
    id   INT         PRIMARY KEY,
    seq  BIGINT      NOT NULL,
    hash VARCHAR(64) NOT NULL
);

INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
