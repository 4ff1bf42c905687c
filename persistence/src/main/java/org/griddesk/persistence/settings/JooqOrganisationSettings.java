package org.griddesk.persistence.settings;

import java.util.List;
import org.griddesk.core.settings.OrganisationProfile;
import org.griddesk.core.settings.OrganisationSettingsRepository;
import org.griddesk.core.settings.PortalPage;
import org.griddesk.core.settings.PortalText;
import org.jooq.DSLContext;

import static org.griddesk.persistence.schema.Tables.ORGANISATION_SETTINGS;
import static org.griddesk.persistence.schema.Tables.PORTAL_TEXT;

/** The single organisation_settings row (id 1) and the portal_text rows; writes are compare-and-set on version. */
public final class JooqOrganisationSettings implements OrganisationSettingsRepository {
    private static final int ROW = 1;

    private final DSLContext dsl;

    public JooqOrganisationSettings(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public OrganisationProfile profile() {
        var s = ORGANISATION_SETTINGS;
        return dsl.selectFrom(s).where(s.ID.eq(ROW)).fetchSingle(row -> new OrganisationProfile(row.getName(),
                row.getAddress(), row.getPhone(), row.getEmail(), row.getSite(), row.getNotificationMailbox(),
                row.getApplicationFormsUrl(), row.getVersion()));
    }

    @Override
    public boolean saveProfile(OrganisationProfile profile) {
        var s = ORGANISATION_SETTINGS;
        return dsl.update(s)
                .set(s.NAME, profile.name())
                .set(s.ADDRESS, profile.address())
                .set(s.PHONE, profile.phone())
                .set(s.EMAIL, profile.email())
                .set(s.SITE, profile.site())
                .set(s.NOTIFICATION_MAILBOX, profile.notificationMailbox())
                .set(s.APPLICATION_FORMS_URL, profile.applicationFormsUrl())
                .set(s.VERSION, s.VERSION.plus(1))
                .where(s.ID.eq(ROW).and(s.VERSION.eq(profile.version())))
                .execute() == 1;
    }

    @Override
    public List<PortalText> portalTexts() {
        return dsl.selectFrom(PORTAL_TEXT).fetch(row -> new PortalText(PortalPage.valueOf(row.getPage()), row.getHtml(),
                row.getVersion()));
    }

    @Override
    public boolean savePortalText(PortalPage page, String html, long expectedVersion) {
        return dsl.update(PORTAL_TEXT)
                .set(PORTAL_TEXT.HTML, html)
                .set(PORTAL_TEXT.VERSION, PORTAL_TEXT.VERSION.plus(1))
                .where(PORTAL_TEXT.PAGE.eq(page.name()).and(PORTAL_TEXT.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }
}
