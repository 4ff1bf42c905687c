package org.griddesk.core.settings;

import java.util.ArrayList;
import java.util.List;

/** The settings row and portal texts in memory, with the same version rule as the database. */
public final class InMemoryOrganisationSettings implements OrganisationSettingsRepository {
    private OrganisationProfile profile = new OrganisationProfile("АО «Городская электросеть»", "г. Кемерово",
            "+7 (3842) 45-67-89", "info@gorset.ru", "https://gorset.ru", "portal@gorset.ru", "", 0);
    private final List<PortalText> texts = new ArrayList<>(List.of(
            new PortalText(PortalPage.LOGIN, "<p>Добро пожаловать</p>", 0),
            new PortalText(PortalPage.FIRST_PAGE, "<p>Первая страница</p>", 0),
            new PortalText(PortalPage.HELP, "<p>Помощь</p>", 0)));

    @Override
    public OrganisationProfile profile() {
        return profile;
    }

    @Override
    public boolean saveProfile(OrganisationProfile changed) {
        if (changed.version() != profile.version()) {
            return false;
        }
        profile = changed.withVersion(profile.version() + 1);
        return true;
    }

    @Override
    public List<PortalText> portalTexts() {
        return List.copyOf(texts);
    }

    @Override
    public boolean savePortalText(PortalPage page, String html, long expectedVersion) {
        for (int i = 0; i < texts.size(); i++) {
            PortalText stored = texts.get(i);
            if (stored.page() == page) {
                if (stored.version() != expectedVersion) {
                    return false;
                }
                texts.set(i, new PortalText(page, html, expectedVersion + 1));
                return true;
            }
        }
        return false;
    }

    /** Another administrator's save, straight into the store. */
    void savedElsewhere(OrganisationProfile changed) {
        profile = changed.withVersion(profile.version() + 1);
    }
}
