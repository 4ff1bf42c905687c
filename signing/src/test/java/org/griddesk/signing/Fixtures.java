package org.griddesk.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.griddesk.signing.demo.TestIdentity;
import org.griddesk.signing.demo.TestPki;

/** One test PKI per test JVM (GOST key generation is cheap, but not free) and helpers around it. */
final class Fixtures {
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    static final TestPki PKI = TestPki.create(NOW);
    static final byte[] DOCUMENT = "Оферта договора на технологическое присоединение № 42\n"
            .getBytes(StandardCharsets.UTF_8);

    private Fixtures() {
    }

    static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    static byte[] sign(TestIdentity identity, byte[] document) {
        return sign(identity, document, NOW);
    }

    static byte[] sign(TestIdentity identity, byte[] document, Instant at) {
        try {
            return new CadesSigner(clockAt(at)).sign(new ByteArrayInputStream(document), identity.signingKey());
        } catch (SigningException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs {@link #DOCUMENT} at {@link #NOW}, letting the signer's refusal through. */
    static byte[] signChecked(TestIdentity identity) throws SigningException {
        return new CadesSigner(clockAt(NOW)).sign(new ByteArrayInputStream(DOCUMENT), identity.signingKey());
    }

    static Path writeCrl(Path dir, String name, X509CRL crl) {
        try {
            return Files.write(dir.resolve(name), crl.getEncoded());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CRLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Trusts the fixture root and reads the given CRL files; "now" is {@link #NOW}. */
    static SignatureVerifier verifier(List<Path> crlFiles) {
        return new SignatureVerifier(new TrustSettings(List.of(PKI.root().certificate()), crlFiles, clockAt(NOW)));
    }

    static VerificationReport verify(SignatureVerifier verifier, byte[] document, byte[] signature) {
        return verifier.verify(new ByteArrayInputStream(document), signature);
    }
}
