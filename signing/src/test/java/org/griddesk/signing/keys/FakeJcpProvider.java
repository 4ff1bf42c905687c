package org.griddesk.signing.keys;

import java.security.InvalidKeyException;
import java.security.InvalidParameterException;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.SignatureSpi;

import org.griddesk.signing.GostAlgorithm;
import org.griddesk.signing.SignatureAlgorithms;

/**
 * Stands in for CryptoPro JCP in tests: registered under the name "JCP", it offers the key store type
 * "HDImageStore" (over an in-memory PKCS#12) and the 256-bit GOST signature under CryptoPro's name,
 * both done by BouncyCastle.
 */
final class FakeJcpProvider extends Provider {
    FakeJcpProvider(byte[] pkcs12, char[] listingPassword) {
        super(CryptoProKeySource.PROVIDER_NAME, "2.0", "Test stand-in for CryptoPro JCP (BouncyCastle underneath)");
        putService(new Service(this, "KeyStore", CryptoProKeySource.HD_IMAGE_STORE,
                ContainerStore.class.getName(), null, null) {
            @Override
            public Object newInstance(Object parameter) {
                return new ContainerStore(pkcs12, listingPassword);
            }
        });
        putService(new Service(this, "Signature", SignatureAlgorithms.CRYPTO_PRO_2012_256,
                BouncyCastleSignature.class.getName(), null, null) {
            @Override
            public Object newInstance(Object parameter) throws NoSuchAlgorithmException {
                return new BouncyCastleSignature(GostAlgorithm.GOST_2012_256.signatureName());
            }
        });
    }

    /** A SignatureSpi doing the work with BouncyCastle, as JCP would do it with its own code. */
    static final class BouncyCastleSignature extends SignatureSpi {
        private final Signature delegate;

        BouncyCastleSignature(String name) throws NoSuchAlgorithmException {
            delegate = Signature.getInstance(name, GostAlgorithm.provider());
        }

        @Override
        protected void engineInitVerify(PublicKey publicKey) throws InvalidKeyException {
            delegate.initVerify(publicKey);
        }

        @Override
        protected void engineInitSign(PrivateKey privateKey) throws InvalidKeyException {
            delegate.initSign(privateKey);
        }

        @Override
        protected void engineUpdate(byte b) throws SignatureException {
            delegate.update(b);
        }

        @Override
        protected void engineUpdate(byte[] bytes, int offset, int length) throws SignatureException {
            delegate.update(bytes, offset, length);
        }

        @Override
        protected byte[] engineSign() throws SignatureException {
            return delegate.sign();
        }

        @Override
        protected boolean engineVerify(byte[] signature) throws SignatureException {
            return delegate.verify(signature);
        }

        @Override
        @Deprecated
        protected void engineSetParameter(String name, Object value) {
            throw new InvalidParameterException("no parameters");
        }

        @Override
        @Deprecated
        protected Object engineGetParameter(String name) {
            throw new InvalidParameterException("no parameters");
        }
    }
}
