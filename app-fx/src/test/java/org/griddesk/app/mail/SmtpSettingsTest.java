package org.griddesk.app.mail;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmtpSettingsTest {

    @Test
    void environmentVariablesMapOntoTheProperties() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("test", Map.of(
                "GRIDDESK_MAIL_HOST", "smtp.gorset.ru", "GRIDDESK_MAIL_TLS", "ssl", "GRIDDESK_MAIL_USER", "portal@gorset.ru",
                "GRIDDESK_MAIL_PASSWORD", "secret", "GRIDDESK_MAIL_TIMEOUT_SECONDS", "45")));

        SmtpSettings settings = SmtpSettings.from(environment::getProperty);

        assertThat(settings).isEqualTo(new SmtpSettings("smtp.gorset.ru", 465, SmtpSettings.Tls.SSL, "portal@gorset.ru",
                "secret", "portal@gorset.ru", SmtpSettings.DEFAULT_CONNECT_TIMEOUT, Duration.ofSeconds(45)));
        assertThat(settings.configured()).isTrue();
        assertThat(settings.authenticated()).isTrue();
        assertThat(settings.toString()).doesNotContain("secret");
    }

    @Test
    void defaultsToStartTlsOnPort587AndIsUnconfiguredWithoutHost() {
        SmtpSettings none = SmtpSettings.from(Map.<String, String>of()::get);
        assertThat(none.configured()).isFalse();
        assertThat(none.tls()).isEqualTo(SmtpSettings.Tls.STARTTLS);
        assertThat(none.port()).isEqualTo(587);
        assertThat(none.from()).isEqualTo("griddesk@localhost");

        SmtpSettings plain = SmtpSettings.from(Map.of("griddesk.mail.host", " relay.local ", "griddesk.mail.tls", "NONE",
                "griddesk.mail.port", "2525", "griddesk.mail.from", "noreply@gorset.ru")::get);
        assertThat(plain.host()).isEqualTo("relay.local");
        assertThat(plain.port()).isEqualTo(2525);
        assertThat(plain.authenticated()).isFalse();
        assertThat(plain.from()).isEqualTo("noreply@gorset.ru");
        assertThat(plain.server()).isEqualTo("relay.local:2525");
    }

    @Test
    void anUnknownTlsModeIsRefused() {
        assertThatThrownBy(() -> SmtpSettings.from(Map.of("griddesk.mail.tls", "tls13")::get))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("none, starttls or ssl");
    }
}
