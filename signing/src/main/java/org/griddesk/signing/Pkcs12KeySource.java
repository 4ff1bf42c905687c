package org.griddesk.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Keys in a .pfx / .p12 file. Entries are listed without the password when the file keeps its
 * certificates unencrypted (as CryptoPro and {@code openssl -certpbe NONE} do); otherwise the
 * certificate appears once the entry is unlocked.
 */
public final class Pkcs12KeySource implements KeySource {
    private final Path file;

    public Pkcs12KeySource(Path file) {
        this.file = file;
    }

    @Override
    public String description() {
        return "Файл ключа " + file.getFileName();
    }

    @Override
    public List<KeyEntry> entries() throws SigningException {
        try {
            return Pkcs12Listing.entries(read());
        } catch (IOException | RuntimeException e) {
            throw notPkcs12(e);
        }
    }

    @Override
    public SigningKey unlock(String alias, char[] password) throws SigningException {
        KeyStore store = load(password);
        try {
            String found = chooseAlias(store, alias);
            Key key = store.getKey(found, password);
            if (!(key instanceof PrivateKey privateKey)) {
                throw new SigningException("В файле " + file.getFileName() + " нет закрытого ключа «" + alias + "»");
            }
            Certificate[] chain = store.getCertificateChain(found);
            if (chain == null || chain.length == 0) {
                throw new SigningException("В файле " + file.getFileName() + " нет сертификата для ключа «" + alias + "»");
            }
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate certificate : chain) {
                certificates.add((X509Certificate) certificate);
            }
            return new SigningKey(alias, privateKey, certificates);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new SigningException("Не удалось извлечь ключ «" + alias + "» из файла " + file.getFileName()
                    + ": " + e.getMessage(), e);
        }
    }

    private KeyStore load(char[] password) throws SigningException {
        byte[] bytes = read();
        try {
            KeyStore store = KeyStore.getInstance("PKCS12", GostAlgorithm.provider());
            store.load(new ByteArrayInputStream(bytes), password);
            return store;
        } catch (IOException e) {
            throw new SigningException("Неверный пароль к файлу ключа " + file.getFileName()
                    + " или файл повреждён", e);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw notPkcs12(e);
        }
    }

    /** BouncyCastle names an entry by friendlyName or by localKeyId; a file with one key needs no exact match. */
    private String chooseAlias(KeyStore store, String alias) throws GeneralSecurityException, SigningException {
        if (store.isKeyEntry(alias)) {
            return alias;
        }
        List<String> keys = new ArrayList<>();
        for (String candidate : Collections.list(store.aliases())) {
            if (store.isKeyEntry(candidate)) {
                keys.add(candidate);
            }
        }
        if (keys.size() == 1) {
            return keys.getFirst();
        }
        throw new SigningException("В файле " + file.getFileName() + " нет ключа «" + alias + "»; есть: "
                + String.join(", ", keys));
    }

    private byte[] read() throws SigningException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                throw new SigningException("Файл ключа " + file.getFileName() + " пуст");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new SigningException("Файл ключа не найден: " + file, e);
        } catch (IOException e) {
            throw new SigningException("Не удалось прочитать файл ключа " + file + ": " + e.getMessage(), e);
        }
    }

    private SigningException notPkcs12(Exception e) {
        return new SigningException("Файл " + file.getFileName()
                + " не является контейнером ключа PKCS#12 (.pfx, .p12) или повреждён", e);
    }

    @Override
    public String toString() {
        return "Pkcs12KeySource[" + file + "]";
    }
}
