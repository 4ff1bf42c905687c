package org.griddesk.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.signing.Fixtures.DOCUMENT;
import static org.griddesk.signing.Fixtures.NOW;
import static org.griddesk.signing.Fixtures.PKI;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.griddesk.signing.VerificationReport.Aspect;
import org.junit.jupiter.api.Test;

/** Files that are not a usable detached signature: always a clear INVALID line, never an exception. */
class BrokenSignatureFilesTest {
    private final SignatureVerifier verifier = Fixtures.verifier(List.of());

    private VerificationReport verify(byte[] signature) {
        return Fixtures.verify(verifier, DOCUMENT, signature);
    }

    private static void assertInvalidFormat(VerificationReport report, String text) {
        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.checks()).hasSize(1);
        assertThat(report.check(Aspect.FORMAT).orElseThrow().text()).contains(text);
        assertThat(report.signerCertificate()).isEmpty();
    }

    @Test
    void emptySignature() {
        assertInvalidFormat(verify(new byte[0]), "пуст");
        assertInvalidFormat(verify(null), "пуст");
    }

    @Test
    void truncatedSignatureAtEveryLength() {
        byte[] signature = Fixtures.sign(PKI.legalEntity(), DOCUMENT);
        for (int length = 1; length < signature.length; length += 13) {
            VerificationReport report = verify(Arrays.copyOf(signature, length));
            assertThat(report.verdict()).as("length %d", length).isEqualTo(Verdict.INVALID);
            assertThat(report.check(Aspect.FORMAT)).as("length %d", length).isPresent();
        }
        assertInvalidFormat(verify(Arrays.copyOf(signature, signature.length / 2)), "повреждён");
    }

    @Test
    void textThatIsNotASignature() {
        assertInvalidFormat(verify("Это не подпись".getBytes(StandardCharsets.UTF_8)), "не является подписью CMS");
    }

    @Test
    void derThatIsNotSignedData() {
        assertInvalidFormat(verify(new byte[] {0x30, 0x03, 0x02, 0x01, 0x05}), "не является подписью CMS");
    }

    @Test
    void certificateInsteadOfSignature() throws Exception {
        assertInvalidFormat(verify(PKI.legalEntity().certificate().getEncoded()), "не является подписью CMS");
    }

    @Test
    void attachedInsteadOfDetached() throws Exception {
        byte[] attached = RawSignatures.sign(PKI.legalEntity().keyPair().getPrivate(),
                PKI.legalEntity().certificate(), DOCUMENT, NOW, true);
        assertInvalidFormat(verify(attached), "присоединённая");
    }
}
