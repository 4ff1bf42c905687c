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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The administrator's trusted roots and certificate revocation lists: files in {@code $GRIDDESK_HOME/trust}
 * (.cer, .crt, .pem) and {@code $GRIDDESK_HOME/crl} (.crl). Read on every check, so a new list takes effect
 * without a restart.
 */
public final class TrustConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(TrustConfiguration.class);

    private final Path trustFolder;
    private final Path crlFolder;

    public TrustConfiguration(Path griddeskHome) {
        this.trustFolder = griddeskHome.resolve("trust");
        this.crlFolder = griddeskHome.resolve("crl");
    }

    public Path trustFolder() {
        return trustFolder;
    }

    public Path crlFolder() {
        return crlFolder;
    }

    public TrustSettings current() {
        List<X509Certificate> roots = new ArrayList<>();
        for (Path file : files(trustFolder, ".cer", ".crt", ".pem")) {
            try {
                roots.addAll(TrustSettings.readCertificates(file));
            } catch (SigningException e) {
                LOG.warn("Skipping unreadable trusted certificate {}: {}", file, e.getMessage());
            }
        }
        return new TrustSettings(roots, files(crlFolder, ".crl"));
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
