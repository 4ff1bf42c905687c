-- Administrator's dictionaries and the organisation's settings (issue 5). Portable SQL, like V1.

-- Offered in "Добавить документ"; retired names (active FALSE) stay on the documents that carry them.
CREATE TABLE document_name (
    name     VARCHAR(255) PRIMARY KEY,
    position INT          NOT NULL,
    active   BOOLEAN      NOT NULL DEFAULT TRUE
);

INSERT INTO document_name (name, position) VALUES
    ('Оферта договора о технологическом присоединении', 1),
    ('Технические условия', 2),
    ('Счёт на оплату', 3),
    ('Акт об осуществлении технологического присоединения', 4),
    ('Акт допуска прибора учёта', 5),
    ('Запрос недостающих документов', 6);

-- "Данные и настройки": exactly one row. A save names the version it started from, so two administrators
-- cannot overwrite each other unnoticed. Empty strings mean "not set"; an empty forms link hides the link.
CREATE TABLE organisation_settings (
    id                    INT           PRIMARY KEY CHECK (id = 1),
    version               BIGINT        NOT NULL DEFAULT 0,
    name                  VARCHAR(500)  NOT NULL,
    address               VARCHAR(1000) NOT NULL DEFAULT '',
    phone                 VARCHAR(100)  NOT NULL DEFAULT '',
    email                 VARCHAR(254)  NOT NULL DEFAULT '',
    site                  VARCHAR(300)  NOT NULL DEFAULT '',
    notification_mailbox  VARCHAR(254)  NOT NULL DEFAULT '',
    application_forms_url VARCHAR(1000) NOT NULL DEFAULT ''
);

INSERT INTO organisation_settings (id, name, address, phone, email, site, notification_mailbox, application_forms_url)
VALUES (1, 'АО «Городская электросеть»', '650000, г. Кемерово, ул. Энергетиков, д. 12', '+7 (3842) 45-67-89',
        'info@gorset.ru', 'https://gorset.ru', 'portal@gorset.ru', 'https://gorset.ru/tp/forms');

-- "Информация": the portal's texts, sanitised HTML, one row per page (LOGIN, FIRST_PAGE, HELP), each with its version.
CREATE TABLE portal_text (
    page    VARCHAR(20)     PRIMARY KEY,
    html    VARCHAR(200000) NOT NULL,
    version BIGINT          NOT NULL DEFAULT 0
);

INSERT INTO portal_text (page, html) VALUES
('LOGIN', '<h3>Добро пожаловать в личный кабинет АО «Городская электросеть» по технологическому присоединению</h3>'
    || '<p>«Личный кабинет» дает возможность направить заявку на технологическое присоединение, отправлять, получать '
    || 'и подписывать в электронном виде договор на технологическое присоединение, а также иные документы, что '
    || 'позволяет организовать документооборот по технологическому присоединению Ваших энергопринимающих устройств '
    || 'без посещения офиса АО «Городская электросеть».</p>'),
('FIRST_PAGE', '<h3>Добро пожаловать в личный кабинет АО «Городская электросеть»</h3>'
    || '<p>«Личный кабинет» дает возможность направить заявку на технологическое присоединение, отправлять, получать, '
    || 'подписывать в электронном виде договор на технологическое присоединение, а также иные документы, что позволяет '
    || 'организовать документооборот по технологическому присоединению Ваших энергопринимающих устройств без посещения '
    || 'офиса АО «Городская электросеть».</p>'
    || '<p>Чтобы подать заявку на технологическое присоединение (перераспределение максимальной мощности, '
    || 'восстановление / переоформление документов о технологическом присоединении), либо направить сообщение в адрес '
    || 'АО «Городская электросеть» в электронном виде, выберите пункт меню: <b>Документооборот</b></p>'
    || '<p>Чтобы изменить регистрационные данные, выберите <b>Данные</b></p>'),
('HELP', '<h3>Помощь</h3>'
    || '<p>Порядок работы в личном кабинете описан в «Руководстве пользователя (заявителя, потребителя) сервиса '
    || '«Личный кабинет сетевой организации по технологическому присоединению».</p>'
    || '<p>Если у Вас возник вопрос, выберите пункт меню <b>Документооборот</b> и нажмите «Создать сообщение сетевой '
    || 'организации». Ответ придет в личный кабинет, уведомление о нем — на адрес электронной почты, указанный при '
    || 'регистрации.</p>'
    || '<p>Телефон для справок: +7 (3842) 45-67-89, e-mail: info@gorset.ru</p>');
