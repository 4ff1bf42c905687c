package org.griddesk.app.config;

import java.nio.file.Path;
import org.griddesk.app.testing.TestGridDesk;
import org.griddesk.core.access.Operator;
import org.griddesk.core.settings.OrganisationProfile;
import org.griddesk.core.settings.OrganisationSettingsService;
import org.griddesk.core.signing.DocumentSigningService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The organisation's name in signing texts follows «Данные и настройки» without a restart. */
class OrganisationNameTest {

    @Test
    void renamingTheOrganisationChangesTheSigningTexts(@TempDir Path home) {
        try (TestGridDesk grid = TestGridDesk.demo(home)) {
            DocumentSigningService signing = grid.bean(DocumentSigningService.class);
            OrganisationSettingsService settings = grid.bean(OrganisationSettingsService.class);
            assertThat(signing.organisationName()).isEqualTo(settings.profile().name());

            Operator admin = grid.authentication().logIn("admin", "Admin-2026!".toCharArray());
            OrganisationProfile p = settings.profile();
            settings.saveProfile(admin, new OrganisationProfile("АО «Новая сетевая компания»", p.address(), p.phone(),
                    p.email(), p.site(), p.notificationMailbox(), p.applicationFormsUrl(), p.version()));
            assertThat(signing.organisationName()).isEqualTo("АО «Новая сетевая компания»");
        }
    }
}
