package org.griddesk.signing.keys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import javax.security.auth.login.LoginException;

import org.griddesk.signing.KeyEntry;
import org.griddesk.signing.KeySource;
import org.griddesk.signing.SigningException;
import org.griddesk.signing.SigningKey;

/**
 * Keys on a PKCS#11 token (Rutoken, JaCarta, an HSM) used through the JDK's SunPKCS11 provider: the
 * private key stays on the token and {@link SigningKey#provider()} signs there.
 *
 * <p>Listing: SunPKCS11 opens its key store only after a login whenever the token sets CKF_LOGIN_REQUIRED
 * (Rutoken, JaCarta and SoftHSM2 all do), even though certificates are public objects. So {@link #entries()}
 * lists the keys when the token needs no login or is already logged in, and otherwise returns one entry,
 * {@link #pinRequiredAlias()}: unlocking it with the PIN opens the token's only key, and after that login
 * {@link #entries()} lists every key. {@link #entries(char[])} lists right away with the PIN.
 *
 * <p>SunPKCS11 knows no GOST mechanisms, so GOST keys on a token sign through CryptoPro JCP
 * ({@link CryptoProKeySource}); this source serves tokens with RSA or ECDSA keys, and HSMs.
 */
public final class Pkcs11KeySource implements KeySource {
    private static final AtomicInteger PROVIDER_NUMBER = new AtomicInteger();

    private final Path library;
    private final Integer slot;
    private final String label;
    private final Pkcs11Failures failures;
    private AuthProvider provider;

    /** {@code slotOrNull}: the PKCS#11 slot id; null takes the first slot holding a token. */
    public Pkcs11KeySource(Path library, Integer slotOrNull, String label) {
        this.library = Objects.requireNonNull(library, "library");
        this.slot = slotOrNull;
        this.label = Objects.requireNonNull(label, "label");
        this.failures = new Pkcs11Failures(label, slotOrNull);
    }

    @Override
    public String description() {
        return "Токен «" + label + "»" + (slot == null ? "" : ", слот " + slot);
    }

    /** The alias of the single entry shown while the token waits for its PIN. */
    public String pinRequiredAlias() {
        return "Токен «" + label + "»: введите PIN-код, чтобы открыть ключи";
    }

    @Override
    public synchronized List<KeyEntry> entries() throws SigningException {
        KeyStore store = keyStore();
        try {
            store.load(null, null);
        } catch (IOException | GeneralSecurityException e) {
            if (Pkcs11Failures.loginNeeded(e)) {
                return List.of(new KeyEntry(pinRequiredAlias(), Optional.empty()));
            }
            throw dropProviderOn(failures.login(e));
        }
        return list(store);
    }

    /** Logs in with the PIN (checking it even when a session is already open) and lists the keys. */
    public synchronized List<KeyEntry> entries(char[] pin) throws SigningException {
        return list(login(pin));
    }

