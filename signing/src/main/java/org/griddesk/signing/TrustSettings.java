package org.griddesk.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * What the verifier trusts: root certificates and CRL files (DER or PEM). CRL files are re-read on
 * every check so a refreshed CRL takes effect at once. The clock decides whether a CRL is current.
 */
public record TrustSettings(List<X509Certificate> trustedRoots, List<Path> crlFiles, Clock clock) {
    public TrustSettings {
        trustedRoots = List.copyOf(trustedRoots);
        crlFiles = List.copyOf(crlFiles);
    }

    public TrustSettings(List<X509Certificate> trustedRoots, List<Path> crlFiles) {
        this(trustedRoots, crlFiles, Clock.systemUTC());
    }

    /** Reads every certificate in a DER or PEM file (a PEM file may hold several). */
    public static List<X509Certificate> readCertificates(Path file) throws SigningException {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate certificate : CertificateFactory.getInstance("X.509", GostAlgorithm.provider())
                    .generateCertificates(in)) {
                certificates.add((X509Certificate) certificate);
            }
            if (certificates.isEmpty()) {
                throw new SigningException("В файле " + file.getFileName() + " нет сертификатов");
            }
            return certificates;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new SigningException("Не удалось прочитать сертификаты из файла " + file + ": " + e.getMessage(), e);
        }
    }
}
