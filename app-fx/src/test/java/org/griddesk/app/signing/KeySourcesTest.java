package org.griddesk.app.signing;

import java.nio.file.Path;
import org.griddesk.signing.Pkcs12KeySource;
import org.griddesk.signing.keys.Pkcs11KeySource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeySourcesTest {

    @Test
    void aKeyFileIsAlwaysOfferedATokenOnlyWhenItsLibraryIsConfigured() {
        assertThat(new KeySources(null, null).available()).containsExactly(KeySources.Kind.PKCS12_FILE);
        KeySources withToken = new KeySources(Path.of("/usr/lib/softhsm/libsofthsm2.so"), 0);
        assertThat(withToken.available()).contains(KeySources.Kind.PKCS12_FILE, KeySources.Kind.PKCS11_TOKEN)
                .as("no CryptoPro provider is installed here").doesNotContain(KeySources.Kind.CRYPTOPRO);
        assertThat(withToken.open(KeySources.Kind.PKCS12_FILE, Path.of("key.pfx"))).isInstanceOf(Pkcs12KeySource.class);
        assertThat(withToken.open(KeySources.Kind.PKCS11_TOKEN, null)).isInstanceOf(Pkcs11KeySource.class);
    }
}
