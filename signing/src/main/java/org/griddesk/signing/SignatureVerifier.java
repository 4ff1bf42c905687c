package org.griddesk.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.griddesk.signing.VerificationReport.Aspect;
import org.griddesk.signing.VerificationReport.Check;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks detached CMS / CAdES-BES signatures with GOST R 34.10-2012 against configured roots and CRLs.
 * Never throws: every failure, including a broken file, ends up as a line of the report.
 */
public final class SignatureVerifier {
    private static final Logger LOG = LoggerFactory.getLogger(SignatureVerifier.class);

    private final TrustSettings settings;

    public SignatureVerifier(TrustSettings settings) {
        this.settings = settings;
    }

    public VerificationReport verify(Path document, Path signature) {
        byte[] signatureBytes;
        try {
            signatureBytes = Files.readAllBytes(signature);
        } catch (IOException e) {
            return single(Aspect.FORMAT, "не удалось прочитать файл подписи " + signature.getFileName() + ": " + e);
        }
        try (InputStream in = Files.newInputStream(document)) {
            return verify(in, signatureBytes);
        } catch (IOException e) {
            return single(Aspect.INTEGRITY, "не удалось прочитать документ " + document.getFileName() + ": " + e);
        }
    }

    /** Streams the document (it is read once, not closed); the signature file is small and given whole. */
    public VerificationReport verify(InputStream document, byte[] signature) {
        try {
            return new Verification(settings).run(document, signature);
        } catch (RuntimeException e) {
            LOG.warn("Signature check failed unexpectedly", e);
            return single(Aspect.FORMAT, "внутренняя ошибка проверки (подробности в журнале приложения)");
        }
    }

    private static VerificationReport single(Aspect aspect, String text) {
        return VerificationReport.of(List.of(new Check(aspect, Verdict.UNKNOWN, text)), null, null);
    }
}
