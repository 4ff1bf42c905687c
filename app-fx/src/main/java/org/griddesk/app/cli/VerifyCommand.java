package org.griddesk.app.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.griddesk.app.signing.TrustConfiguration;
import org.griddesk.signing.SignatureVerifier;
import org.griddesk.signing.SigningException;
import org.griddesk.signing.TrustSettings;
import org.griddesk.signing.VerificationReport;

/**
 * {@code griddesk verify [--trust root.pem]… [--crl list.crl]… document signature}: the verification report;
 * exit 0 only for a valid signature. Without --trust and --crl, the workstation's own trust settings apply.
 */
public final class VerifyCommand {
    public static final int VALID = 0;
    public static final int INVALID = 1;
    public static final int USAGE = 2;
    public static final int NOT_VERIFIED = 3;
    static final String USAGE_TEXT = "./griddesk verify [--trust <корневой-сертификат.pem|.cer>]… [--crl <файл.crl>]… "
            + "<документ> <подпись.sig>";

    private VerifyCommand() {
    }

    public static int run(List<String> args, Path griddeskHome, PrintStream out, PrintStream err) {
        try {
            CommandLine line = CommandLine.parse(args, Set.of("--trust", "--crl"));
            if (line.positional().size() != 2) {
                throw new CommandLine.UsageException("Укажите документ и файл подписи");
            }
            Path document = existing(line.positional().get(0));
            Path signature = existing(line.positional().get(1));
            TrustSettings trust = line.options().isEmpty()
                    ? new TrustConfiguration(griddeskHome).current()
                    : new TrustSettings(roots(line.all("--trust")), line.all("--crl").stream().map(Path::of).toList());
            VerificationReport report = new SignatureVerifier(trust).verify(document, signature);
            out.println(report.toText());
            return switch (report.verdict()) {
                case VALID -> VALID;
                case INVALID -> INVALID;
                case UNKNOWN -> NOT_VERIFIED;
            };
        } catch (CommandLine.UsageException | SigningException e) {
            err.println(e.getMessage());
            err.println("Использование: " + USAGE_TEXT);
            return USAGE;
        }
    }

    static Path existing(String name) throws CommandLine.UsageException {
        Path path = Path.of(name);
        if (!Files.isRegularFile(path)) {
            throw new CommandLine.UsageException("Файл не найден: " + name);
        }
        return path;
    }

    private static List<X509Certificate> roots(List<String> files) throws SigningException, CommandLine.UsageException {
        List<X509Certificate> roots = new ArrayList<>();
        for (String file : files) {
            roots.addAll(TrustSettings.readCertificates(existing(file)));
        }
        return roots;
    }
}
