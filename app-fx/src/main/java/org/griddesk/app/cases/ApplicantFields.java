package org.griddesk.app.cases;

import java.util.ArrayList;
import java.util.List;
import org.griddesk.core.applicants.Applicant;
import org.griddesk.core.applicants.ApplicantType;

/** The applicant as the card shows them: one captioned, copyable value per field the applicant's type has. */
public record ApplicantFields(List<Field> fields, String searchKey) {
    public record Field(String caption, String value) {
    }

    public static ApplicantFields of(Applicant applicant) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("Тип", applicant.type().title()));
        if (applicant.type() == ApplicantType.LEGAL_ENTITY) {
            fields.add(new Field("Организация", applicant.organisationShortName()));
            fields.add(new Field("Представитель", applicant.person().display()));
        } else {
            fields.add(new Field("ФИО", applicant.person().display()));
        }
        if (applicant.inn() != null) {
            fields.add(new Field("ИНН", applicant.inn().value()));
        }
        if (applicant.ogrn() != null) {
            fields.add(new Field("ОГРН", applicant.ogrn().value()));
        }
        if (applicant.ogrnip() != null) {
            fields.add(new Field("ОГРНИП", applicant.ogrnip().value()));
        }
        if (applicant.kpp() != null) {
            fields.add(new Field("КПП", applicant.kpp().value()));
        }
        if (applicant.snils() != null) {
            fields.add(new Field("СНИЛС", applicant.snils().formatted()));
        }
        fields.add(new Field("Телефон", applicant.phone().display()));
        fields.add(new Field("E-mail", applicant.email().value()));
        return new ApplicantFields(fields, searchKey(applicant));
    }

    /** What finds this applicant's cases in the queue: the identifier that is theirs alone. */
    private static String searchKey(Applicant applicant) {
        if (applicant.inn() != null) {
            return applicant.inn().value();
        }
        return applicant.snils() != null ? applicant.snils().value() : applicant.phone().value();
    }
}
