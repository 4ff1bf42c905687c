package org.griddesk.signing;

import java.security.Provider;
import java.util.List;

import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;

/**
 * The JCA name of the GOST R 34.10-2012 signature in a given provider. Providers spell it differently:
 * BouncyCastle {@code GOST3411WITHECGOST3410-2012-256}, CryptoPro JCP
 * {@code GOST3411_2012_256withGOST3410_2012_256}; others may only register the RFC 9215 OID.
 */
public final class SignatureAlgorithms {
    public static final String CRYPTO_PRO_2012_256 = "GOST3411_2012_256withGOST3410_2012_256";
    public static final String CRYPTO_PRO_2012_512 = "GOST3411_2012_512withGOST3410_2012_512";

    private SignatureAlgorithms() {
    }

    /**
     * The first name the provider offers; if it offers none, the BouncyCastle name, so that the JCA
     * reports the missing algorithm by a name people recognise.
     */
    public static String signatureName(GostAlgorithm algorithm, Provider provider) {
        for (String candidate : candidates(algorithm)) {
            if (provider.getService("Signature", candidate) != null) {
                return candidate;
            }
        }
        return algorithm.signatureName();
    }

    /** The name for the key's certificate and provider; a non-GOST certificate is refused in Russian. */
    public static String signatureName(SigningKey key) throws SigningException {
        GostAlgorithm algorithm = GostAlgorithm.ofCertificate(key.certificate()).orElseThrow(() -> new SigningException(
                "Ключ «" + key.alias() + "» не является ключом ГОСТ Р 34.10-2012"));
        return signatureName(algorithm, key.provider());
    }

    static List<String> candidates(GostAlgorithm algorithm) {
        return switch (algorithm) {
            case GOST_2012_256 -> List.of(algorithm.signatureName(), CRYPTO_PRO_2012_256,
                    RosstandartObjectIdentifiers.id_tc26_signwithdigest_gost_3410_12_256.getId());
            case GOST_2012_512 -> List.of(algorithm.signatureName(), CRYPTO_PRO_2012_512,
                    RosstandartObjectIdentifiers.id_tc26_signwithdigest_gost_3410_12_512.getId());
        };
    }
}
