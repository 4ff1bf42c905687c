package org.griddesk.signing.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Security;
import java.security.Signature;
import java.time.Instant;
import java.util.List;

import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.griddesk.signing.GostAlgorithm;
import org.griddesk.signing.ProviderContentSigner;
import org.griddesk.signing.SignatureAlgorithms;
import org.griddesk.signing.SigningException;
import org.griddesk.signing.SigningKey;
import org.griddesk.signing.demo.TestPki;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CryptoPro bridge against {@link FakeJcpProvider}, registered globally as JCP is on a workstation. */
class CryptoProKeySourceTest {
    private static final TestPki PKI = TestPki.create(Instant.now());
    private static final char[] PASSWORD = "Пароль-123".toCharArray();
    private static final String ALIAS = "legal-entity";
    private static final byte[] DOCUMENT = "Счёт за передачу электроэнергии № 12".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @BeforeEach
    void installJcp() throws Exception {
        Path file = dir.resolve("container.pfx");
        PKI.legalEntity().writePkcs12(file, PASSWORD);
        assertThat(Security.addProvider(new FakeJcpProvider(Files.readAllBytes(file), PASSWORD))).isPositive();
    }

    @AfterEach
    void removeJcp() {
        Security.removeProvider(CryptoProKeySource.PROVIDER_NAME);
    }

    @Test
    void detectsJcpAndItsKeyStores() {
        assertThat(CryptoProKeySource.available()).isTrue();
        assertThat(CryptoProKeySource.keyStoreTypes()).containsExactly("HDImageStore");

        Security.removeProvider(CryptoProKeySource.PROVIDER_NAME);

        assertThat(CryptoProKeySource.available()).isFalse();
        assertThat(CryptoProKeySource.keyStoreTypes()).isEmpty();
        assertThatThrownBy(() -> new CryptoProKeySource().entries()).isInstanceOf(SigningException.class)
                .hasMessageContaining("КриптоПро JCP не установлен");
    }

    @Test
    void listsContainersWithCertificates() throws Exception {
        assertThat(new CryptoProKeySource().entries()).singleElement().satisfies(entry -> {
            assertThat(entry.alias()).isEqualTo(ALIAS);
            assertThat(entry.certificate()).contains(PKI.legalEntity().certificate());
        });
        assertThat(new CryptoProKeySource().description()).contains("КриптоПро").contains("HDImageStore");
    }

    @Test
    void wrongPasswordAndUnknownNamesAreReportedInRussian() {
        assertThatThrownBy(() -> new CryptoProKeySource().unlock(ALIAS, "неверный".toCharArray()))
                .isInstanceOf(SigningException.class).hasMessage("Неверный пароль к контейнеру «legal-entity»");
        assertThatThrownBy(() -> new CryptoProKeySource().unlock("другой", PASSWORD))
                .isInstanceOf(SigningException.class).hasMessageContaining("нет контейнера «другой»");
        assertThatThrownBy(() -> new CryptoProKeySource("FKCKeyStore").entries())
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("не поддерживает хранилище FKCKeyStore").hasMessageContaining("HDImageStore");
    }

    @Test
    void unlockedKeySignsThroughJcpUnderItsNameAndVerifies() throws Exception {
        SigningKey key = new CryptoProKeySource().unlock(ALIAS, PASSWORD);

        assertThat(key.provider()).isSameAs(Security.getProvider("JCP"));
        assertThat(key.chain()).containsExactlyElementsOf(PKI.legalEntity().chain());
        String name = SignatureAlgorithms.signatureName(key);
        assertThat(name).isEqualTo("GOST3411_2012_256withGOST3410_2012_256");
        Signature signer = Signature.getInstance(name, key.provider());
        signer.initSign(key.privateKey());
        signer.update(DOCUMENT);

        assertThat(verifies(signer.sign(), key)).isTrue();
        assertThat(SignatureAlgorithms.signatureName(GostAlgorithm.GOST_2012_512, GostAlgorithm.provider()))
                .isEqualTo(GostAlgorithm.GOST_2012_512.signatureName());
    }

    @Test
    void contentSignerMakesCmsThatBouncyCastleVerifies() throws Exception {
        SigningKey key = new CryptoProKeySource().unlock(ALIAS, PASSWORD);
        ProviderContentSigner contentSigner = ProviderContentSigner.of(key, GostAlgorithm.GOST_2012_256);

        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().setProvider(GostAlgorithm.provider()).build())
                .build(contentSigner, new JcaX509CertificateHolder(key.certificate())));
        generator.addCertificates(new JcaCertStore(List.of(key.certificate())));
        CMSSignedData signed = generator.generate(new CMSProcessableByteArray(DOCUMENT), false);

        assertThat(contentSigner.getAlgorithmIdentifier().getAlgorithm())
                .isEqualTo(RosstandartObjectIdentifiers.id_tc26_signwithdigest_gost_3410_12_256);
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        CMSSignedData reread = new CMSSignedData(new CMSProcessableByteArray(DOCUMENT), signed.getEncoded());
        assertThat(reread.getSignerInfos().get(signer.getSID()).verify(new JcaSimpleSignerInfoVerifierBuilder()
                .setProvider(GostAlgorithm.provider()).build(key.certificate()))).isTrue();
    }

    private static boolean verifies(byte[] signature, SigningKey key) throws Exception {
        Signature verifier = Signature.getInstance(GostAlgorithm.GOST_2012_256.signatureName(), GostAlgorithm.provider());
        verifier.initVerify(GostAlgorithm.publicKey(key.certificate()));
        verifier.update(DOCUMENT);
        return verifier.verify(signature);
    }
}
