package org.griddesk.persistence.demo;

import org.griddesk.core.access.AccessControl;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Role;
import org.griddesk.core.registrations.ActivationStatus;
import org.griddesk.core.registrations.Duplicate;
import org.griddesk.core.registrations.Registration;
import org.griddesk.core.registrations.RegistrationField;
import org.griddesk.core.registrations.RegistrationNotifier;
import org.griddesk.core.registrations.RegistrationPage;
import org.griddesk.core.registrations.RegistrationProblem;
import org.griddesk.core.registrations.RegistrationQuery;
import org.griddesk.core.registrations.RegistrationRow;
import org.griddesk.core.registrations.RegistrationService;
import org.griddesk.core.registrations.RegistrationState;
import org.griddesk.persistence.applicants.JooqApplicantRepository;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.database.JooqTransactions;
import org.griddesk.persistence.registrations.JooqRegistrationRepository;
import org.griddesk.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

class DemoRegistrationsTest {
    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    private static final Operator CLERK = new Operator(1, "clerk", "Иванова Мария Сергеевна", Set.of(Role.CLERK), false, true, false);
    private static final RegistrationNotifier SILENT = new RegistrationNotifier() {
        @Override
        public void newRegistration(String applicantName, String applicantTypeTitle, Instant registeredAt) {
            throw new AssertionError("the demo must not mail the organisation");
        }

        @Override
        public void confirmed(String email, String applicantName) {
        }

        @Override
        public void rejected(String email, String applicantName, String reason) {
        }

        @Override
        public void correctionRequested(String email, String applicantName, String reason) {
        }
    };

    private record Filled(List<RegistrationRow> rows, List<List<Duplicate>> duplicates, long applicants) {
    }

    private static Filled fill(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            JooqRegistrationRepository registrations = new JooqRegistrationRepository(database.dsl());
            JooqApplicantRepository applicants = new JooqApplicantRepository(database.dsl());
            new DemoRegistrations(registrations, applicants, new JooqTransactions(database.dsl()), clock).fill();
            RegistrationService service = new RegistrationService(registrations, applicants, SILENT,
                    new JooqTransactions(database.dsl()), clock, AccessControl.asGiven());
            RegistrationPage page = service.list(CLERK, RegistrationQuery.firstPage());
            List<List<Duplicate>> duplicates = new ArrayList<>();
            for (RegistrationRow row : page.rows()) {
                duplicates.add(service.open(CLERK, row.registration().id()).duplicates());
            }
            return new Filled(page.rows(), duplicates, applicants.count());
        }
    }

    @Test
    void fillsAQueueWithEveryKindOfCaseTheClerkMustRecognise() {
        Filled filled = fill(TestDatabase.H2);
        List<RegistrationRow> rows = filled.rows();
        List<Registration> registrations = rows.stream().map(RegistrationRow::registration).toList();

        assertThat(rows).hasSize(DemoRegistrations.REGISTRATIONS);
        assertThat(registrations).extracting(Registration::type).containsOnly(
                org.griddesk.core.applicants.ApplicantType.values());
        assertThat(registrations).allMatch(r -> !r.registeredAt().isAfter(NOW)
                && (r.activatedAt() == null || !r.activatedAt().isAfter(NOW)));
        assertThat(registrations).extracting(Registration::registeredAt).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        long errorFree = rows.stream().filter(row -> row.errorCount() == 0).count();
        assertThat(errorFree).as("mostly valid").isGreaterThan(DemoRegistrations.REGISTRATIONS / 2);
        assertThat(problems(rows)).anyMatch(m -> m.startsWith("Неверное контрольное число СНИЛС"))
                .anyMatch(m -> m.startsWith("Неверное контрольное число ИНН"))
                .anyMatch(m -> m.startsWith("Неверное контрольное число ОГРНИП"))
                .anyMatch(m -> m.startsWith("Нет согласия на передачу и обработку"))
                .anyMatch(m -> m.startsWith("Нет отметки об ознакомлении"))
                .anyMatch(m -> m.startsWith("КПП должен состоять"))
                .anyMatch(m -> m.startsWith("Поле «Фамилия» может содержать только"));
        assertThat(rows).filteredOn(row -> row.activation().status() == ActivationStatus.EXPIRED).hasSizeBetween(4, 10);
        assertThat(rows).filteredOn(row -> row.activation().status() == ActivationStatus.WAITING).hasSizeBetween(4, 10);

        List<Duplicate> duplicates = filled.duplicates().stream().flatMap(List::stream).toList();
        assertThat(duplicates).anyMatch(Duplicate::blocksConfirmation)
                .anyMatch(d -> d.field() == RegistrationField.PHONE && d.applicantId() == null)
                .anyMatch(d -> d.field() == RegistrationField.INN)
                .anyMatch(d -> d.field() == RegistrationField.SNILS);

        List<Registration> confirmed = registrations.stream()
                .filter(r -> r.state() == RegistrationState.CONFIRMED || r.state() == RegistrationState.BLOCKED).toList();
        assertThat(confirmed).hasSizeGreaterThanOrEqualTo(8).allMatch(r -> r.applicantId() != null && !r.verifiedFields().isEmpty());
        assertThat(filled.applicants()).isEqualTo(confirmed.size());
        assertThat(registrations).extracting(Registration::state).contains(RegistrationState.NEW,
                RegistrationState.REJECTED, RegistrationState.CORRECTION_REQUESTED, RegistrationState.BLOCKED);
        assertThat(rows).filteredOn(row -> row.registration().state() == RegistrationState.CONFIRMED)
                .allMatch(row -> row.errorCount() == 0);
    }

    @Test
    void theSameClockGivesTheSameDataOnBothDatabases() {
        Filled h2 = fill(TestDatabase.H2);
        Filled postgres = fill(TestDatabase.POSTGRES);

        assertThat(postgres.rows()).isEqualTo(h2.rows());
        assertThat(postgres.duplicates()).isEqualTo(h2.duplicates());
    }

    private static Set<String> problems(List<RegistrationRow> rows) {
        return rows.stream().flatMap(row -> row.problems().stream()).map(RegistrationProblem::message)
                .collect(Collectors.toSet());
    }
}
