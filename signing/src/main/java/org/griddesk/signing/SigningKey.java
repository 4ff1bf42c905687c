package org.griddesk.signing;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * An unlocked private key with its certificate chain (signer first). {@code provider} is the JCA
 * provider that can use the key: BouncyCastle for software keys, SunPKCS11 or CryptoPro JCP for keys
 * that never leave a token.
 */
public record SigningKey(String alias, PrivateKey privateKey, List<X509Certificate> chain, Provider provider) {
    public SigningKey {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(provider, "provider");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("chain must start with the signer certificate");
        }
    }

    /** A software key used through BouncyCastle. */
    public SigningKey(String alias, PrivateKey privateKey, List<X509Certificate> chain) {
        this(alias, privateKey, chain, GostAlgorithm.provider());
    }

    public X509Certificate certificate() {
        return chain.getFirst();
    }

    @Override
    public String toString() {
        return "SigningKey[" + alias + ", " + certificate().getSubjectX500Principal() + "]";
    }
}
