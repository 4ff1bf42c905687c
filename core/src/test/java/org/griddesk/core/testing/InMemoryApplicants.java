package org.griddesk.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.griddesk.core.applicants.Applicant;
import org.griddesk.core.applicants.ApplicantRepository;

/** Applicants in a list; ids start at 1 like an identity column's. */
public class InMemoryApplicants implements ApplicantRepository {
    private final List<Applicant> applicants = new ArrayList<>();

    @Override
    public long create(Applicant applicant) {
        long id = applicants.size() + 1;
        applicants.add(new Applicant(id, applicant.type(), applicant.person(), applicant.email(), applicant.phone(),
                applicant.snils(), applicant.inn(), applicant.ogrn(), applicant.ogrnip(), applicant.kpp(),
                applicant.organisationFullName(), applicant.organisationShortName(), applicant.registeredAt()));
        return id;
    }

    @Override
    public Optional<Applicant> findById(long id) {
        return id < 1 || id > applicants.size() ? Optional.empty() : Optional.of(applicants.get((int) id - 1));
    }

    @Override
    public long count() {
        return applicants.size();
    }

    public List<Applicant> all() {
        return List.copyOf(applicants);
    }
}
