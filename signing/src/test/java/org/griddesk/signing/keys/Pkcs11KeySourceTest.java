package org.griddesk.signing.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.griddesk.signing.keys.SoftHsmToken.KEY_LABEL;
import static org.griddesk.signing.keys.SoftHsmToken.PIN;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Signature;
import java.util.List;
import java.util.Optional;

import org.griddesk.signing.KeyEntry;
import org.griddesk.signing.SigningException;
import org.griddesk.signing.SigningKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against a SoftHSM2 token: PKCS#11 keeps one login per process, so each test sets the state it needs. */
class Pkcs11KeySourceTest {
    private static final byte[] DOCUMENT = "Акт о технологическом присоединении № 7".getBytes(StandardCharsets.UTF_8);
    private static final String LABEL = "Тестовый токен";

    private static SoftHsmToken.Token token;

    @BeforeAll
    static void createToken() throws Exception {
        token = SoftHsmToken.get();
    }

    private static Pkcs11KeySource source() {
        return new Pkcs11KeySource(token.library(), token.slot(), LABEL);
    }

    @Test
    void listsTheKeyWithItsCertificateOnceThePinIsGiven() throws Exception {
        Pkcs11KeySource source = source();
        source.logout();

        assertThat(source.entries()).containsExactly(new KeyEntry(source.pinRequiredAlias(), Optional.empty()));
        List<KeyEntry> entries = source.entries(PIN);

        assertThat(entries).containsExactly(KeyEntry.of(KEY_LABEL, token.certificate()));
        assertThat(source.entries()).as("the session stays open after the login").isEqualTo(entries);
        assertThat(source.description()).contains(LABEL).contains(String.valueOf(token.slot()));
    }

    @Test
    void unlockedKeySignsOnTheTokenAndVerifiesWithTheCertificate() throws Exception {
        SigningKey key = source().unlock(KEY_LABEL, PIN);

        assertThat(key.provider().getName()).startsWith("SunPKCS11-GridDesk");
        assertThat(key.certificate()).isEqualTo(token.certificate());
        Signature signer = Signature.getInstance("SHA256withECDSA", key.provider());
        signer.initSign(key.privateKey());
        signer.update(DOCUMENT);
        byte[] signature = signer.sign();

        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(token.certificate().getPublicKey());
        verifier.update(DOCUMENT);
        assertThat(verifier.verify(signature)).isTrue();
    }

    @Test
    void wrongPinIsRefusedInRussianEvenWhileTheTokenIsLoggedIn() throws Exception {
        Pkcs11KeySource source = source();
        source.unlock(KEY_LABEL, PIN);

        assertThatThrownBy(() -> source.unlock(KEY_LABEL, "0000".toCharArray()))
                .isInstanceOf(SigningException.class).hasMessage("Неверный PIN-код токена «" + LABEL + "»");
        assertThatThrownBy(() -> source.entries("12".toCharArray()))
                .isInstanceOf(SigningException.class).hasMessage("Неверный PIN-код токена «" + LABEL + "»");
        assertThat(source.entries()).as("a refused PIN ends the session")
                .extracting(KeyEntry::alias).containsExactly(source.pinRequiredAlias());
    }

    @Test
    void pinRequestEntryOpensTheOnlyKeyOfTheFirstToken() throws Exception {
        Pkcs11KeySource source = new Pkcs11KeySource(token.library(), null, "Рутокен ЭЦП");
        source.logout();

        String alias = source.entries().getFirst().alias();
        SigningKey key = source.unlock(alias, PIN);

        assertThat(alias).isEqualTo(source.pinRequiredAlias()).contains("PIN-код");
        assertThat(key.alias()).isEqualTo(KEY_LABEL);
        assertThatThrownBy(() -> source.unlock("нет-такого", PIN)).isInstanceOf(SigningException.class)
                .hasMessageContaining("нет ключа «нет-такого»").hasMessageContaining(KEY_LABEL);
    }

    @Test
    void missingLibraryAndEmptySlotAreReportedInRussian(@TempDir Path dir) {
        assertThatThrownBy(() -> new Pkcs11KeySource(dir.resolve("librtpkcs11ecp.so"), null, "Рутокен").entries())
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("Не найдена библиотека PKCS#11").hasMessageContaining("librtpkcs11ecp.so");
        assertThatThrownBy(() -> new Pkcs11KeySource(token.library(), 999, "Рутокен").unlock(KEY_LABEL, PIN))
                .isInstanceOf(SigningException.class)
                .hasMessage("В слоте 999 нет токена «Рутокен»: вставьте токен и повторите");
    }
}
