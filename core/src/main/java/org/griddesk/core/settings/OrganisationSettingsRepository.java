package org.griddesk.core.settings;

import java.util.List;

/** Port: the single row of organisation settings and the portal texts, each guarded by its version. */
public interface OrganisationSettingsRepository {
    OrganisationProfile profile();

    /** Writes if the stored version still is {@code profile.version()}, and moves it on; false otherwise. */
    boolean saveProfile(OrganisationProfile profile);

    List<PortalText> portalTexts();

    /** Writes if the stored version still is {@code expectedVersion}; false otherwise. */
    boolean savePortalText(PortalPage page, String html, long expectedVersion);
}
