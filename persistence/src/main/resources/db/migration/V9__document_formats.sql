-- The file formats «Добавить документ» accepts (by extension, and the content must match); the administrator edits
-- the list in «Справочники». Extensions in lower case, without the dot.
CREATE TABLE document_format (
    name     VARCHAR(10) PRIMARY KEY,
    position INT         NOT NULL,
    active   BOOLEAN     NOT NULL DEFAULT TRUE
);

INSERT INTO document_format (name, position) VALUES
    ('pdf', 1), ('jpg', 2), ('jpeg', 3), ('png', 4), ('tif', 5), ('tiff', 6), ('doc', 7), ('docx', 8),
    ('xls', 9), ('xlsx', 10), ('odt', 11), ('ods', 12), ('rtf', 13), ('txt', 14), ('zip', 15), ('sig', 16);
