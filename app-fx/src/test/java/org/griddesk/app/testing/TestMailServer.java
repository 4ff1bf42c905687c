package org.griddesk.app.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A real SMTP server (GreenMail) on a free port for the end-to-end tests, and the demo's settings to reach it. */
public final class TestMailServer implements AutoCloseable {
    private final GreenMail smtp;
    private final int port;

    private TestMailServer(int port) {
        this.port = port;
        this.smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    public static TestMailServer start() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestMailServer(port);
    }

    /** For {@link TestGridDesk#demo(java.nio.file.Path, String...)}. */
    public String[] settings() {
        return new String[] {"--griddesk.mail.host=127.0.0.1", "--griddesk.mail.port=" + port,
                "--griddesk.mail.tls=none", "--griddesk.mail.from=griddesk@example.ru"};
    }

    /** Demo mail to other people may arrive too: waits for the letter to {@code to}. */
    public MimeMessage awaitLetter(String to, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            smtp.waitForIncomingEmail(1000, 1);
            Optional<MimeMessage> found = Arrays.stream(smtp.getReceivedMessages())
                    .filter(message -> addressedTo(message, to)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new AssertionError("No e-mail for " + to + " within " + seconds + " s");
    }

    private static boolean addressedTo(MimeMessage message, String to) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().contains(to));
        } catch (Exception e) {
            return false;
        }
    }

    public static String body(MimeMessage message) throws Exception {
        Object content = message.getContent();
        return content instanceof String text ? text : GreenMailUtil.getBody(message);
    }

    @Override
    public void close() {
        smtp.stop();
    }
}
