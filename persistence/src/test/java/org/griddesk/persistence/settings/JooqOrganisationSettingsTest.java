package org.griddesk.persistence.settings;

import org.griddesk.core.settings.OrganisationProfile;
import org.griddesk.core.settings.PortalPage;
import org.griddesk.core.settings.PortalText;
import org.griddesk.core.settings.PortalTexts;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class JooqOrganisationSettingsTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void startsWithTheSeededOrganisationAndTexts(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqOrganisationSettings settings = new JooqOrganisationSettings(database.dsl());
            OrganisationProfile profile = settings.profile();
            assertThat(profile.name()).isEqualTo("АО «Городская электросеть»");
            assertThat(profile.notificationMailbox()).isEqualTo("portal@gorset.ru");
            assertThat(profile.applicationFormsLink()).contains("https://gorset.ru/tp/forms");
            assertThat(profile.version()).isZero();

            PortalTexts texts = PortalTexts.of(settings.portalTexts());
            assertThat(texts.login().html()).startsWith("<h3>Добро пожаловать в личный кабинет АО «Городская электросеть»")
                    .contains("без посещения офиса");
            assertThat(texts.firstPage().html()).contains("<b>Документооборот</b>");
            assertThat(texts.help().html()).contains("Руководстве пользователя");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void savesOnlyOverTheVersionItStartedFrom(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqOrganisationSettings settings = new JooqOrganisationSettings(database.dsl());
            OrganisationProfile seen = settings.profile();
            OrganisationProfile mine = new OrganisationProfile("ПАО «Россети Сибирь»", seen.address(), seen.phone(),
                    seen.email(), seen.site(), "tp@rosseti.ru", "", seen.version());

            assertThat(settings.saveProfile(mine)).isTrue();
            assertThat(settings.saveProfile(mine)).as("same version again").isFalse();

            OrganisationProfile saved = settings.profile();
            assertThat(saved).isEqualTo(mine.withVersion(seen.version() + 1));
            assertThat(saved.applicationFormsLink()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void portalTextsHaveTheirOwnVersions(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqOrganisationSettings settings = new JooqOrganisationSettings(database.dsl());
            String longText = "<p>" + "Текст помощи. ".repeat(10_000) + "</p>";
            assertThat(settings.savePortalText(PortalPage.HELP, longText, 0)).isTrue();
            assertThat(settings.savePortalText(PortalPage.HELP, "<p>Старая правка</p>", 0)).isFalse();
            assertThat(settings.savePortalText(PortalPage.LOGIN, "<p>Вход</p>", 0)).isTrue();

            PortalTexts texts = PortalTexts.of(settings.portalTexts());
            assertThat(texts.help()).isEqualTo(new PortalText(PortalPage.HELP, longText, 1));
            assertThat(texts.login()).isEqualTo(new PortalText(PortalPage.LOGIN, "<p>Вход</p>", 1));
            assertThat(texts.firstPage().version()).isZero();
        }
    }
}
