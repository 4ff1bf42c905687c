package org.griddesk.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.signing.Fixtures.DOCUMENT;
import static org.griddesk.signing.Fixtures.PKI;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.griddesk.signing.VerificationReport.Aspect;
import org.griddesk.signing.demo.TestIdentity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Our .sig files against OpenSSL 3 + gost engine, and OpenSSL's signatures against our verifier. */
class OpenSslInteropTest {
    @TempDir
    Path dir;
    private OpenSsl openSsl;
    private Path document;
    private Path rootPem;

    @BeforeEach
    void prepare() throws Exception {
        openSsl = OpenSsl.withGostEngine(dir);
        document = Files.write(dir.resolve("offer.txt"), DOCUMENT);
        rootPem = dir.resolve("root.pem");
        TestIdentity.writePemObject(rootPem, PKI.root().certificate());
    }

    private static TestIdentity identity(String which) {
        return "512".equals(which) ? PKI.soleProprietor() : PKI.legalEntity();
    }

    private OpenSsl.Result openSslVerify(Path signature, Path content) throws Exception {
        return openSsl.run("cms", "-verify", "-binary", "-inform", "DER", "-in", signature.toString(),
                "-content", content.toString(), "-CAfile", rootPem.toString(), "-out", dir.resolve("out").toString());
    }

    @ParameterizedTest
    @CsvSource({"256", "512"})
    void gridDeskSignatureVerifiesInOpenSsl(String bits) throws Exception {
        Path signature = Files.write(dir.resolve("offer.txt.sig"), Fixtures.sign(identity(bits), DOCUMENT));

        OpenSsl.Result result = openSslVerify(signature, document);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("Verification successful");
    }

    @Test
    void openSslRejectsTamperedDocumentToo() throws Exception {
        Path signature = Files.write(dir.resolve("offer.txt.sig"), Fixtures.sign(PKI.legalEntity(), DOCUMENT));
        Path tampered = Files.writeString(dir.resolve("tampered.txt"), "Другой документ");

        assertThat(openSslVerify(signature, tampered).exitCode()).isNotZero();
    }

    @ParameterizedTest
    @CsvSource({"256, md_gost12_256, ''", "512, md_gost12_512, ''", "256, md_gost12_256, -noattr"})
    void openSslSignatureVerifiesInGridDesk(String bits, String digest, String extra) throws Exception {
        Path signature = openSslSign(identity(bits), digest, extra.isEmpty() ? List.of() : List.of(extra));

        VerificationReport report = verifier().verify(document, signature);

        assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.VALID);
        assertThat(report.signerCertificate()).contains(identity(bits).certificate());
        assertThat(report.check(Aspect.SIGNER).orElseThrow().text()).contains("signing-certificate-v2 нет");
    }

    @Test
    void tamperedDocumentWithOpenSslSignatureIsInvalid() throws Exception {
        Path signature = openSslSign(PKI.legalEntity(), "md_gost12_256", List.of());
        Path tampered = Files.writeString(dir.resolve("tampered.txt"), "Другой документ");

        assertThat(verifier().verify(tampered, signature).verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void attachedOpenSslSignatureIsRefusedClearly() throws Exception {
        Path signature = openSslSign(PKI.legalEntity(), "md_gost12_256", List.of("-nodetach"));

        VerificationReport report = verifier().verify(document, signature);

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.check(Aspect.FORMAT).orElseThrow().text()).contains("присоединённая");
    }

    @Test
    void pfxFromTestPkiOpensInOpenSslAndItsKeySigns() throws Exception {
        Path pfx = dir.resolve("ivanov.pfx");
        PKI.legalEntity().writePkcs12(pfx, "secret".toCharArray());
        Path pem = dir.resolve("from-pfx.pem");
        OpenSsl.Result export = openSsl.run("pkcs12", "-in", pfx.toString(), "-passin", "pass:secret", "-nodes",
                "-out", pem.toString());
        assertThat(export.exitCode()).as(export.output()).isZero();
        Path signature = dir.resolve("pfx.sig");
        OpenSsl.Result sign = openSsl.run("cms", "-sign", "-binary", "-in", document.toString(), "-signer",
                pem.toString(), "-md", "md_gost12_256", "-outform", "DER", "-out", signature.toString());
        assertThat(sign.exitCode()).as(sign.output()).isZero();

        assertThat(verifier().verify(document, signature).verdict()).isEqualTo(Verdict.VALID);
    }

    private SignatureVerifier verifier() {
        return Fixtures.verifier(List.of(Fixtures.writeCrl(dir, "root.crl", PKI.crl())));
    }

    private Path openSslSign(TestIdentity identity, String digest, List<String> extra) throws Exception {
        Path key = dir.resolve(identity.alias() + ".key.pem");
        Path certificate = dir.resolve(identity.alias() + ".pem");
        identity.writePem(key, certificate);
        Path signature = dir.resolve("openssl.sig");
        List<String> arguments = new ArrayList<>(List.of("cms", "-sign", "-binary", "-in", document.toString(),
                "-signer", certificate.toString(), "-inkey", key.toString(), "-md", digest, "-outform", "DER",
                "-out", signature.toString()));
        arguments.addAll(extra);
        OpenSsl.Result result = openSsl.run(arguments.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.output()).isZero();
        return signature;
    }
}
