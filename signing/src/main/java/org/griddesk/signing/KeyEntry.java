package org.griddesk.signing;

import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.Optional;

/**
 * A key a {@link KeySource} offers. The certificate is empty when the source hides it until unlocked
 * (a PKCS#12 file whose certificates are encrypted with its password).
 */
public record KeyEntry(String alias, Optional<X509Certificate> certificate) {
    public KeyEntry {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(certificate, "certificate");
    }

    public static KeyEntry of(String alias, X509Certificate certificate) {
        return new KeyEntry(alias, Optional.ofNullable(certificate));
    }
}
