package org.griddesk.core.settings;

import org.griddesk.core.access.AccessControl;
import java.util.List;
import java.util.function.Consumer;
import org.griddesk.core.cases.HtmlSanitizer;
import org.griddesk.core.cases.SanitizedHtml;
import org.griddesk.core.common.AccessDeniedException;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.common.ValidationException;
import org.griddesk.core.access.Operator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.griddesk.core.settings.Operators.ADMIN;

class OrganisationSettingsServiceTest {
    /** Enough of a sanitiser to see that the service stores what it returns. */
    private static final HtmlSanitizer NO_SCRIPTS = html -> {
        String clean = html.replaceAll("(?is)<script.*?</script>", "").replaceAll("(?i)\\son\\w+=\"[^\"]*\"", "");
        return new SanitizedHtml(clean, clean.replaceAll("<[^>]+>", ""));
    };

    private final InMemoryOrganisationSettings store = new InMemoryOrganisationSettings();
    private final CountingTransactions transactions = new CountingTransactions();
    private final RecordingAuditTrail audit = new RecordingAuditTrail(transactions);
    private final OrganisationSettingsService service = new OrganisationSettingsService(store, NO_SCRIPTS, audit, transactions, AccessControl.asGiven());

    @Test
    void anyoneReadsTheProfile() {
        OrganisationProfile profile = service.profile();
        assertThat(profile.name()).isEqualTo("АО «Городская электросеть»");
        assertThat(profile.applicationFormsLink()).isEmpty();
        assertThat(profile.notificationAddress()).contains("portal@gorset.ru");
    }

    @Test
    void savesTheProfileAndAuditsOnlyTheChangedFields() {
        OrganisationProfile seen = service.profile();
        OrganisationProfile edited = new OrganisationProfile(seen.name(), seen.address(), "+7 (3842) 00-11-22",
                seen.email(), seen.site(), " Registrations@GORSET.RU ", " https://gorset.ru/tp/forms ", seen.version());

        OrganisationProfile saved = service.saveProfile(ADMIN, edited);

        assertThat(saved.version()).isEqualTo(seen.version() + 1);
        assertThat(saved.phone()).isEqualTo("+7 (3842) 00-11-22");
        assertThat(saved.notificationMailbox()).isEqualTo("Registrations@gorset.ru");
        assertThat(saved.applicationFormsLink()).contains("https://gorset.ru/tp/forms");
        assertThat(transactions.started()).isEqualTo(1);
        RecordingAuditTrail.Entry entry = audit.last();
        assertThat(entry.inTransaction()).isTrue();
        assertThat(entry.action()).isEqualTo("Изменение данных и настроек организации");
        assertThat(entry.before()).isEqualTo("""
                Телефон: +7 (3842) 45-67-89
                Электронная почта для уведомлений о новых регистрациях: portal@gorset.ru
                Ссылка на страницу, содержащую формы заявок на технологическое присоединение:\s""");
        assertThat(entry.after()).contains("Телефон: +7 (3842) 00-11-22").doesNotContain("Наименование");
    }

    @Test
    void anEmptyFormsLinkHidesTheLink() {
        OrganisationProfile seen = service.saveProfile(ADMIN, withForms(service.profile(), "https://gorset.ru/forms"));
        OrganisationProfile cleared = service.saveProfile(ADMIN, withForms(seen, "   "));
        assertThat(cleared.applicationFormsLink()).isEmpty();
    }

