package org.griddesk.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.griddesk.signing.OpenSsl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PKI made entirely by OpenSSL's GOST engine — root, intermediate CA, signer, a CRL per CA — and a signature by
 * {@code openssl cms -sign -certfile intermediate}, checked by {@code ./griddesk verify}; then the bad variants.
 */
class OpenSslThreeLevelChainTest {
    @TempDir
    static Path dir;
    private static OpenSsl openSsl;
    private static Path document;

    private record Outcome(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void makePki() throws Exception {
        openSsl = OpenSsl.withGostEngine(dir);
        Files.writeString(dir.resolve("ext.cnf"), String.join("\n",
                "[ca]", "basicConstraints = critical, CA:TRUE", "keyUsage = critical, keyCertSign, cRLSign",
                "[ca_without_cert_sign]", "basicConstraints = critical, CA:TRUE", "keyUsage = critical, digitalSignature, cRLSign",
                "[signer]", "basicConstraints = critical, CA:FALSE", "keyUsage = critical, digitalSignature, nonRepudiation", ""));
        ok(openSsl.run("req", "-x509", "-newkey", "gost2012_256", "-pkeyopt", "paramset:A", "-md_gost12_256",
                "-subj", "/C=RU/O=Test/CN=Root CA", "-days", "3650", "-nodes", "-keyout", file("root.key"),
                "-out", file("root.pem"), "-addext", "basicConstraints=critical,CA:TRUE",
                "-addext", "keyUsage=critical,keyCertSign,cRLSign"));
        issue("intermediate", "/C=RU/O=Test/CN=Issuing CA", "root", "ca");
        issue("signer", "/C=RU/O=Test/CN=Signer", "intermediate", "signer");
        issue("weak-intermediate", "/C=RU/O=Test/CN=CA without keyCertSign", "root", "ca_without_cert_sign");
        issue("weak-signer", "/C=RU/O=Test/CN=Signer under weak CA", "weak-intermediate", "signer");
        for (String ca : List.of("root", "intermediate", "weak-intermediate")) {
            crl(ca);
        }
        document = Files.writeString(dir.resolve("offer.txt"), "Оферта договора о технологическом присоединении № 7");
    }

    private static String file(String name) {
        return dir.resolve(name).toString();
    }

    private static void ok(OpenSsl.Result result) {
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    private static void issue(String name, String subject, String issuer, String extensions) throws Exception {
        ok(openSsl.run("req", "-newkey", "gost2012_256", "-pkeyopt", "paramset:A", "-md_gost12_256", "-subj", subject,
                "-nodes", "-keyout", file(name + ".key"), "-out", file(name + ".csr")));
        ok(openSsl.run("x509", "-req", "-in", file(name + ".csr"), "-CA", file(issuer + ".pem"), "-CAkey",
                file(issuer + ".key"), "-CAcreateserial", "-days", "1000", "-md_gost12_256",
                "-extfile", file("ext.cnf"), "-extensions", extensions, "-out", file(name + ".pem")));
    }

    /** {@code openssl ca} reads its own -config; the GOST engine stays loaded from OPENSSL_CONF. */
    private static Path caConfig(String ca) throws Exception {
        Path database = Files.writeString(dir.resolve(ca + "-index.txt"), "", java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        Path number = dir.resolve(ca + "-crlnumber");
        if (!Files.exists(number)) {
            Files.writeString(number, "01\n");
        }
        Path config = dir.resolve(ca + "-ca.cnf");
        Files.writeString(config, String.join("\n",
                "[ca]", "default_ca = this_ca", "[this_ca]", "database = " + database, "crlnumber = " + number,
                "default_md = md_gost12_256", "default_crl_days = 30", "certificate = " + file(ca + ".pem"),
                "private_key = " + file(ca + ".key"), ""));
        return config;
    }

    private static void crl(String ca) throws Exception {
        ok(openSsl.run("ca", "-gencrl", "-config", caConfig(ca).toString(), "-out", file(ca + ".crl")));
    }

    private static Path sign(String signer, String intermediate) throws Exception {
        Path signature = dir.resolve(signer + ".sig");
        ok(openSsl.run("cms", "-sign", "-binary", "-in", document.toString(), "-signer", file(signer + ".pem"),
                "-inkey", file(signer + ".key"), "-certfile", file(intermediate + ".pem"), "-md", "md_gost12_256",
                "-outform", "DER", "-out", signature.toString()));
        return signature;
    }

    private static Outcome verify(Path signature, String... crls) {
        List<String> line = new ArrayList<>(List.of("verify", "--trust", file("root.pem")));
        for (String crl : crls) {
            line.addAll(List.of("--crl", file(crl + ".crl")));
        }
        line.addAll(List.of(document.toString(), signature.toString()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GridDeskCli.run(new Workstation(dir.resolve("no-home"), false, List.of()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                line.toArray(String[]::new));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anOpenSslSignatureThroughAnIntermediateIsValidWithTheRootAndBothCrls() throws Exception {
        Outcome result = verify(sign("signer", "intermediate"), "root", "intermediate");
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(VerifyCommand.VALID);
        assertThat(result.out()).startsWith("Подпись действительна").contains("Issuing CA", "Root CA");
    }

    @Test
    void withoutTheIntermediatesCrlTheSignatureCannotBeVerified() throws Exception {
        Outcome result = verify(sign("signer", "intermediate"), "root");
        assertThat(result.exitCode()).as(result.out()).isEqualTo(VerifyCommand.NOT_VERIFIED);
        assertThat(result.out()).startsWith("Не удалось проверить подпись");
    }

    @Test
    void anIntermediateWithoutKeyCertSignIsRefusedByBothOpenSslAndGridDesk() throws Exception {
        Path signature = sign("weak-signer", "weak-intermediate");
        OpenSsl.Result openSslVerdict = openSsl.run("cms", "-verify", "-binary", "-inform", "DER", "-in",
                signature.toString(), "-content", document.toString(), "-CAfile", file("root.pem"), "-out", file("out"));
        assertThat(openSslVerdict.exitCode()).as("OpenSSL itself refuses: " + openSslVerdict.output()).isNotZero();

        Outcome result = verify(signature, "root", "weak-intermediate");
        assertThat(result.exitCode()).as(result.out()).isEqualTo(VerifyCommand.INVALID);
        assertThat(result.out()).startsWith("Подпись недействительна").contains("keyCertSign");
    }

    @Test
    void aSignerRevokedByTheIntermediateIsInvalid() throws Exception {
        // Revoked first, signed after: signing before the revocation would rightly stay valid.
        ok(openSsl.run("ca", "-revoke", file("signer.pem"), "-crl_reason", "keyCompromise", "-config",
                caConfig("intermediate").toString()));
        ok(openSsl.run("ca", "-gencrl", "-config", caConfig("intermediate").toString(), "-out", file("revoking.crl")));
        Path signature = sign("signer", "intermediate");
        Outcome result = verify(signature, "root", "revoking");
        assertThat(result.exitCode()).as(result.out()).isEqualTo(VerifyCommand.INVALID);
        assertThat(result.out()).contains("отозван");
    }
}
