package org.griddesk.signing.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import org.griddesk.signing.demo.TestIdentity;
import org.griddesk.signing.demo.TestPki;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Demo trust stays in demo: its folder is read in demo mode only, and a demo root among the real ones is ignored. */
class TrustConfigurationTest {
    private static final TestPki DEMO = TestPki.createWithIntermediate("Демонстрационный УЦ GridDesk", Instant.now());

    private static void write(Path file, X509Certificate certificate) throws Exception {
        Files.createDirectories(file.getParent());
        TestIdentity.writePemObject(file, certificate);
    }

    @Test
    void theDemoFolderCountsOnlyInDemoMode(@TempDir Path home) throws Exception {
        write(TrustConfiguration.demoFolder(home).resolve("demo-root.pem"), DEMO.root().certificate());
        TestIdentity.writePemObject(TrustConfiguration.demoFolder(home).resolve("demo.crl"), DEMO.crl());

        assertThat(new TrustConfiguration(home, true).current().trustedRoots()).containsExactly(DEMO.root().certificate());
        assertThat(new TrustConfiguration(home, true).current().crlFiles()).hasSize(1);
        assertThat(new TrustConfiguration(home, false).current().trustedRoots()).isEmpty();
        assertThat(new TrustConfiguration(home, false).current().crlFiles()).isEmpty();
    }

    @Test
    void aDemoRootCopiedAmongTheRealOnesIsNamedAndNotTrustedOutsideDemoMode(@TempDir Path home) throws Exception {
        write(home.resolve("trust").resolve("copied-demo-root.pem"), DEMO.root().certificate());

        TrustConfiguration outside = new TrustConfiguration(home, false);
        assertThat(outside.current().trustedRoots()).isEmpty();
        assertThat(outside.demoRootsAmongTrusted()).singleElement().asString().contains("Демонстрационный УЦ GridDesk");
    }
}
