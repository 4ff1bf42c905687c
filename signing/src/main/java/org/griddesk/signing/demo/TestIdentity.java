package org.griddesk.signing.demo;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.List;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.griddesk.signing.SigningKey;

/** A generated key with its certificate and chain (certificate first, root last). */
public record TestIdentity(String alias, KeyPair keyPair, X509Certificate certificate, List<X509Certificate> chain) {
    public TestIdentity {
        chain = List.copyOf(chain);
    }

    public SigningKey signingKey() {
        return new SigningKey(alias, keyPair.getPrivate(), chain);
    }

    /** A .pfx with plain certificates and an AES-encrypted key, readable by OpenSSL and CryptoPro alike. */
    public void writePkcs12(Path file, char[] password) throws IOException {
        Files.write(file, Pkcs12Writer.write(this, password));
    }

    /** Unencrypted PKCS#8 key and the certificate in PEM, for OpenSSL. */
    public void writePem(Path keyFile, Path certificateFile) throws IOException {
        writePemObject(keyFile, keyPair.getPrivate());
        writePemObject(certificateFile, certificate);
    }

    public static void writePemObject(Path file, Object object) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
                JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(object);
        }
    }
}
