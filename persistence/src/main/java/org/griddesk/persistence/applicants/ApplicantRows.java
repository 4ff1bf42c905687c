package org.griddesk.persistence.applicants;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.griddesk.core.applicants.Applicant;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.applicants.Email;
import org.griddesk.core.applicants.Inn;
import org.griddesk.core.applicants.Kpp;
import org.griddesk.core.applicants.Ogrn;
import org.griddesk.core.applicants.Ogrnip;
import org.griddesk.core.applicants.PersonFullName;
import org.griddesk.core.applicants.PhoneNumber;
import org.griddesk.core.applicants.Snils;
import org.griddesk.core.common.SearchText;
import org.griddesk.persistence.database.Timestamps;
import org.griddesk.persistence.schema.tables.records.ApplicantRecord;

/** Maps applicants to rows and back; the search column is derived here so that it never goes stale. */
public final class ApplicantRows {
    private ApplicantRows() {
    }

    static ApplicantRecord toRecord(Applicant applicant) {
        ApplicantRecord row = new ApplicantRecord();
        row.setType(applicant.type().name());
        row.setLastName(applicant.person().lastName());
        row.setFirstName(applicant.person().firstName());
        row.setPatronymic(applicant.person().patronymic());
        row.setEmail(applicant.email().value());
        row.setEmailKey(applicant.email().value().toLowerCase(Locale.ROOT));
        row.setPhone(applicant.phone().value());
        row.setSnils(applicant.snils() == null ? null : applicant.snils().value());
        row.setInn(applicant.inn() == null ? null : applicant.inn().value());
        row.setOgrn(applicant.ogrn() == null ? null : applicant.ogrn().value());
        row.setOgrnip(applicant.ogrnip() == null ? null : applicant.ogrnip().value());
        row.setKpp(applicant.kpp() == null ? null : applicant.kpp().value());
        row.setOrganisationFullName(applicant.organisationFullName());
        row.setOrganisationShortName(applicant.organisationShortName());
        row.setRegisteredAt(Timestamps.toColumn(applicant.registeredAt()));
        row.setDisplayName(applicant.displayName());
        row.setSearchText(searchText(applicant));
        return row;
    }

    public static Applicant toApplicant(ApplicantRecord row) {
        return new Applicant(row.getId(), ApplicantType.valueOf(row.getType()),
                new PersonFullName(row.getLastName(), row.getFirstName(), row.getPatronymic()),
                new Email(row.getEmail()), new PhoneNumber(row.getPhone()),
                row.getSnils() == null ? null : new Snils(row.getSnils()),
                row.getInn() == null ? null : new Inn(row.getInn()),
                row.getOgrn() == null ? null : new Ogrn(row.getOgrn()),
                row.getOgrnip() == null ? null : new Ogrnip(row.getOgrnip()),
                row.getKpp() == null ? null : new Kpp(row.getKpp()),
                row.getOrganisationFullName(), row.getOrganisationShortName(),
                Timestamps.fromColumn(row.getRegisteredAt()));
    }

    /** Every form a clerk may type: SNILS with and without separators, phone as +7…, 8… and formatted. */
    static String searchText(Applicant applicant) {
        String phone = applicant.phone().value();
        return Stream.of(applicant.person().display(), applicant.organisationShortName(),
                        applicant.organisationFullName(), applicant.email().value(), phone, "8" + phone.substring(2),
                        applicant.phone().formatted(),
                        applicant.snils() == null ? null : applicant.snils().value(),
                        applicant.snils() == null ? null : applicant.snils().formatted(),
                        applicant.inn() == null ? null : applicant.inn().value(),
                        applicant.ogrn() == null ? null : applicant.ogrn().value(),
                        applicant.ogrnip() == null ? null : applicant.ogrnip().value())
                .filter(Objects::nonNull)
                .map(SearchText::normalize)
                .collect(Collectors.joining(" | "));
    }
}
