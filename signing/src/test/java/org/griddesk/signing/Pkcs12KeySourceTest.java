package org.griddesk.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.griddesk.signing.Fixtures.DOCUMENT;
import static org.griddesk.signing.Fixtures.NOW;
import static org.griddesk.signing.Fixtures.PKI;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Pkcs12KeySourceTest {
    private static final char[] PASSWORD = "Пароль-123".toCharArray();

    @TempDir
    Path dir;

    @Test
    void listsEntryWithCertificateBeforeUnlocking() throws Exception {
        Path file = dir.resolve("ivanov.pfx");
        PKI.legalEntity().writePkcs12(file, PASSWORD);

        List<KeyEntry> entries = new Pkcs12KeySource(file).entries();

        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.alias()).isEqualTo("legal-entity");
            assertThat(e.certificate()).contains(PKI.legalEntity().certificate());
        });
        assertThat(new Pkcs12KeySource(file).description()).contains("ivanov.pfx");
    }

    @Test
    void unlockedKeySignsAndVerifies() throws Exception {
        Path file = dir.resolve("petrova.p12");
        PKI.soleProprietor().writePkcs12(file, PASSWORD);

        SigningKey key = new Pkcs12KeySource(file).unlock("sole-proprietor", PASSWORD);
        byte[] signature = new CadesSigner(Fixtures.clockAt(NOW)).sign(new ByteArrayInputStream(DOCUMENT), key);

        assertThat(key.certificate()).isEqualTo(PKI.soleProprietor().certificate());
        assertThat(key.chain()).hasSize(2);
        VerificationReport report = Fixtures.verify(Fixtures.verifier(List.of(Fixtures.writeCrl(dir, "r.crl", PKI.crl()))),
                DOCUMENT, signature);
        assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.VALID);
    }

    @Test
    void fileWithEncryptedCertificatesShowsCertificateAfterUnlock() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12", GostAlgorithm.provider());
        store.load(null, null);
        store.setKeyEntry("ключ", PKI.legalEntity().keyPair().getPrivate(), PASSWORD,
                PKI.legalEntity().chain().toArray(Certificate[]::new));
        Path file = dir.resolve("encrypted.pfx");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD);
        }
        Pkcs12KeySource source = new Pkcs12KeySource(file);

        assertThat(source.entries()).singleElement().satisfies(e -> assertThat(e.certificate()).isEmpty());
        String alias = source.entries().getFirst().alias();
        assertThat(source.unlock(alias, PASSWORD).certificate()).isEqualTo(PKI.legalEntity().certificate());
    }

    @Test
    void wrongPasswordIsReportedInRussian() throws Exception {
        Path file = dir.resolve("ivanov.pfx");
        PKI.legalEntity().writePkcs12(file, PASSWORD);

        assertThatThrownBy(() -> new Pkcs12KeySource(file).unlock("legal-entity", "неверный".toCharArray()))
                .isInstanceOf(SigningException.class).hasMessageContaining("Неверный пароль");
    }

    @Test
    void missingEmptyAndForeignFilesAreReportedInRussian() throws Exception {
        assertThatThrownBy(() -> new Pkcs12KeySource(dir.resolve("none.pfx")).entries())
                .isInstanceOf(SigningException.class).hasMessageContaining("не найден");
        Path empty = Files.write(dir.resolve("empty.pfx"), new byte[0]);
        assertThatThrownBy(() -> new Pkcs12KeySource(empty).unlock("x", PASSWORD))
                .isInstanceOf(SigningException.class).hasMessageContaining("пуст");
        Path text = Files.writeString(dir.resolve("text.pfx"), "не ключ");
        assertThatThrownBy(() -> new Pkcs12KeySource(text).entries())
                .isInstanceOf(SigningException.class).hasMessageContaining("PKCS#12");
    }
}
