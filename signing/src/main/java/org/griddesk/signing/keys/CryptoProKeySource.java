package org.griddesk.signing.keys;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.griddesk.signing.KeyEntry;
import org.griddesk.signing.SignatureAlgorithms;
import org.griddesk.signing.KeySource;
import org.griddesk.signing.SigningException;
import org.griddesk.signing.SigningKey;

/**
 * Key containers of CryptoPro JCP, when the workstation has it installed. Only standard JCA calls with
 * CryptoPro's provider and store names are used, so GridDesk builds and runs without CryptoPro's jars;
 * the key stays inside JCP and signs through {@link SigningKey#provider()} under the names given by
 * {@link SignatureAlgorithms}.
 */
public final class CryptoProKeySource implements KeySource {
    public static final String PROVIDER_NAME = "JCP";
    /** Containers on disk (Linux) or in the registry (Windows). */
    public static final String HD_IMAGE_STORE = "HDImageStore";

    private final String keyStoreType;

    public CryptoProKeySource() {
        this(HD_IMAGE_STORE);
    }

    /** {@code keyStoreType}: one of {@link #keyStoreTypes()}, e.g. HDImageStore, FKCKeyStore, Rutoken. */
    public CryptoProKeySource(String keyStoreType) {
        this.keyStoreType = Objects.requireNonNull(keyStoreType, "keyStoreType");
    }

    /** Looked up on every call: JCP can be registered after GridDesk started. */
    public static boolean available() {
        return Security.getProvider(PROVIDER_NAME) != null;
    }

    /** The key store types JCP offers here, sorted; empty when JCP is absent. */
    public static List<String> keyStoreTypes() {
        Provider jcp = Security.getProvider(PROVIDER_NAME);
        if (jcp == null) {
            return List.of();
        }
        return jcp.getServices().stream().filter(s -> s.getType().equals("KeyStore"))
                .map(Provider.Service::getAlgorithm).sorted().toList();
    }

    @Override
    public String description() {
        return "КриптоПро JCP, хранилище " + keyStoreType;
    }

    @Override
    public List<KeyEntry> entries() throws SigningException {
        KeyStore store = load();
        try {
            List<KeyEntry> entries = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    Certificate certificate = store.getCertificate(alias);
                    entries.add(KeyEntry.of(alias, certificate instanceof X509Certificate x509 ? x509 : null));
                }
            }
            return entries;
        } catch (GeneralSecurityException e) {
            throw new SigningException("Не удалось прочитать список контейнеров КриптоПро (" + keyStoreType + "): "
                    + e.getMessage(), e);
        }
    }

    /** An empty password opens a container that has none: JCP expects null there. */
    @Override
    public SigningKey unlock(String alias, char[] password) throws SigningException {
        KeyStore store = load();
        try {
            if (!store.isKeyEntry(alias)) {
                throw new SigningException("В хранилище КриптоПро " + keyStoreType + " нет контейнера «" + alias + "»");
            }
            Key key = store.getKey(alias, password == null || password.length == 0 ? null : password);
            if (!(key instanceof PrivateKey privateKey)) {
                throw new SigningException("В контейнере «" + alias + "» нет закрытого ключа");
            }
            return new SigningKey(alias, privateKey, chain(store, alias), store.getProvider());
        } catch (UnrecoverableKeyException e) {
            throw new SigningException("Неверный пароль к контейнеру «" + alias + "»", e);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new SigningException("Не удалось открыть контейнер «" + alias + "»: " + e.getMessage(), e);
        }
    }

    private List<X509Certificate> chain(KeyStore store, String alias) throws GeneralSecurityException, SigningException {
        Certificate[] chain = store.getCertificateChain(alias);
        if (chain == null || chain.length == 0) {
            Certificate single = store.getCertificate(alias);
            chain = single == null ? new Certificate[0] : new Certificate[] {single};
        }
        if (chain.length == 0) {
            throw new SigningException("В контейнере «" + alias + "» нет сертификата: установите его в контейнер "
                    + "средствами КриптоПро");
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (Certificate certificate : chain) {
            certificates.add((X509Certificate) certificate);
        }
        return certificates;
    }

    /** Key stores of JCP open without a stream or password; containers have their own passwords. */
    private KeyStore load() throws SigningException {
        Provider jcp = jcp();
        try {
            KeyStore store = KeyStore.getInstance(keyStoreType, jcp);
            store.load(null, null);
            return store;
        } catch (GeneralSecurityException e) {
            if (jcp.getService("KeyStore", keyStoreType) == null) {
                throw new SigningException("КриптоПро JCP не поддерживает хранилище " + keyStoreType + "; доступны: "
                        + String.join(", ", keyStoreTypes()), e);
            }
            throw new SigningException("Не удалось открыть хранилище КриптоПро " + keyStoreType + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SigningException("Не удалось открыть хранилище КриптоПро " + keyStoreType + ": " + e.getMessage(), e);
        }
    }

    private static Provider jcp() throws SigningException {
        Provider jcp = Security.getProvider(PROVIDER_NAME);
        if (jcp == null) {
            throw new SigningException("КриптоПро JCP не установлен на этом рабочем месте: ключи КриптоПро недоступны");
        }
        return jcp;
    }

    @Override
    public String toString() {
        return "CryptoProKeySource[" + keyStoreType + "]";
    }
}