    @Test
    void aSaveOverAnotherAdministratorsSaveIsRefused() {
        OrganisationProfile seen = service.profile();
        store.savedElsewhere(withForms(seen, "https://gorset.ru/other"));

        assertThatThrownBy(() -> service.saveProfile(ADMIN, withForms(seen, "https://gorset.ru/mine")))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessage(OrganisationSettingsService.STALE_PROFILE);
        assertThat(service.profile().applicationFormsUrl()).isEqualTo("https://gorset.ru/other");
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void refusesWhatCannotBeRight() {
        OrganisationProfile seen = service.profile();
        assertThatThrownBy(() -> service.saveProfile(ADMIN, new OrganisationProfile(" ", "", "", "", "", "", "", seen.version())))
                .isInstanceOf(ValidationException.class).hasMessage("Укажите наименование организации");
        assertThatThrownBy(() -> service.saveProfile(ADMIN, new OrganisationProfile("АО", "", "", "", "",
                "почта без собаки", "", seen.version())))
                .isInstanceOf(ValidationException.class)
                .hasMessage("«Электронная почта для уведомлений о новых регистрациях»: Некорректный адрес электронной почты");
        assertThatThrownBy(() -> service.saveProfile(ADMIN, withForms(seen, "gorset.ru/forms")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("начиная с https://");
        assertThatThrownBy(() -> service.saveProfile(ADMIN, withForms(seen, "javascript:alert(1)")))
                .isInstanceOf(ValidationException.class);
        assertThat(service.saveProfile(ADMIN, withForms(seen, "https://горсеть.рф/формы")).applicationFormsUrl())
                .isEqualTo("https://горсеть.рф/формы");
    }

    @Test
    void portalTextsAreStoredSanitisedAndAudited() {
        PortalText seen = service.portalTexts().get(PortalPage.HELP);

        PortalText saved = service.savePortalText(ADMIN, PortalPage.HELP,
                "<p onclick=\"steal()\">Руководство пользователя</p><script>alert(1)</script>", seen.version());

        assertThat(saved.html()).isEqualTo("<p>Руководство пользователя</p>");
        assertThat(saved.version()).isEqualTo(seen.version() + 1);
        assertThat(service.portalTexts().help()).isEqualTo(saved);
        assertThat(service.portalTexts().login().html()).isEqualTo("<p>Добро пожаловать</p>");
        assertThat(audit.last()).isEqualTo(new RecordingAuditTrail.Entry("admin", "Изменение текста портала",
                PortalPage.HELP.title(), "<p>Помощь</p>", "<p>Руководство пользователя</p>", true));
    }

    @Test
    void aStalePortalTextIsRefusedButOtherPagesAreIndependent() {
        long loginVersion = service.portalTexts().login().version();
        long helpVersion = service.portalTexts().help().version();
        service.savePortalText(ADMIN, PortalPage.HELP, "<p>Первая правка</p>", helpVersion);

        assertThatThrownBy(() -> service.savePortalText(ADMIN, PortalPage.HELP, "<p>Вторая правка</p>", helpVersion))
                .isInstanceOf(ConcurrentChangeException.class).hasMessage(OrganisationSettingsService.STALE_TEXT);
        assertThat(service.savePortalText(ADMIN, PortalPage.LOGIN, "<p>Вход</p>", loginVersion).html())
                .isEqualTo("<p>Вход</p>");
        assertThat(service.portalTexts().help().html()).isEqualTo("<p>Первая правка</p>");
    }

    @Test
    void aLongTextIsCutInTheAuditTrailOnly() {
        String longText = "<p>" + "ж".repeat(5000) + "</p>";
        PortalText saved = service.savePortalText(ADMIN, PortalPage.FIRST_PAGE, longText, 0);
        assertThat(saved.html()).isEqualTo(longText);
        assertThat(audit.last().after()).hasSizeLessThan(4000).endsWith("(обрезано, всего 5007 символов)");
    }

    @Test
    void onlyAnAdministratorChangesSettings() {
        OrganisationProfile seen = service.profile();
        List<Consumer<Operator>> actions = List.of(
                actor -> service.saveProfile(actor, withForms(seen, "https://gorset.ru/forms")),
                actor -> service.savePortalText(actor, PortalPage.LOGIN, "<p>Взлом</p>", 0));
        for (Operator actor : Operators.NOT_ALLOWED) {
            for (Consumer<Operator> action : actions) {
                assertThatThrownBy(() -> action.accept(actor)).isInstanceOf(AccessDeniedException.class);
            }
        }
        assertThat(service.profile()).isEqualTo(seen);
        assertThat(audit.entries()).isEmpty();
    }

    private static OrganisationProfile withForms(OrganisationProfile profile, String url) {
        return new OrganisationProfile(profile.name(), profile.address(), profile.phone(), profile.email(), profile.site(),
                profile.notificationMailbox(), url, profile.version());
    }
}
