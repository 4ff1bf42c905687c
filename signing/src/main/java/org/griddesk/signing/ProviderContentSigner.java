package org.griddesk.signing;

import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.SignatureException;

import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.RuntimeOperatorException;

/**
 * A BouncyCastle {@link ContentSigner} that signs with the key's own provider under that provider's
 * algorithm name. BouncyCastle's {@code JcaContentSignerBuilder} derives the CMS algorithm identifier from
 * the JCA name and knows only its own spellings, so it cannot take CryptoPro's; here the identifier comes
 * from BouncyCastle's name and the signing from the provider, giving the same CMS as a software key.
 */
public final class ProviderContentSigner implements ContentSigner {
    private final Signature signature;
    private final AlgorithmIdentifier algorithmIdentifier;
    private final OutputStream stream = new OutputStream() {
        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            try {
                signature.update(bytes, offset, length);
            } catch (SignatureException e) {
                throw new RuntimeOperatorException("cannot feed the signature: " + e.getMessage(), e);
            }
        }
    };

    private ProviderContentSigner(Signature signature, AlgorithmIdentifier algorithmIdentifier) {
        this.signature = signature;
        this.algorithmIdentifier = algorithmIdentifier;
    }

    public static ProviderContentSigner of(SigningKey key, GostAlgorithm algorithm) throws SigningException {
        try {
            Signature signature = Signature.getInstance(SignatureAlgorithms.signatureName(algorithm, key.provider()),
                    key.provider());
            signature.initSign(key.privateKey());
            return new ProviderContentSigner(signature,
                    new DefaultSignatureAlgorithmIdentifierFinder().find(algorithm.signatureName()));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new SigningException("Поставщик " + key.provider().getName() + " не может подписать ключом «"
                    + key.alias() + "» (" + algorithm.title() + "): " + e.getMessage(), e);
        }
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
        return algorithmIdentifier;
    }

    @Override
    public OutputStream getOutputStream() {
        return stream;
    }

    @Override
    public byte[] getSignature() {
        try {
            return signature.sign();
        } catch (SignatureException e) {
            throw new RuntimeOperatorException("cannot sign: " + e.getMessage(), e);
        }
    }
}
