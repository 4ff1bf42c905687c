package org.griddesk.core.applicants;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer registered on the portal. Which identifiers are present depends on the type:
 * SNILS for individuals and proxies, INN-12 + OGRNIP for sole proprietors, INN-10 + OGRN + KPP and
 * the organisation's names for legal entities (whose person is the contact person).
 */
public record Applicant(long id, ApplicantType type, PersonFullName person, Email email, PhoneNumber phone,
                        Snils snils, Inn inn, Ogrn ogrn, Ogrnip ogrnip, Kpp kpp,
                        String organisationFullName, String organisationShortName, Instant registeredAt) {

    /** The name a clerk knows the applicant by: the organisation's short name or the person's. */
    public String displayName() {
        return type == ApplicantType.LEGAL_ENTITY ? organisationShortName : person.display();
    }

    /**
     * The one-line description the portal's administrator view shows (seed 002), e.g.
     * "Индивидуальный предприниматель - ИНН: 420538910787 ОГРН: 318420500015205 ФИО: … Email: …".
     */
    public String registrationLine() {
        List<String> parts = new ArrayList<>();
        switch (type) {
            case INDIVIDUAL, PROXY -> parts.add("СНИЛС: " + snils.formatted());
            case SOLE_PROPRIETOR -> {
                parts.add("ИНН: " + inn.value());
                parts.add("ОГРН: " + ogrnip.value());
            }
            case LEGAL_ENTITY -> {
                parts.add("ИНН: " + inn.value());
                parts.add("ОГРН: " + ogrn.value());
                parts.add("КПП: " + kpp.value());
                parts.add("Наименование: " + organisationShortName);
            }
        }
        parts.add("ФИО: " + person.display());
        parts.add("Email: " + email.value());
        return type.title() + " - " + String.join(" ", parts);
    }
}
