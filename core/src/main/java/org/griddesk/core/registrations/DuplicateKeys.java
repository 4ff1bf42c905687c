package org.griddesk.core.registrations;

import java.util.Locale;
import java.util.function.Function;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.applicants.Email;
import org.griddesk.core.applicants.PhoneNumber;
import org.griddesk.core.applicants.Snils;

/**
 * The values two registrations or applicants must not share, in the form the applicant table keeps them:
 * phone as "+7" and ten digits, e-mail in lower case, SNILS as 11 digits. A value that does not parse is
 * kept trimmed, so two registrations with the same typo still meet. Only the identifiers of the form's
 * own type take part; null where nothing was entered.
 */
public record DuplicateKeys(String phone, String email, String snils, String inn, String ogrn, String ogrnip) {

    public static DuplicateKeys of(RegistrationForm form) {
        ApplicantType type = form.type();
        boolean person = type == ApplicantType.INDIVIDUAL || type == ApplicantType.PROXY;
        return new DuplicateKeys(
                normalised(form.phone(), text -> PhoneNumber.parse(text).value()),
                normalised(form.email(), text -> Email.parse(text).value().toLowerCase(Locale.ROOT)),
                person ? normalised(form.snils(), text -> Snils.parse(text).value()) : null,
                type == ApplicantType.SOLE_PROPRIETOR || type == ApplicantType.LEGAL_ENTITY
                        ? normalised(form.inn(), String::strip) : null,
                type == ApplicantType.LEGAL_ENTITY ? normalised(form.ogrn(), String::strip) : null,
                type == ApplicantType.SOLE_PROPRIETOR ? normalised(form.ogrnip(), String::strip) : null);
    }

    public boolean isEmpty() {
        return phone == null && email == null && snils == null && inn == null && ogrn == null && ogrnip == null;
    }

    private static String normalised(String raw, Function<String, String> parse) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return parse.apply(raw);
        } catch (IllegalArgumentException e) {
            return raw.strip().toLowerCase(Locale.ROOT);
        }
    }
}
