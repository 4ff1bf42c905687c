package org.griddesk.persistence.notifications;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.griddesk.core.notifications.MailTemplate;
import org.griddesk.core.notifications.MailTemplates;
import org.griddesk.core.notifications.NotificationKind;
import org.griddesk.persistence.schema.tables.records.MailTemplateRecord;
import org.jooq.DSLContext;

import static org.griddesk.persistence.schema.Tables.MAIL_TEMPLATE;

/** The templates seeded by migration V4, editable by an administrator. */
public final class JooqMailTemplates implements MailTemplates {
    private final DSLContext dsl;

    public JooqMailTemplates(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * A missing row falls back to a bare template rather than failing: the caller is saving a clerk's change,
     * which must not be lost over the wording of an e-mail.
     */
    @Override
    public MailTemplate get(NotificationKind kind) {
        return dsl.selectFrom(MAIL_TEMPLATE).where(MAIL_TEMPLATE.KIND.eq(kind.name())).fetchOptional()
                .map(JooqMailTemplates::toTemplate)
                .orElseGet(() -> fallback(kind));
    }

    @Override
    public List<MailTemplate> all() {
        Map<String, MailTemplate> stored = dsl.selectFrom(MAIL_TEMPLATE).fetch().stream()
                .collect(Collectors.toMap(MailTemplateRecord::getKind, JooqMailTemplates::toTemplate));
        return Arrays.stream(NotificationKind.values())
                .map(kind -> stored.getOrDefault(kind.name(), fallback(kind)))
                .toList();
    }

    @Override
    public void save(MailTemplate template) {
        int updated = dsl.update(MAIL_TEMPLATE)
                .set(MAIL_TEMPLATE.SUBJECT, template.subject())
                .set(MAIL_TEMPLATE.BODY, template.body())
                .where(MAIL_TEMPLATE.KIND.eq(template.kind().name()))
                .execute();
        if (updated == 0) {
            dsl.insertInto(MAIL_TEMPLATE)
                    .set(MAIL_TEMPLATE.KIND, template.kind().name())
                    .set(MAIL_TEMPLATE.SUBJECT, template.subject())
                    .set(MAIL_TEMPLATE.BODY, template.body())
                    .execute();
        }
    }

    private static MailTemplate toTemplate(MailTemplateRecord row) {
        return new MailTemplate(NotificationKind.valueOf(row.getKind()), row.getSubject(), row.getBody());
    }

    private static MailTemplate fallback(NotificationKind kind) {
        return new MailTemplate(kind, kind.title(), "Здравствуйте, {{applicant}}!\n\n" + kind.title()
                + ".\n\n{{portal}}\n\nС уважением,\n{{organisation}}");
    }
}
