package org.griddesk.signing;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.griddesk.signing.VerificationReport.Aspect;
import org.griddesk.signing.VerificationReport.Check;

/** One run of {@link SignatureVerifier}: the checks in order, each adding a report line. */
final class Verification {
    /** Signer clocks drift; a signing time this far ahead of ours is still accepted. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final TrustSettings settings;
    private final List<Check> checks = new ArrayList<>();

    Verification(TrustSettings settings) {
        this.settings = settings;
    }

    VerificationReport run(InputStream document, byte[] signatureBytes) {
        ParsedSignature parsed;
        try {
            parsed = SignatureFile.parse(signatureBytes);
        } catch (MalformedSignatureException e) {
            return only(Aspect.FORMAT, Verdict.INVALID, e.getMessage());
        }
        if (parsed.signerCount() > 1) {
            add(Aspect.FORMAT, Verdict.UNKNOWN, "в файле " + parsed.signerCount()
                    + " подписей; проверена первая, остальные не проверялись");
        }
        Optional<X509Certificate> found = parsed.signerCertificate();
        if (found.isEmpty()) {
            add(Aspect.SIGNER, Verdict.UNKNOWN, "в файле подписи нет сертификата подписанта, проверить подпись нельзя");
            return VerificationReport.of(checks, null, parsed.signingTime().orElse(null));
        }
        X509Certificate signer = found.get();
        Optional<GostAlgorithm> algorithm = GostAlgorithm.ofCertificate(signer)
                .filter(a -> a.digestOid().equals(parsed.digestAlgorithm().getAlgorithm()))
                .filter(a -> a.acceptsSignatureOid(parsed.signatureAlgorithm()));
        if (algorithm.isEmpty()) {
            add(Aspect.FORMAT, Verdict.UNKNOWN, "алгоритм подписи не поддерживается: проверяются подписи "
                    + "ГОСТ Р 34.10-2012 с хэш-функцией ГОСТ Р 34.11-2012");
            return VerificationReport.of(checks, signer, parsed.signingTime().orElse(null));
        }
        Instant now = settings.clock().instant();
        Instant reference = parsed.signingTime().orElse(now);
        checks.add(integrity(document, algorithm.get(), signer, parsed));
        checks.add(signerCheck(parsed, signer));
        checks.add(signingTime(parsed, now));
        checks.add(certificate(signer, reference));
        RevocationChecker revocation = new RevocationChecker(settings.crlFiles());
        PkixChain pkix = new PkixChain(settings.trustedRoots(), revocation.crls());
        ChainResult chain = pkix.path(signer, parsed.certificates(), reference);
        add(Aspect.CHAIN, chain.status(), chain.text());
        checks.add(chain.reachesRoot()
                ? revocation(revocation, pkix, chain.chain(), reference, now)
                : new Check(Aspect.REVOCATION, Verdict.UNKNOWN,
                        "не проверялся: нет цепочки до доверенного корневого сертификата"));
        return VerificationReport.of(checks, signer, parsed.signingTime().orElse(null));
    }

    /**
     * Both must agree: the CRLs' own reading (current now, revoked before or after signing) and PKIX's revocation
     * check at the signing time. PKIX counts a key-compromise entry as revoked whatever its date; a certificate
     * revoked only after signing stays valid for that signature, as the report notes.
     */
    private static Check revocation(RevocationChecker crls, PkixChain pkix, List<X509Certificate> chain,
            Instant signingTime, Instant now) {
        Check read = crls.check(chain, signingTime, now);
        Optional<String> refused = pkix.revocationRefusal(chain, signingTime);
        if (read.status() != Verdict.VALID || refused.isEmpty() || crls.revokedOnlyAfter(chain, signingTime)) {
            return read;
        }
        return new Check(Aspect.REVOCATION, Verdict.UNKNOWN, refused.get());
    }

