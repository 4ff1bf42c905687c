package org.griddesk.signing.trust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.griddesk.signing.SigningException;
import org.griddesk.signing.TrustSettings;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The administrator's trusted roots and certificate revocation lists: files in {@code $GRIDDESK_HOME/trust}
 * (.cer, .crt, .pem) and {@code $GRIDDESK_HOME/crl} (.crl). Read on every check, so a new list takes effect
 * without a restart. The demo CA lives in {@code $GRIDDESK_HOME/demo-trust}, read in demo mode only; outside it a
 * demo or test root is never trusted, even if someone copied it among the real ones.
 */
public final class TrustConfiguration {
    /** The organisation every GridDesk demo and test CA carries in its name (see {@code TestPki}). */
    public static final String DEMO_ORGANISATION = "GridDesk (тестовый УЦ)";
    private static final Logger LOG = LoggerFactory.getLogger(TrustConfiguration.class);

    private final Path trustFolder;
    private final Path crlFolder;
    private final Path demoFolder;
    private final boolean demoMode;

    public TrustConfiguration(Path griddeskHome, boolean demoMode) {
        this.trustFolder = griddeskHome.resolve("trust");
        this.crlFolder = griddeskHome.resolve("crl");
        this.demoFolder = demoFolder(griddeskHome);
        this.demoMode = demoMode;
    }

    /** Where demo mode keeps the demo CA's root and CRLs. */
    public static Path demoFolder(Path griddeskHome) {
        return griddeskHome.resolve("demo-trust");
    }

    /** Demo or test roots found among the real trusted ones (they are ignored outside demo mode). */
    public List<String> demoRootsAmongTrusted() {
        return roots(trustFolder).stream().filter(TrustConfiguration::isDemo)
                .map(root -> root.getSubjectX500Principal().getName()).toList();
    }

    public Path trustFolder() {
        return trustFolder;
    }

    public Path crlFolder() {
        return crlFolder;
    }

    public TrustSettings current() {
        List<X509Certificate> roots = new ArrayList<>(roots(trustFolder));
        List<Path> crls = new ArrayList<>(files(crlFolder, ".crl"));
        if (demoMode) {
            roots.addAll(roots(demoFolder));
            crls.addAll(files(demoFolder, ".crl"));
        } else if (roots.removeIf(TrustConfiguration::isDemo)) {
            LOG.warn("Demo or test root certificates in {} are not trusted outside demo mode", trustFolder);
        }
        return new TrustSettings(roots, crls);
    }

    private static List<X509Certificate> roots(Path folder) {
        List<X509Certificate> roots = new ArrayList<>();
        for (Path file : files(folder, ".cer", ".crt", ".pem")) {
            try {
                roots.addAll(TrustSettings.readCertificates(file));
            } catch (SigningException e) {
                LOG.warn("Skipping unreadable trusted certificate {}: {}", file, e.getMessage());
            }
        }
        return roots;
    }

    private static boolean isDemo(X509Certificate root) {
        X500Name subject = X500Name.getInstance(root.getSubjectX500Principal().getEncoded());
        return java.util.Arrays.stream(subject.getRDNs(BCStyle.O))
                .anyMatch(rdn -> DEMO_ORGANISATION.equals(IETFUtils.valueToString(rdn.getFirst().getValue())));
    }

    private static List<Path> files(Path folder, String... endings) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(file -> Stream.of(endings)
                            .anyMatch(ending -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ending)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }
}
