package org.griddesk.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.griddesk.signing.demo.TestIdentity;
import org.griddesk.signing.demo.TestPki;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The headless subcommands as an administrator's script runs them, on a PKI made by the test. */
class SignAndVerifyCommandTest {
    @TempDir
    static Path folder;
    private static TestPki pki;
    private static Path root;
    private static Path crl;

    private static final Workstation NO_HOME = new Workstation(Path.of("target", "no-home"), false, List.of());

    private record Outcome(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void pki() throws Exception {
        pki = TestPki.create(Instant.now());
        root = folder.resolve("root.pem");
        TestIdentity.writePemObject(root, pki.root().certificate());
        crl = folder.resolve("ca.crl");
        Files.write(crl, pki.crl().getEncoded());
    }

    private static Outcome sign(TestIdentity identity, String password, Path document) throws Exception {
        Path key = folder.resolve(identity.alias() + ".p12");
        identity.writePkcs12(key, "secret".toCharArray());
        Path passwordFile = Files.writeString(folder.resolve(identity.alias() + ".pw"), password + "\n");
        return run(out -> GridDeskCli.run(NO_HOME, out.out(), out.err(), "sign", "--key", key.toString(),
                "--password-file", passwordFile.toString(), document.toString()));
    }

    private static Outcome verify(String... args) {
        String[] line = java.util.stream.Stream.concat(java.util.stream.Stream.of("verify"), java.util.Arrays.stream(args))
                .toArray(String[]::new);
        return run(out -> GridDeskCli.run(NO_HOME, out.out(), out.err(), line));
    }

    private record Streams(PrintStream out, PrintStream err) {
    }

    private interface Command {
        int run(Streams streams) throws Exception;
    }

    private static Outcome run(Command command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = command.run(new Streams(o, e));
            return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void signsAndVerifiesWithTheConfiguredRootAndCrl() throws Exception {
        Path document = Files.writeString(folder.resolve("offer.txt"), "Оферта договора");
        Outcome signed = sign(pki.legalEntity(), "secret", document);
        assertThat(signed.exitCode()).as(signed.err()).isZero();
        Path signature = folder.resolve("offer.txt.sig");
        assertThat(signed.out()).contains("Подпись сохранена: " + signature);

        Outcome valid = verify("--trust", root.toString(), "--crl", crl.toString(), document.toString(), signature.toString());
        assertThat(valid.exitCode()).as(valid.out()).isEqualTo(VerifyCommand.VALID);
        assertThat(valid.out()).startsWith("Подпись действительна").contains("ООО «Ромашка-Энерго»");
    }

    @Test
    void aChangedDocumentIsInvalid() throws Exception {
        Path document = Files.writeString(folder.resolve("act.txt"), "Акт");
        sign(pki.legalEntity(), "secret", document);
        Files.writeString(document, "Акт (изменён)");
        Outcome result = verify("--trust", root.toString(), "--crl", crl.toString(), document.toString(),
                folder.resolve("act.txt.sig").toString());
        assertThat(result.exitCode()).isEqualTo(VerifyCommand.INVALID);
        assertThat(result.out()).startsWith("Подпись недействительна");
    }

    @Test
    void anUnknownRootOrAMissingCrlIsNotValid() throws Exception {
        Path document = Files.writeString(folder.resolve("tu.txt"), "ТУ");
        sign(pki.legalEntity(), "secret", document);
        String signature = folder.resolve("tu.txt.sig").toString();
        TestPki stranger = TestPki.create("Чужой УЦ", Instant.now());
        Path strangerRoot = folder.resolve("stranger.pem");
        TestIdentity.writePemObject(strangerRoot, stranger.root().certificate());

        assertThat(verify("--trust", strangerRoot.toString(), "--crl", crl.toString(), document.toString(), signature)
                .exitCode()).isNotZero();
        Outcome noCrl = verify("--trust", root.toString(), document.toString(), signature);
        assertThat(noCrl.exitCode()).isEqualTo(VerifyCommand.NOT_VERIFIED);
        assertThat(noCrl.out()).startsWith("Не удалось проверить подпись");
    }

    @Test
    void aRevokedCertificateIsInvalid() throws Exception {
        Path document = Files.writeString(folder.resolve("revoked.txt"), "Документ");
        assertThat(sign(pki.revoked(), "secret", document).exitCode()).isZero();
        Outcome result = verify("--trust", root.toString(), "--crl", crl.toString(), document.toString(),
                folder.resolve("revoked.txt.sig").toString());
        assertThat(result.exitCode()).isEqualTo(VerifyCommand.INVALID);
    }

    @Test
    void wrongPasswordExpiredKeyAndBadUsageGiveClearMessages() throws Exception {
        Path document = Files.writeString(folder.resolve("x.txt"), "x");
        Outcome wrongPassword = sign(pki.soleProprietor(), "not-the-password", document);
        assertThat(wrongPassword.exitCode()).isEqualTo(1);
        assertThat(wrongPassword.err()).contains("Неверный пароль");

        Outcome expired = sign(pki.expired(), "secret", document);
        assertThat(expired.exitCode()).isEqualTo(1);
        assertThat(expired.err()).startsWith("Документ не подписан:");
        assertThat(Files.exists(folder.resolve("x.txt.sig"))).isFalse();

        assertThat(verify("--trust").exitCode()).isEqualTo(VerifyCommand.USAGE);
        assertThat(verify(document.toString()).err()).contains("Использование: ./griddesk verify");
    }

    @Test
    void anEmptyOrTruncatedSignatureFileIsInvalidNotACrash() throws Exception {
        Path document = Files.writeString(folder.resolve("y.txt"), "y");
        sign(pki.legalEntity(), "secret", document);
        Path signature = folder.resolve("y.txt.sig");
        byte[] full = Files.readAllBytes(signature);
        Path truncated = Files.write(folder.resolve("truncated.sig"), java.util.Arrays.copyOf(full, full.length / 2));
        Path empty = Files.write(folder.resolve("empty.sig"), new byte[0]);
        for (Path broken : List.of(truncated, empty)) {
            Outcome result = verify("--trust", root.toString(), "--crl", crl.toString(), document.toString(), broken.toString());
            assertThat(result.exitCode()).as(broken.toString()).isEqualTo(VerifyCommand.INVALID);
            assertThat(result.out()).startsWith("Подпись недействительна");
        }
    }
}
