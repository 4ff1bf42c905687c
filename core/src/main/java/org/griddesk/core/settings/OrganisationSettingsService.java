package org.griddesk.core.settings;

import org.griddesk.core.access.AccessControl;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.griddesk.core.audit.AuditTrail;
import org.griddesk.core.cases.HtmlSanitizer;
import org.griddesk.core.cases.SanitizedHtml;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Permission;

/**
 * "Данные и настройки" and "Информация". Anyone may read them (the name heads letters and documents); only an
 * administrator changes them, each change one transaction with its audit record, refused when stale.
 */
public class OrganisationSettingsService {
    static final String STALE_PROFILE = "Данные и настройки уже изменены другим администратором. Показаны актуальные "
            + "данные — проверьте их и повторите изменения.";
    static final String STALE_TEXT = "Текст уже изменён другим администратором. Показан актуальный текст — "
            + "проверьте его и повторите изменения.";

    private final OrganisationSettingsRepository settings;
    private final HtmlSanitizer sanitizer;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final AccessControl access;

    public OrganisationSettingsService(OrganisationSettingsRepository settings, HtmlSanitizer sanitizer, AuditTrail audit,
                                       Transactions transactions, AccessControl access) {
        this.access = access;
        this.settings = settings;
        this.sanitizer = sanitizer;
        this.audit = audit;
        this.transactions = transactions;
    }

    public OrganisationProfile profile() {
        return settings.profile();
    }

    /** {@code edited.version()} is the version the administrator started from. */
    public OrganisationProfile saveProfile(Operator actor, OrganisationProfile edited) {
        access.require(actor, Permission.MANAGE_OPERATORS);
        OrganisationProfile wanted = ProfileRules.check(edited);
        return transactions.inTransaction(() -> {
            OrganisationProfile current = settings.profile();
            if (current.version() != wanted.version()) {
                throw new ConcurrentChangeException(STALE_PROFILE);
            }
            if (current.sameDataAs(wanted)) {
                return current;
            }
            if (!settings.saveProfile(wanted)) {
                throw new ConcurrentChangeException(STALE_PROFILE);
            }
            List<String> before = new ArrayList<>();
            List<String> after = new ArrayList<>();
            for (ProfileRules.Field field : ProfileRules.FIELDS) {
                String old = field.value().apply(current);
                String now = field.value().apply(wanted);
                if (!Objects.equals(old, now)) {
                    before.add(field.title() + ": " + old);
                    after.add(field.title() + ": " + now);
                }
            }
            audit.record(actor, "Изменение данных и настроек организации", "Данные и настройки",
                    AuditTexts.clip(String.join("\n", before)), AuditTexts.clip(String.join("\n", after)));
            return settings.profile();
        });
    }

    public PortalTexts portalTexts() {
        return PortalTexts.of(settings.portalTexts());
    }

    /** What the portal would show: the editor's HTML after sanitising, as it will be stored. */
    public SanitizedHtml preview(String html) {
        return sanitizer.sanitize(html == null ? "" : html);
    }

    /** Stores the text sanitised; {@code seenVersion} is the version the administrator started from. */
    public PortalText savePortalText(Operator actor, PortalPage page, String html, long seenVersion) {
        access.require(actor, Permission.MANAGE_OPERATORS);
        String clean = preview(html).html();
        return transactions.inTransaction(() -> {
            PortalText current = portalTexts().get(page);
            if (current.version() != seenVersion) {
                throw new ConcurrentChangeException(STALE_TEXT);
            }
            if (current.html().equals(clean)) {
                return current;
            }
            if (!settings.savePortalText(page, clean, seenVersion)) {
                throw new ConcurrentChangeException(STALE_TEXT);
            }
            audit.record(actor, "Изменение текста портала", page.title(), AuditTexts.clip(current.html()),
                    AuditTexts.clip(clean));
            return portalTexts().get(page);
        });
    }
}