    @Override
    public synchronized SigningKey unlock(String alias, char[] pin) throws SigningException {
        KeyStore store = login(pin);
        try {
            String found = chooseAlias(store, alias);
            Key key = store.getKey(found, null);
            if (!(key instanceof PrivateKey privateKey)) {
                throw new SigningException("На токене «" + label + "» нет закрытого ключа «" + found + "»");
            }
            Certificate[] chain = store.getCertificateChain(found);
            if (chain == null || chain.length == 0) {
                throw new SigningException("На токене «" + label + "» нет сертификата для ключа «" + found + "»");
            }
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate certificate : chain) {
                certificates.add((X509Certificate) certificate);
            }
            return new SigningKey(found, privateKey, certificates, provider);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new SigningException("Не удалось открыть ключ «" + alias + "» на токене «" + label + "»: "
                    + e.getMessage(), e);
        }
    }

    /** Ends the token session: keys unlocked earlier stop signing until the PIN is entered again. */
    public synchronized void logout() throws SigningException {
        try {
            provider().logout();
        } catch (LoginException | RuntimeException e) {
            throw dropProviderOn(failures.login(e));
        }
    }

    /**
     * Logs out first: PKCS#11 keeps one login per process and token, and SunPKCS11 skips C_Login while it
     * lasts, so without this any PIN would be accepted after the first right one.
     */
    private KeyStore login(char[] pin) throws SigningException {
        logout();
        KeyStore store = keyStore();
        try {
            store.load(null, pin);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw dropProviderOn(failures.login(e));
        }
    }

    private List<KeyEntry> list(KeyStore store) throws SigningException {
        try {
            List<KeyEntry> entries = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    Certificate certificate = store.getCertificate(alias);
                    entries.add(KeyEntry.of(alias, certificate instanceof X509Certificate x509 ? x509 : null));
                }
            }
            return entries;
        } catch (GeneralSecurityException | RuntimeException e) {
            throw dropProviderOn(failures.connection(library.toString(), e));
        }
    }

    private String chooseAlias(KeyStore store, String alias) throws GeneralSecurityException, SigningException {
        List<String> keys = new ArrayList<>();
        for (String candidate : Collections.list(store.aliases())) {
            if (store.isKeyEntry(candidate)) {
                keys.add(candidate);
            }
        }
        if (keys.contains(alias)) {
            return alias;
        }
        if (alias.equals(pinRequiredAlias()) && keys.size() == 1) {
            return keys.getFirst();
        }
        if (keys.isEmpty()) {
            throw new SigningException("На токене «" + label + "» нет ключей подписи");
        }
        if (alias.equals(pinRequiredAlias())) {
            throw new SigningException("На токене «" + label + "» несколько ключей (" + String.join(", ", keys)
                    + "): выберите ключ в списке");
        }
        throw new SigningException("На токене «" + label + "» нет ключа «" + alias + "»; есть: " + String.join(", ", keys));
    }

    private KeyStore keyStore() throws SigningException {
        Provider p = provider();
        if (p.getService("KeyStore", "PKCS11") == null) {
            // SunPKCS11 registers its services only once a token is present in the slot.
            this.provider = null;
            throw failures.noToken(null);
        }
        try {
            return KeyStore.getInstance("PKCS11", p);
        } catch (GeneralSecurityException e) {
            throw dropProviderOn(failures.connection(library.toString(), e));
        }
    }

    /** Configured on first use and kept: a SunPKCS11 instance holds the token's sessions and login. */
    private AuthProvider provider() throws SigningException {
        if (provider != null) {
            return provider;
        }
        if (!Files.isRegularFile(library)) {
            throw failures.missingLibrary(library.toString());
        }
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new SigningException("В этой среде Java нет поставщика SunPKCS11 (модуль jdk.crypto.cryptoki): "
                    + "токены недоступны");
        }
        try {
            provider = (AuthProvider) base.configure(config());
            return provider;
        } catch (RuntimeException e) {
            throw failures.connection(library.toString(), e);
        }
    }

    /**
     * Inline SunPKCS11 configuration. The path is quoted (spaces, Cyrillic) with forward slashes, since the
     * configuration parser treats a backslash as an escape; Windows accepts forward slashes.
     */
    private String config() {
        String path = library.toAbsolutePath().toString().replace('\\', '/');
        return "--name=GridDesk-" + PROVIDER_NUMBER.incrementAndGet() + "\n"
                + "library=\"" + path + "\"\n"
                + (slot == null ? "" : "slot=" + slot + "\n");
    }

    private SigningException dropProviderOn(SigningException failure) {
        if (failure.getCause() != null && Pkcs11Failures.tokenGone(failure.getCause())) {
            provider = null;
        }
        return failure;
    }

    @Override
    public String toString() {
        return "Pkcs11KeySource[" + library + ", slot " + slot + ", " + label + "]";
    }
}
