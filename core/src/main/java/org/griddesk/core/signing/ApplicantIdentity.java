package org.griddesk.core.signing;

import java.util.Objects;
import java.util.Optional;
import org.griddesk.core.applicants.Applicant;

/** Does a certificate name the same person or organisation as the applicant's registration? */
public final class ApplicantIdentity {
    private ApplicantIdentity() {
    }

    /** Empty when it does; otherwise the mismatch, in words for the clerk. */
    public static Optional<String> mismatch(Applicant applicant, SignerDetails signer) {
        if (signer == null) {
            return Optional.of("в подписи нет сертификата подписанта");
        }
        return switch (applicant.type()) {
            case SOLE_PROPRIETOR -> firstOf(
                    differs("ИНН", applicant.inn().value(), signer.personInn()),
                    differs("ОГРНИП", applicant.ogrnip().value(), signer.ogrnip()));
            case LEGAL_ENTITY -> firstOf(
                    differs("ИНН организации", applicant.inn().value(), signer.organisationInn()),
                    differs("ОГРН", applicant.ogrn().value(), signer.ogrn()));
            case INDIVIDUAL, PROXY -> differs("СНИЛС", applicant.snils().value(), signer.snils());
        };
    }

    private static Optional<String> differs(String field, String registered, String inCertificate) {
        if (inCertificate == null || inCertificate.isBlank()) {
            return Optional.of("в сертификате не указан " + field + " (при регистрации: " + registered + ")");
        }
        if (!Objects.equals(registered, inCertificate.trim())) {
            return Optional.of(field + " в сертификате (" + inCertificate.trim() + ") не совпадает с указанным при "
                    + "регистрации (" + registered + ")");
        }
        return Optional.empty();
    }

    @SafeVarargs
    private static Optional<String> firstOf(Optional<String>... checks) {
        for (Optional<String> check : checks) {
            if (check.isPresent()) {
                return check;
            }
        }
        return Optional.empty();
    }
}
