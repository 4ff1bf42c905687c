package org.griddesk.core.registrations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the registrations and applicants sharing a phone, a confirmed e-mail, SNILS, INN or OGRN/OGRNIP with a
 * registration. The repository does the searching; this class decides what is a duplicate worth showing: not
 * the registration's own applicant, and an applicant only once when its registration is listed already.
 */
public final class DuplicateFinder {
    private static final Comparator<Duplicate> ORDER = Comparator.comparing(Duplicate::field)
            .thenComparing(Duplicate::otherRegistrationId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Duplicate::applicantId, Comparator.nullsLast(Comparator.naturalOrder()));

    private final RegistrationRepository registrations;

    public DuplicateFinder(RegistrationRepository registrations) {
        this.registrations = registrations;
    }

    public List<Duplicate> find(Registration registration) {
        return findAll(List.of(registration)).get(registration.id());
    }

    /** Each registration's duplicates, by registration id, found together. */
    public Map<Long, List<Duplicate>> findAll(List<Registration> listed) {
        Map<Long, DuplicateKeys> keys = new HashMap<>();
        listed.forEach(registration -> keys.put(registration.id(), DuplicateKeys.of(registration.form())));
        keys.values().removeIf(DuplicateKeys::isEmpty);
        Map<Long, List<Duplicate>> hits = keys.isEmpty() ? Map.of() : registrations.findSharing(keys);
        Map<Long, List<Duplicate>> found = new HashMap<>();
        for (Registration registration : listed) {
            found.put(registration.id(), relevant(registration, hits.getOrDefault(registration.id(), List.of())));
        }
        return found;
    }

    /** The rule, apart from the search: drops self-matches and applicants already shown with their registration. */
    static List<Duplicate> relevant(Registration registration, List<Duplicate> hits) {
        List<Duplicate> kept = new ArrayList<>();
        for (Duplicate hit : hits) {
            if (Objects.equals(hit.otherRegistrationId(), registration.id())) {
                continue;
            }
            boolean ownApplicant = hit.applicantId() != null && hit.applicantId().equals(registration.applicantId());
            if (hit.otherRegistrationId() == null && ownApplicant) {
                continue;
            }
            if (hit.otherRegistrationId() == null && shownWithRegistration(hit, hits)) {
                continue;
            }
            if (!kept.contains(hit)) {
                kept.add(hit);
            }
        }
        kept.sort(ORDER);
        return List.copyOf(kept);
    }

    private static boolean shownWithRegistration(Duplicate applicantHit, List<Duplicate> hits) {
        return hits.stream().anyMatch(other -> other.otherRegistrationId() != null
                && other.field() == applicantHit.field()
                && applicantHit.applicantId().equals(other.applicantId()));
    }
}
