package org.griddesk.signing.keys;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.KeyStoreSpi;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.util.Date;
import java.util.Enumeration;

import org.griddesk.signing.GostAlgorithm;

/**
 * An "HDImageStore" for {@link FakeJcpProvider}: like JCP's it loads without a password and asks for the
 * container password in getKey. BouncyCastle's PKCS#12 decrypts every key at load time and ignores the
 * password of getKey, so the file is opened again with the given password to check it.
 */
final class ContainerStore extends KeyStoreSpi {
    private final byte[] pkcs12;
    private final char[] listingPassword;
    private KeyStore listing;

    ContainerStore(byte[] pkcs12, char[] listingPassword) {
        this.pkcs12 = pkcs12;
        this.listingPassword = listingPassword;
    }

    @Override
    public void engineLoad(InputStream stream, char[] password) throws IOException {
        listing = open(listingPassword);
    }

    @Override
    public Key engineGetKey(String alias, char[] password) throws UnrecoverableKeyException {
        try {
            return open(password).getKey(alias, password);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new UnrecoverableKeyException("wrong container password");
        }
    }

    private KeyStore open(char[] password) throws IOException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12", GostAlgorithm.provider());
            store.load(new ByteArrayInputStream(pkcs12), password);
            return store;
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private interface StoreCall<T> {
        T call() throws GeneralSecurityException;
    }

    private static <T> T read(StoreCall<T> call) {
        try {
            return call.call();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Certificate[] engineGetCertificateChain(String alias) {
        return read(() -> listing.getCertificateChain(alias));
    }

    @Override
    public Certificate engineGetCertificate(String alias) {
        return read(() -> listing.getCertificate(alias));
    }

    @Override
    public Date engineGetCreationDate(String alias) {
        return read(() -> listing.getCreationDate(alias));
    }

    @Override
    public Enumeration<String> engineAliases() {
        return read(() -> listing.aliases());
    }

    @Override
    public boolean engineContainsAlias(String alias) {
        return read(() -> listing.containsAlias(alias));
    }

    @Override
    public int engineSize() {
        return read(() -> listing.size());
    }

    @Override
    public boolean engineIsKeyEntry(String alias) {
        return read(() -> listing.isKeyEntry(alias));
    }

    @Override
    public boolean engineIsCertificateEntry(String alias) {
        return read(() -> listing.isCertificateEntry(alias));
    }

    @Override
    public String engineGetCertificateAlias(Certificate certificate) {
        return read(() -> listing.getCertificateAlias(certificate));
    }

    @Override
    public void engineSetKeyEntry(String alias, Key key, char[] password, Certificate[] chain) throws KeyStoreException {
        throw new KeyStoreException("read-only test store");
    }

    @Override
    public void engineSetKeyEntry(String alias, byte[] key, Certificate[] chain) throws KeyStoreException {
        throw new KeyStoreException("read-only test store");
    }

    @Override
    public void engineSetCertificateEntry(String alias, Certificate certificate) throws KeyStoreException {
        throw new KeyStoreException("read-only test store");
    }

    @Override
    public void engineDeleteEntry(String alias) throws KeyStoreException {
        throw new KeyStoreException("read-only test store");
    }

    @Override
    public void engineStore(OutputStream stream, char[] password) throws IOException {
        throw new IOException("read-only test store");
    }
}
