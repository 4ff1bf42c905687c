package org.griddesk.persistence.applicants;

import java.util.Optional;
import org.griddesk.core.applicants.Applicant;
import org.griddesk.core.applicants.ApplicantRepository;
import org.jooq.DSLContext;

import static org.griddesk.persistence.schema.Tables.APPLICANT;

public final class JooqApplicantRepository implements ApplicantRepository {
    private final DSLContext dsl;

    public JooqApplicantRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long create(Applicant applicant) {
        return dsl.insertInto(APPLICANT)
                .set(ApplicantRows.toRecord(applicant))
                .returning(APPLICANT.ID)
                .fetchSingle(APPLICANT.ID);
    }

    @Override
    public Optional<Applicant> findById(long id) {
        return dsl.selectFrom(APPLICANT).where(APPLICANT.ID.eq(id)).fetchOptional().map(ApplicantRows::toApplicant);
    }

    @Override
    public long count() {
        return dsl.fetchCount(APPLICANT);
    }
}
