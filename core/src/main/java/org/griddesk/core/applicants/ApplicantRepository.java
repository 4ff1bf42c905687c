package org.griddesk.core.applicants;

import java.util.Optional;

/** Port: applicants as the portal registered them in the shared database. */
public interface ApplicantRepository {
    /** Stores a new applicant (portal fixtures and demo data) and returns its id. */
    long create(Applicant applicant);

    Optional<Applicant> findById(long id);

    long count();
}
