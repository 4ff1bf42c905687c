package org.griddesk.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.griddesk.core.applicants.Applicant;
import org.griddesk.core.registrations.Activation;
import org.griddesk.core.registrations.Duplicate;
import org.griddesk.core.registrations.DuplicateKeys;
import org.griddesk.core.registrations.NewRegistration;
import org.griddesk.core.registrations.Registration;
import org.griddesk.core.registrations.RegistrationChange;
import org.griddesk.core.registrations.RegistrationField;
import org.griddesk.core.registrations.RegistrationQuery;
import org.griddesk.core.registrations.RegistrationRepository;

/** The registration port in maps, with the same duplicate semantics the SQL implementation has. */
public class InMemoryRegistrations implements RegistrationRepository {
    private final Map<Long, Registration> registrations = new LinkedHashMap<>();
    private final Map<Long, List<RegistrationChange>> history = new LinkedHashMap<>();
    private final InMemoryApplicants applicants;
    private long nextId = 1;
    private long changes;

    public InMemoryRegistrations(InMemoryApplicants applicants) {
        this.applicants = applicants;
    }

    @Override
    public long create(NewRegistration registration) {
        long id = nextId++;
        registrations.put(id, Registration.received(id, registration));
        history.put(id, new ArrayList<>());
        return id;
    }

    /** Puts a registration as it is, e.g. one reviewed earlier; returns it. */
    public Registration put(Registration registration) {
        registrations.put(registration.id(), registration);
        history.putIfAbsent(registration.id(), new ArrayList<>());
        nextId = Math.max(nextId, registration.id() + 1);
        return registration;
    }

    @Override
    public Optional<Registration> findById(long id) {
        return Optional.ofNullable(registrations.get(id));
    }

    @Override
    public List<Registration> find(RegistrationQuery query, Instant now) {
        return matching(query, now).stream().skip(query.offset()).limit(query.limit()).toList();
    }

    @Override
    public boolean recordActivation(long id, Instant emailConfirmedAt, Instant activatedAt) {
        Registration r = registrations.get(id);
        if (r == null) {
            return false;
        }
        registrations.put(id, new Registration(id, r.version() + 1, r.form(), r.consents(), r.registeredAt(),
                r.phoneConfirmedAt(), emailConfirmedAt == null ? r.emailConfirmedAt() : emailConfirmedAt, activatedAt,
                r.state(), r.stateReason(), r.blockedFrom(), r.verifiedFields(), r.applicantId()));
        return true;
    }

    @Override
    public long count(RegistrationQuery query, Instant now) {
        return matching(query, now).size();
    }

    private List<Registration> matching(RegistrationQuery query, Instant now) {
        return registrations.values().stream()
                .filter(r -> query.type() == null || r.type() == query.type())
                .filter(r -> query.state() == null || r.state() == query.state())
                .filter(r -> query.activation() == null || Activation.of(r, now).status() == query.activation())
                .filter(r -> query.text() == null || (r.displayName() + " " + r.form().email() + " " + r.form().phone())
                        .toLowerCase(Locale.ROOT).contains(query.text().toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparing(Registration::registeredAt).thenComparing(Registration::id).reversed())
                .toList();
    }

    @Override
    public boolean updateReview(Registration reviewed, long expectedVersion) {
        Registration stored = registrations.get(reviewed.id());
        if (stored == null || stored.version() != expectedVersion) {
            return false;
        }
        registrations.put(reviewed.id(), new Registration(reviewed.id(), expectedVersion + 1, stored.form(),
                stored.consents(), stored.registeredAt(), stored.phoneConfirmedAt(), stored.emailConfirmedAt(),
                stored.activatedAt(), reviewed.state(), reviewed.stateReason(), reviewed.blockedFrom(),
                reviewed.verifiedFields(), reviewed.applicantId()));
        return true;
    }

    @Override
    public void appendHistory(long registrationId, RegistrationChange change) {
        history.get(registrationId).add(change);
        changes++;
    }

    @Override
    public long changeMark() {
        return changes;
    }

    @Override
    public List<RegistrationChange> history(long registrationId) {
        return history.getOrDefault(registrationId, List.of()).reversed();
    }

    @Override
    public Map<Long, List<Duplicate>> findSharing(Map<Long, DuplicateKeys> keysByRegistration) {
        Map<Long, List<Duplicate>> found = new HashMap<>();
        keysByRegistration.forEach((id, keys) -> found.put(id, findSharing(id, keys)));
        return found;
    }

    private List<Duplicate> findSharing(long exceptRegistrationId, DuplicateKeys keys) {
        List<Duplicate> hits = new ArrayList<>();
        for (Registration other : registrations.values()) {
            if (other.id() == exceptRegistrationId) {
                continue;
            }
            DuplicateKeys theirs = DuplicateKeys.of(other.form());
            String confirmedEmail = other.emailConfirmedAt() == null ? null : theirs.email();
            add(hits, keys.phone(), theirs.phone(), RegistrationField.PHONE, other);
            add(hits, keys.email(), confirmedEmail, RegistrationField.EMAIL, other);
            add(hits, keys.snils(), theirs.snils(), RegistrationField.SNILS, other);
            add(hits, keys.inn(), theirs.inn(), RegistrationField.INN, other);
            add(hits, keys.ogrn(), theirs.ogrn(), RegistrationField.OGRN, other);
            add(hits, keys.ogrnip(), theirs.ogrnip(), RegistrationField.OGRNIP, other);
        }
        for (Applicant applicant : applicants.all()) {
            add(hits, keys.phone(), applicant.phone().value(), RegistrationField.PHONE, applicant);
            add(hits, keys.email(), applicant.email().value().toLowerCase(Locale.ROOT), RegistrationField.EMAIL, applicant);
            add(hits, keys.snils(), applicant.snils() == null ? null : applicant.snils().value(), RegistrationField.SNILS, applicant);
            add(hits, keys.inn(), applicant.inn() == null ? null : applicant.inn().value(), RegistrationField.INN, applicant);
            add(hits, keys.ogrn(), applicant.ogrn() == null ? null : applicant.ogrn().value(), RegistrationField.OGRN, applicant);
            add(hits, keys.ogrnip(), applicant.ogrnip() == null ? null : applicant.ogrnip().value(), RegistrationField.OGRNIP, applicant);
        }
        return hits;
    }

    private static void add(List<Duplicate> hits, String ours, String theirs, RegistrationField field, Registration other) {
        if (ours != null && Objects.equals(ours, theirs)) {
            hits.add(Duplicate.ofRegistration(other.id(), other.applicantId(), field, ours));
        }
    }

    private static void add(List<Duplicate> hits, String ours, String theirs, RegistrationField field, Applicant other) {
        if (ours != null && Objects.equals(ours, theirs)) {
            hits.add(Duplicate.ofApplicant(other.id(), field, ours));
        }
    }

    @Override
    public List<Registration> findActivationExpired(Instant now) {
        return registrations.values().stream()
                .filter(r -> r.activatedAt() == null && !now.isBefore(r.activationDeadline()))
                .sorted(Comparator.comparing(Registration::registeredAt))
                .toList();
    }

    @Override
    public boolean delete(long registrationId) {
        history.remove(registrationId);
        return registrations.remove(registrationId) != null;
    }

    public int size() {
        return registrations.size();
    }
}
