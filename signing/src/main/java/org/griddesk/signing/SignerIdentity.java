package org.griddesk.signing;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/** Who a certificate names, read from the subject as Russian qualified certificates lay it out. */
public record SignerIdentity(
        Optional<String> commonName,
        Optional<String> surname,
        Optional<String> givenName,
        Optional<String> organisation,
        Optional<String> title,
        Optional<String> inn,
        Optional<String> innLe,
        Optional<String> ogrn,
        Optional<String> ogrnip,
        Optional<String> snils) {

    public static SignerIdentity of(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        return new SignerIdentity(
                value(subject, BCStyle.CN), value(subject, BCStyle.SURNAME), value(subject, BCStyle.GIVENNAME),
                value(subject, BCStyle.O), value(subject, BCStyle.T),
                value(subject, QualifiedOids.INN), value(subject, QualifiedOids.INN_LE),
                value(subject, QualifiedOids.OGRN), value(subject, QualifiedOids.OGRNIP),
                value(subject, QualifiedOids.SNILS));
    }

    /** The organisation's 10-digit INN: INNLE, or the older "00"-prefixed form in the INN field. */
    public Optional<String> organisationInn() {
        return innLe.or(() -> inn.filter(v -> v.length() == 12 && v.startsWith("00")).map(v -> v.substring(2)));
    }

    /** The person's (or sole proprietor's) 12-digit INN. */
    public Optional<String> personInn() {
        return inn.filter(v -> !(v.length() == 12 && v.startsWith("00")));
    }

    /**
     * True when the certificate names this applicant: the INN as the person's or the organisation's,
     * and, when given, the OGRN or OGRNIP.
     */
    public boolean namesApplicant(String applicantInn, String ogrnOrOgrnip) {
        boolean innMatches = applicantInn != null
                && (organisationInn().filter(applicantInn::equals).isPresent()
                        || personInn().filter(applicantInn::equals).isPresent());
        boolean registrationMatches = ogrnOrOgrnip == null || ogrnOrOgrnip.isBlank()
                || ogrn.filter(ogrnOrOgrnip::equals).isPresent() || ogrnip.filter(ogrnOrOgrnip::equals).isPresent();
        return innMatches && registrationMatches;
    }

    /** Surname and given names when present (they are for a person), otherwise the common name. */
    public String displayName() {
        if (surname.isPresent()) {
            return surname.get() + givenName.map(g -> " " + g).orElse("");
        }
        return commonName.orElse("(имя не указано)");
    }

    /** One Russian line: name, position, organisation and identifiers. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        parts.add(displayName());
        title.ifPresent(parts::add);
        organisation.ifPresent(parts::add);
        personInn().ifPresent(v -> parts.add("ИНН " + v));
        organisationInn().ifPresent(v -> parts.add("ИНН ЮЛ " + v));
        ogrn.ifPresent(v -> parts.add("ОГРН " + v));
        ogrnip.ifPresent(v -> parts.add("ОГРНИП " + v));
        snils.ifPresent(v -> parts.add("СНИЛС " + formatSnils(v)));
        return String.join(", ", parts);
    }

    private static String formatSnils(String digits) {
        if (digits.length() != 11 || !digits.chars().allMatch(Character::isDigit)) {
            return digits;
        }
        return digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6, 9) + " "
                + digits.substring(9);
    }

    private static Optional<String> value(X500Name name, ASN1ObjectIdentifier oid) {
        for (RDN rdn : name.getRDNs(oid)) {
            ASN1Encodable value = rdn.isMultiValued()
                    ? java.util.Arrays.stream(rdn.getTypesAndValues()).filter(t -> t.getType().equals(oid))
                            .findFirst().orElseThrow().getValue()
                    : rdn.getFirst().getValue();
            String text = value instanceof ASN1String s ? s.getString() : value.toString();
            if (!text.isBlank()) {
                return Optional.of(text.strip());
            }
        }
        return Optional.empty();
    }
}
