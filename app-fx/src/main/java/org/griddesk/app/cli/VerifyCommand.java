package org.griddesk.app.cli;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.griddesk.signing.SignatureVerifier;
import org.griddesk.signing.SigningException;
import org.griddesk.signing.TrustSettings;
import org.griddesk.signing.VerificationReport;
import org.griddesk.signing.trust.TrustConfiguration;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code griddesk verify [--trust root.pem]… [--crl list.crl]… document signature}: the verification report;
 * exit 0 only for a valid signature. Without --trust and --crl, the workstation's own trust settings apply.
 */
@Command(name = "verify", synopsisHeading = "Использование: ",
        customSynopsis = "./griddesk verify [--trust <корневой-сертификат.pem|.cer>]… [--crl <файл.crl>]… <документ> <подпись.sig>",
        description = {"Проверить подпись; код выхода 0 — действительна, 1 — недействительна, 3 — не удалось проверить.",
                "Без --trust/--crl берутся $GRIDDESK_HOME/trust и $GRIDDESK_HOME/crl."})
final class VerifyCommand implements Callable<Integer> {
    public static final int VALID = 0;
    public static final int INVALID = 1;
    public static final int USAGE = GridDeskCli.USAGE;
    public static final int NOT_VERIFIED = 3;

    private final Workstation workstation;

    @Option(names = "--trust", paramLabel = "<корневой.pem>", description = "доверенный корневой сертификат")
    private List<String> trusted = new ArrayList<>();

    @Option(names = "--crl", paramLabel = "<список.crl>", description = "список отозванных сертификатов")
    private List<String> crls = new ArrayList<>();

    @Parameters(index = "0", paramLabel = "<документ>", description = "проверяемый документ")
    private String documentFile;

    @Parameters(index = "1", paramLabel = "<подпись.sig>", description = "файл его подписи (CMS)")
    private String signatureFile;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    VerifyCommand(Workstation workstation) {
        this.workstation = workstation;
    }

    @Override
    public Integer call() {
        try {
            return verify();
        } catch (SigningException e) {
            throw new CommandFiles.UsageProblem(spec.commandLine(), e.getMessage());
        }
    }

    private int verify() throws SigningException {
        Path document = CommandFiles.existing(spec, documentFile);
        Path signature = CommandFiles.existing(spec, signatureFile);
        TrustSettings trust = trusted.isEmpty() && crls.isEmpty()
                ? new TrustConfiguration(workstation.home(), workstation.demoMode()).current()
                : new TrustSettings(roots(), crls.stream().map(crl -> CommandFiles.existing(spec, crl)).toList());
        VerificationReport report = new SignatureVerifier(trust).verify(document, signature);
        spec.commandLine().getOut().println(report.toText());
        return switch (report.verdict()) {
            case VALID -> VALID;
            case INVALID -> INVALID;
            case UNKNOWN -> NOT_VERIFIED;
        };
    }

    private List<X509Certificate> roots() {
        List<X509Certificate> roots = new ArrayList<>();
        for (String file : trusted) {
            try {
                roots.addAll(TrustSettings.readCertificates(CommandFiles.existing(spec, file)));
            } catch (SigningException e) {
                throw new CommandFiles.UsageProblem(spec.commandLine(), e.getMessage());
            }
        }
        return roots;
    }
}
