package org.griddesk.signing.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.griddesk.signing.CadesSigner;
import org.griddesk.signing.SignatureVerifier;
import org.griddesk.signing.SigningException;
import org.griddesk.signing.SigningKey;
import org.griddesk.signing.TrustSettings;
import org.griddesk.signing.Verdict;
import org.griddesk.signing.VerificationReport;
import org.griddesk.signing.demo.TestIdentity;
import org.griddesk.signing.demo.TestPki;

/**
 * The files both implementations work on, in a temporary directory: one 256-bit test key (also as PEM
 * for OpenSSL), the trusted root and its CRL, documents and their GridDesk signatures.
 */
final class Workbench implements AutoCloseable {
    enum Operation {
        SIGN, VERIFY;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Path dir;
    private final SigningKey key;
    private final Path keyPem;
    private final Path certificatePem;
    private final Path rootPem;
    private final CadesSigner signer = new CadesSigner();
    private final SignatureVerifier verifier;

    private Workbench(Path dir) throws IOException, CRLException {
        this.dir = dir;
        TestPki pki = TestPki.create(Instant.now());
        TestIdentity identity = pki.legalEntity();
        key = identity.signingKey();
        keyPem = dir.resolve("signer.key.pem");
        certificatePem = dir.resolve("signer.pem");
        identity.writePem(keyPem, certificatePem);
        rootPem = dir.resolve("root.pem");
        TestIdentity.writePemObject(rootPem, pki.root().certificate());
        // The CRL makes GridDesk do its full check, as in the application; OpenSSL is not asked for CRLs.
        Path crl = Files.write(dir.resolve("root.crl"), pki.crl().getEncoded());
        verifier = new SignatureVerifier(new TrustSettings(List.of(pki.root().certificate()), List.of(crl)));
    }

    static Workbench create() throws IOException {
        Path dir = Files.createTempDirectory("griddesk-bench");
        try {
            return new Workbench(dir);
        } catch (CRLException e) {
            deleteTree(dir);
            throw new IOException("cannot write the test CRL", e);
        }
    }

    Path dir() {
        return dir;
    }

    /** Random bytes (fixed seed): signing must not profit from compressible or cached content. */
    Path document(String name, int size) throws IOException {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        return Files.write(dir.resolve(name), content);
    }

    /** A GridDesk signature of the document: the one file both implementations verify. */
    Path signature(Path document) throws IOException, SigningException {
        try (InputStream in = Files.newInputStream(document)) {
            return Files.write(dir.resolve(document.getFileName() + ".sig"), signer.sign(in, key));
        }
    }

    Throughput.Operation gridDesk(Operation operation, Path document, Path signature) throws IOException {
        byte[] signatureBytes = Files.readAllBytes(signature);
        return switch (operation) {
            case SIGN -> () -> {
                try (InputStream in = Files.newInputStream(document)) {
                    signer.sign(in, key);
                }
            };
            case VERIFY -> () -> {
                try (InputStream in = Files.newInputStream(document)) {
                    requireValid(verifier.verify(in, signatureBytes));
                }
            };
        };
    }

    /** The openssl arguments for the same operation on the same files. */
    List<String> openSsl(Operation operation, Path document, Path signature) {
        return switch (operation) {
            case SIGN -> List.of("cms", "-sign", "-binary", "-in", document.toString(),
                    "-signer", certificatePem.toString(), "-inkey", keyPem.toString(),
                    "-md", "md_gost12_256", "-outform", "DER", "-out", dir.resolve("openssl.sig").toString());
            case VERIFY -> List.of("cms", "-verify", "-binary", "-inform", "DER", "-in", signature.toString(),
                    "-content", document.toString(), "-CAfile", rootPem.toString(),
                    "-out", dir.resolve("openssl-verified.out").toString());
        };
    }

    /** A failing check would be measured as fast as a passing one; stop instead. */
    private static void requireValid(VerificationReport report) {
        if (report.verdict() != Verdict.VALID) {
            throw new IllegalStateException("GridDesk did not accept its own signature:\n" + report.toText());
        }
    }

    @Override
    public void close() {
        deleteTree(dir);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