    private Check integrity(InputStream document, GostAlgorithm algorithm, X509Certificate signer,
            ParsedSignature parsed) {
        boolean direct = parsed.signedAttributesEncoding().isEmpty();
        PublicKey key;
        DocumentDigest read;
        try {
            key = GostAlgorithm.publicKey(signer);
            read = DocumentDigest.read(document, algorithm, direct ? key : null, parsed.signatureValue());
        } catch (IOException e) {
            return check(Aspect.INTEGRITY, Verdict.UNKNOWN, "не удалось прочитать документ: " + e.getMessage());
        } catch (GeneralSecurityException e) {
            return check(Aspect.INTEGRITY, Verdict.UNKNOWN, "ключ сертификата подписанта не читается: " + e.getMessage());
        }
        if (read.length == 0) {
            return check(Aspect.INTEGRITY, Verdict.INVALID, "документ пуст (0 байт): подпись пустого документа не принимается");
        }
        if (direct) {
            return read.directSignatureValid
                    ? check(Aspect.INTEGRITY, Verdict.VALID, "документ не изменён после подписания, подпись "
                            + "соответствует сертификату подписанта (подпись без подписанных атрибутов)")
                    : check(Aspect.INTEGRITY, Verdict.INVALID, "документ изменён после подписания, "
                            + "или подпись повреждена, или создана другим ключом");
        }
        if (!parsed.contentTypeAttribute().map(CMSObjectIdentifiers.data::equals).orElse(false)) {
            return check(Aspect.INTEGRITY, Verdict.INVALID, "в подписи нет атрибута content-type со значением id-data");
        }
        if (parsed.messageDigest().isEmpty()) {
            return check(Aspect.INTEGRITY, Verdict.INVALID, "в подписи нет атрибута message-digest");
        }
        if (!Arrays.equals(read.digest, parsed.messageDigest().get())) {
            return check(Aspect.INTEGRITY, Verdict.INVALID, "документ изменён после подписания: его хэш "
                    + "не совпадает с подписанным");
        }
        if (!signedAttributesVerify(algorithm, key, parsed)) {
            return check(Aspect.INTEGRITY, Verdict.INVALID, "подпись повреждена или создана не ключом "
                    + "сертификата подписанта");
        }
        return check(Aspect.INTEGRITY, Verdict.VALID, "документ не изменён после подписания, подпись "
                + "соответствует сертификату подписанта (" + algorithm.title() + ")");
    }

    /** Over the attributes as the file encodes them (see SIGNING.md: CryptoPro does not sort them). */
    private static boolean signedAttributesVerify(GostAlgorithm algorithm, PublicKey key, ParsedSignature parsed) {
        try {
            Signature signature = Signature.getInstance(algorithm.signatureName(), GostAlgorithm.provider());
            signature.initVerify(key);
            signature.update(parsed.signedAttributesEncoding().orElseThrow());
            return DocumentDigest.verifyQuietly(signature, parsed.signatureValue());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static Check signerCheck(ParsedSignature parsed, X509Certificate signer) {
        String who = SignerIdentity.of(signer).describe();
        return switch (SigningCertificateAttribute.check(parsed.signedAttributes(), signer)) {
            case MATCHES -> check(Aspect.SIGNER, Verdict.VALID, who);
            case ABSENT -> check(Aspect.SIGNER, Verdict.VALID, who
                    + " (атрибута signing-certificate-v2 нет; его не добавляет, например, OpenSSL)");
            case MISMATCH -> check(Aspect.SIGNER, Verdict.INVALID, who
                    + ": атрибут signing-certificate-v2 указывает на другой сертификат");
        };
    }

    private static Check signingTime(ParsedSignature parsed, Instant now) {
        if (parsed.signingTime().isEmpty()) {
            return check(Aspect.SIGNING_TIME, Verdict.VALID, "в подписи не указано; сертификат проверен на момент "
                    + "проверки, " + RuText.dateTime(now));
        }
        Instant time = parsed.signingTime().get();
        if (time.isAfter(now.plus(CLOCK_SKEW))) {
            return check(Aspect.SIGNING_TIME, Verdict.UNKNOWN, RuText.dateTime(time) + " — позже текущего времени "
                    + RuText.dateTime(now));
        }
        return check(Aspect.SIGNING_TIME, Verdict.VALID, RuText.dateTime(time) + " (по часам подписанта)");
    }

    private static Check certificate(X509Certificate signer, Instant at) {
        Optional<String> problem = CertificateChecks.validityProblem(signer, at)
                .or(() -> CertificateChecks.keyUsageProblem(signer));
        return problem.map(p -> check(Aspect.CERTIFICATE, Verdict.INVALID, p))
                .orElseGet(() -> check(Aspect.CERTIFICATE, Verdict.VALID, "сертификат действовал на момент подписания "
                        + "(срок действия с " + RuText.dateTime(signer.getNotBefore().toInstant()) + " по "
                        + RuText.dateTime(signer.getNotAfter().toInstant()) + ")"));
    }

    private VerificationReport only(Aspect aspect, Verdict status, String text) {
        add(aspect, status, text);
        return VerificationReport.of(checks, null, null);
    }

    private void add(Aspect aspect, Verdict status, String text) {
        checks.add(check(aspect, status, text));
    }

    private static Check check(Aspect aspect, Verdict status, String text) {
        return new Check(aspect, status, text);
    }
}
