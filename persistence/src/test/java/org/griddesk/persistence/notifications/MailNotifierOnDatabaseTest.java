package org.griddesk.persistence.notifications;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.griddesk.core.cases.CaseCard;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.DocumentItem;
import org.griddesk.core.cases.Side;
import org.griddesk.core.notifications.MailNotifier;
import org.griddesk.core.notifications.OutboxEntry;
import org.griddesk.core.notifications.OutboxQuery;
import org.griddesk.core.notifications.OutboxState;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.database.JooqTransactions;
import org.griddesk.persistence.testing.TestData;
import org.griddesk.persistence.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.griddesk.persistence.testing.TestData.T0;

/** The seeded templates rendered by the notifier: no placeholder is left, and mail lives or dies with its change. */
class MailNotifierOnDatabaseTest {
    private static final CaseCard CARD = new CaseCard(1, 0, CaseKind.APPLICATION, "Заявка на ТП жилого дома",
            TestData.individualWithSeedSnils(), "Подготовка оферты договора", null, T0, T0, List.of(), List.of());
    private static final DocumentItem OFFER = new DocumentItem(2, Side.ORGANISATION, T0, "Иванова", "Оферта договора ТП",
            "offer.pdf", 100, "ab", null, 1, true);

    private static MailNotifier notifier(Database database) {
        return new MailNotifier(new JooqMailTemplates(database.dsl()), new JooqOutbox(database.dsl()),
                Clock.fixed(T0, ZoneId.of("Europe/Moscow")), "АО «Городская электросеть»", "portal@gorset.ru",
                "https://lk.gorset.ru");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyTemplateRendersCompletely(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            MailNotifier notifier = notifier(database);
            notifier.statusChanged(CARD, "Заявка на рассмотрении сетевой организацией", "Подготовка оферты договора");
            notifier.organisationMessageAdded(CARD);
            notifier.organisationDocumentAdded(CARD, OFFER);
            notifier.signatureAwaited(CARD, OFFER);
            notifier.confirmed("petrov@mail.ru", "Петров Пётр Ильич");
            notifier.rejected("petrov@mail.ru", "Петров Пётр Ильич", "СНИЛС не прошёл проверку");
            notifier.correctionRequested("petrov@mail.ru", "Петров Пётр Ильич", "Укажите отчество");
            notifier.newRegistration("Петров Пётр Ильич", "Физическое лицо", T0);

            List<OutboxEntry> entries = new JooqOutbox(database.dsl()).list(OutboxQuery.in(OutboxState.PENDING), 100);
            assertThat(entries).hasSize(8);
            assertThat(entries).allSatisfy(e -> {
                assertThat(e.subject()).doesNotContain("{{");
                assertThat(e.body()).doesNotContain("{{").contains("АО «Городская электросеть»");
            });
            OutboxEntry status = entries.getLast();
            assertThat(status.to()).isEqualTo("kravtsova@yandex.ru");
            assertThat(status.subject()).isEqualTo("Изменён статус обращения «Заявка на ТП жилого дома»");
            assertThat(status.body()).startsWith("Здравствуйте, Кравцова Елена!")
                    .contains("Регистрационный номер: без номера")
                    .contains("Новый статус: Подготовка оферты договора")
                    .contains("https://lk.gorset.ru");
            assertThat(status.caseId()).as("a case's letter links to it").isEqualTo(CARD.id());
            assertThat(entries.getFirst().to()).isEqualTo("portal@gorset.ru");
            assertThat(entries.getFirst().caseId()).as("a registration's letter has no case").isNull();
            assertThat(entries.getFirst().body()).contains("Дата регистрации: 01.10.2026 12:00");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRolledBackChangeSendsNothing(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            MailNotifier notifier = notifier(database);
            JooqTransactions transactions = new JooqTransactions(database.dsl());

            assertThatThrownBy(() -> transactions.run(() -> {
                notifier.organisationMessageAdded(CARD);
                throw new IllegalStateException("the change failed");
            })).isInstanceOf(IllegalStateException.class);
            transactions.run(() -> notifier.organisationMessageAdded(CARD));

            assertThat(new JooqOutbox(database.dsl()).list(OutboxQuery.ANY, 10)).hasSize(1);
        }
    }
}
