package org.griddesk.persistence.portal;

import java.util.List;
import java.util.Optional;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.cases.ApplicationKind;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.portal.PortalFile;
import org.griddesk.core.portal.PortalRegistration;
import org.griddesk.core.portal.PortalSubmission;
import org.griddesk.core.registrations.Consents;
import org.griddesk.core.registrations.NewRegistration;
import org.griddesk.core.registrations.RegistrationForm;
import org.jooq.Record;

import static org.griddesk.persistence.database.Timestamps.fromColumn;
import static org.griddesk.persistence.schema.Tables.PORTAL_REGISTRATION;
import static org.griddesk.persistence.schema.Tables.PORTAL_SUBMISSION;
import static org.griddesk.persistence.schema.Tables.PORTAL_SUBMISSION_FILE;

/** Rows of the portal's inbox tables as the values the intake works with. */
final class PortalRows {
    private PortalRows() {
    }

    static PortalFile file(Record row) {
        return new PortalFile(row.get(PORTAL_SUBMISSION_FILE.ID), row.get(PORTAL_SUBMISSION_FILE.DOCUMENT_NAME),
                row.get(PORTAL_SUBMISSION_FILE.FILE_NAME), row.get(PORTAL_SUBMISSION_FILE.COMMENT));
    }

    static PortalSubmission submission(Record row, List<PortalFile> files) {
        var s = PORTAL_SUBMISSION;
        String kind = row.get(s.KIND);
        String applicationKind = row.get(s.APPLICATION_KIND);
        return new PortalSubmission(row.get(s.ID), row.get(s.APPLICANT_ID), row.get(s.APPEAL_ID),
                kind == null ? null : CaseKind.valueOf(kind), row.get(s.TITLE),
                applicationKind == null ? null : ApplicationKind.valueOf(applicationKind), row.get(s.CAPACITY_KW),
                row.get(s.VOLTAGE_KV), row.get(s.TEMPORARY_CONNECTION), row.get(s.MESSAGE_HTML),
                fromColumn(row.get(s.SENT_AT)), files);
    }

    /** Empty when the applicant type is not one GridDesk knows. */
    static Optional<PortalRegistration> registration(Record row) {
        var r = PORTAL_REGISTRATION;
        ApplicantType type;
        try {
            type = ApplicantType.valueOf(row.get(r.TYPE));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
        RegistrationForm form = new RegistrationForm(type, row.get(r.LAST_NAME), row.get(r.FIRST_NAME),
                row.get(r.PATRONYMIC), row.get(r.EMAIL), row.get(r.PHONE), row.get(r.SNILS), row.get(r.INN),
                row.get(r.OGRN), row.get(r.OGRNIP), row.get(r.KPP), row.get(r.ORGANISATION_FULL_NAME),
                row.get(r.ORGANISATION_SHORT_NAME), row.get(r.ADDITIONAL_CONTACT), row.get(r.CONTACT_LAST_NAME),
                row.get(r.CONTACT_FIRST_NAME), row.get(r.CONTACT_PATRONYMIC));
        Consents consents = new Consents(fromColumn(row.get(r.CONSENT_PD_LAW_AT)),
                fromColumn(row.get(r.CONSENT_PROCESSING_AT)), fromColumn(row.get(r.CONSENT_MARKETING_AT)));
        return Optional.of(new PortalRegistration(row.get(r.ID), new NewRegistration(form, consents,
                fromColumn(row.get(r.REGISTERED_AT)), fromColumn(row.get(r.PHONE_CONFIRMED_AT)),
                fromColumn(row.get(r.EMAIL_CONFIRMED_AT)), fromColumn(row.get(r.ACTIVATED_AT)))));
    }

    static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
