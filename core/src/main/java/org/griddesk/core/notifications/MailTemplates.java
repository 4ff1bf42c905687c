package org.griddesk.core.notifications;

import java.util.List;

/** Port: the editable Russian templates, one per notification kind. */
public interface MailTemplates {
    /** Every kind has a template: the migration seeds them all. */
    MailTemplate get(NotificationKind kind);

    /** In the order of {@link NotificationKind}. */
    List<MailTemplate> all();

    /** Replaces the subject and body of the template's kind. */
    void save(MailTemplate template);
}
