package org.griddesk.app.mail;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;

/**
 * Where and how outgoing mail is handed over. Read from {@code griddesk.mail.*} properties; Spring maps the
 * environment variables GRIDDESK_MAIL_HOST, GRIDDESK_MAIL_PORT, GRIDDESK_MAIL_TLS, GRIDDESK_MAIL_USER,
 * GRIDDESK_MAIL_PASSWORD and GRIDDESK_MAIL_FROM onto them.
 */
public record SmtpSettings(String host, int port, Tls tls, String user, String password, String from,
                           Duration connectTimeout, Duration readTimeout) {

    /** How the connection is protected: not at all, upgraded with STARTTLS (required), or TLS from the start. */
    public enum Tls {
        NONE(25), STARTTLS(587), SSL(465);

        private final int defaultPort;

        Tls(int defaultPort) {
            this.defaultPort = defaultPort;
        }

        public int defaultPort() {
            return defaultPort;
        }

        static Tls parse(String text) {
            if (text == null || text.isBlank()) {
                return STARTTLS;
            }
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("griddesk.mail.tls must be none, starttls or ssl, not '" + text + "'");
            }
        }
    }

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    public SmtpSettings {
        host = host == null ? "" : host.strip();
        user = user == null ? "" : user.strip();
        password = password == null ? "" : password;
        // Without an explicit sender the login is the best guess: most servers only let a user send as themselves.
        from = from == null || from.isBlank() ? (user.contains("@") ? user : "griddesk@localhost") : from.strip();
    }

    /** {@code property} answers a name such as {@code griddesk.mail.host}, or null. */
    public static SmtpSettings from(Function<String, String> property) {
        Tls tls = Tls.parse(property.apply("griddesk.mail.tls"));
        String port = property.apply("griddesk.mail.port");
        return new SmtpSettings(property.apply("griddesk.mail.host"),
                port == null || port.isBlank() ? tls.defaultPort() : Integer.parseInt(port.strip()),
                tls, property.apply("griddesk.mail.user"), property.apply("griddesk.mail.password"),
                property.apply("griddesk.mail.from"),
                seconds(property.apply("griddesk.mail.connect-timeout-seconds"), DEFAULT_CONNECT_TIMEOUT),
                seconds(property.apply("griddesk.mail.timeout-seconds"), DEFAULT_READ_TIMEOUT));
    }

    /** No host, no delivery: mail then waits in the outbox until one is configured. */
    public boolean configured() {
        return !host.isEmpty();
    }

    public boolean authenticated() {
        return !user.isEmpty();
    }

    public String server() {
        return host + ":" + port;
    }

    private static Duration seconds(String text, Duration fallback) {
        return text == null || text.isBlank() ? fallback : Duration.ofSeconds(Long.parseLong(text.strip()));
    }

    /** The password never reaches a log. */
    @Override
    public String toString() {
        return "SmtpSettings[" + server() + ", tls=" + tls + ", user=" + user + ", from=" + from + "]";
    }
}
