-- Besides letters and digits, the characters a registration number may contain; the administrator edits the list in
-- «Справочники». Markup and quote characters are refused whatever the list says (RegistrationNumbers).
CREATE TABLE number_symbol (
    name     VARCHAR(1) PRIMARY KEY,
    position INT        NOT NULL,
    active   BOOLEAN    NOT NULL DEFAULT TRUE
);

INSERT INTO number_symbol (name, position) VALUES ('-', 1), ('/', 2), ('.', 3);
