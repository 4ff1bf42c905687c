package org.griddesk.signing.keys;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A SoftHSM2 token holding an EC P-256 key and its self-signed certificate, imported with OpenSC's
 * pkcs11-tool as an operator would import them onto a real token. SoftHSM2 has no GOST, so the key is ECDSA.
 * Missing tools fail the test with the packages to install: CI has them, and a skipped test would hide a
 * broken token path.
 */
final class SoftHsmToken {
    static final String PACKAGE_HINT = "SoftHSM2 and OpenSC are required for the PKCS#11 tests: install the "
            + "Debian packages 'softhsm2' and 'opensc' (apt-get install softhsm2 opensc)";
    static final String TOKEN_LABEL = "griddesk-test";
    static final String KEY_LABEL = "signer";
    static final char[] PIN = "1234".toCharArray();
    private static final String SO_PIN = "5678";
    private static final List<Path> LIBRARIES = List.of(Path.of("/usr/lib/softhsm/libsofthsm2.so"),
            Path.of("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"),
            Path.of("/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so"));

    record Token(Path library, int slot, X509Certificate certificate) {
    }

    private static Token token;

    private SoftHsmToken() {
    }

    /** Once per JVM: SoftHSM2 reads its configuration and token directory when the library first loads. */
    static synchronized Token get() throws Exception {
        if (token == null) {
            token = create();
        }
        return token;
    }

    private static Token create() throws Exception {
        Path library = LIBRARIES.stream().filter(Files::isRegularFile).findFirst().orElse(null);
        if (library == null) {
            fail(PACKAGE_HINT + " (no libsofthsm2.so in " + LIBRARIES + ")");
        }
        String configVariable = System.getenv("SOFTHSM2_CONF");
        if (configVariable == null) {
            fail("SOFTHSM2_CONF is not set: run the test through Maven (signing/pom.xml sets it for surefire)");
        }
        Path config = Path.of(configVariable).toAbsolutePath();
        Path tokens = config.resolveSibling("tokens");
        deleteTree(tokens);
        Files.createDirectories(tokens);
        Files.writeString(config, String.join("\n", "directories.tokendir = " + tokens,
                "objectstore.backend = file", "log.level = ERROR", "slots.removable = false", ""));

        String init = run(config, "softhsm2-util", "--init-token", "--free", "--label", TOKEN_LABEL,
                "--pin", new String(PIN), "--so-pin", SO_PIN);
        Matcher slot = Pattern.compile("reassigned to slot (\\d+)").matcher(init);
        if (!slot.find()) {
            fail("softhsm2-util did not report the slot: " + init);
        }
        KeyPair keys = ecKeyPair();
        X509Certificate certificate = selfSigned(keys);
        Path key = Files.write(config.resolveSibling("key.der"), keys.getPrivate().getEncoded());
        Path cert = Files.write(config.resolveSibling("cert.der"), certificate.getEncoded());
        importObject(config, library, key, "privkey");
        importObject(config, library, cert, "cert");
        return new Token(library, Math.toIntExact(Long.parseLong(slot.group(1))), certificate);
    }

    private static void importObject(Path config, Path library, Path file, String type) throws Exception {
        run(config, "pkcs11-tool", "--module", library.toString(), "--token-label", TOKEN_LABEL, "--login",
                "--pin", new String(PIN), "--write-object", file.toString(), "--type", type, "--id", "01",
                "--label", KEY_LABEL);
    }

    private static KeyPair ecKeyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X509Certificate selfSigned(KeyPair keys) throws Exception {
        X500Name subject = new X500Name("CN=Диспетчер GridDesk, O=GridDesk (тест PKCS#11)");
        Instant now = Instant.now();
        return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(subject,
                BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(365))), subject, keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
    }

    private static String run(Path config, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SOFTHSM2_CONF", config.toString());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return fail(PACKAGE_HINT + " (" + command[0] + " was not found)");
        }
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command[0] + " did not finish");
        }
        if (process.exitValue() != 0) {
            fail(String.join(" ", command) + " failed (" + process.exitValue() + "): " + output);
        }
        return output;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
