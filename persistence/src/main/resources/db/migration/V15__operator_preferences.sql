-- Each operator's own screen settings (a table's columns, sort and page size): they follow the operator
-- from workstation to workstation.
CREATE TABLE operator_preference (
    operator_id BIGINT        NOT NULL REFERENCES operator (id),
    name        VARCHAR(100)  NOT NULL,
    setting     VARCHAR(4000) NOT NULL,
    PRIMARY KEY (operator_id, name)
);
