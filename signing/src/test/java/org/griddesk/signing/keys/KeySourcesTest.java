package org.griddesk.signing.keys;

import java.nio.file.Path;
import java.time.Clock;
import org.griddesk.core.signing.KeySourceKind;
import org.griddesk.signing.Pkcs12KeySource;
import org.griddesk.signing.keys.Pkcs11KeySource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeySourcesTest {

    @Test
    void aKeyFileIsAlwaysOfferedATokenOnlyWhenItsLibraryIsConfigured() {
        assertThat(new KeySources(null, null, Clock.systemUTC()).available()).containsExactly(KeySourceKind.PKCS12_FILE);
        KeySources withToken = new KeySources(Path.of("/usr/lib/softhsm/libsofthsm2.so"), 0, Clock.systemUTC());
        assertThat(withToken.available()).contains(KeySourceKind.PKCS12_FILE, KeySourceKind.PKCS11_TOKEN)
                .as("no CryptoPro provider is installed here").doesNotContain(KeySourceKind.CRYPTOPRO);
        assertThat(withToken.source(KeySourceKind.PKCS12_FILE, Path.of("key.pfx"))).isInstanceOf(Pkcs12KeySource.class);
        assertThat(withToken.source(KeySourceKind.PKCS11_TOKEN, null)).isInstanceOf(Pkcs11KeySource.class);
    }
}
