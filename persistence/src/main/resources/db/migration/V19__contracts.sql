-- The contract after the signatures (seed 002, «Присвоение Администратором статуса договора», «ход исполнения»).
-- Portable SQL for H2 and PostgreSQL.

-- The stages of a contract's execution, a dictionary the administrator keeps like the others.
CREATE TABLE contract_stage (
    name     VARCHAR(200) PRIMARY KEY,
    position INT          NOT NULL,
    active   BOOLEAN      NOT NULL DEFAULT TRUE
);

INSERT INTO contract_stage (name, position) VALUES
    ('Исполнение договора ТП', 1),
    ('Ведется проектирование', 2),
    ('Ведутся строительно-монтажные работы', 3),
    ('Мероприятия по технологическому присоединению выполнены', 4);

-- One contract per application, concluded when both sides have signed its offer.
CREATE TABLE tp_contract (
    appeal_id         BIGINT       PRIMARY KEY REFERENCES appeal (id),
    version           BIGINT       NOT NULL DEFAULT 0,
    number            VARCHAR(60)  NOT NULL UNIQUE,
    concluded_on      DATE         NOT NULL,
    offer_document_id BIGINT       NOT NULL REFERENCES timeline_item (id),
    stage             VARCHAR(200) NOT NULL,
    completed_on      DATE
);

-- Closed when both closing acts are signed by both sides; its deadlines stop.
INSERT INTO case_status (name, position) SELECT 'Исполнен', MAX(position) + 1 FROM case_status;

INSERT INTO mail_template (kind, subject, body) VALUES
('STATUS_NOTE_ADDED', 'Новый статус по обращению «{{caseTitle}}»',
'Здравствуйте, {{applicant}}!

По вашему обращению «{{caseTitle}}» (регистрационный номер: {{caseNumber}}) сетевая организация сообщает: {{newStatus}}.

{{portal}}

С уважением,
{{organisation}}

Письмо отправлено автоматически, отвечать на него не нужно.');
