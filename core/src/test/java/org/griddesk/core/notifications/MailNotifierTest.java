package org.griddesk.core.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.griddesk.core.applicants.Applicant;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.applicants.Email;
import org.griddesk.core.applicants.PersonFullName;
import org.griddesk.core.applicants.PhoneNumber;
import org.griddesk.core.applicants.Snils;
import org.griddesk.core.cases.CaseCard;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.DocumentItem;
import org.griddesk.core.cases.Side;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailNotifierTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Clock MOSCOW = Clock.fixed(NOW, ZoneId.of("Europe/Moscow"));
    private static final Applicant KRAVTSOVA = new Applicant(7, ApplicantType.INDIVIDUAL,
            new PersonFullName("Кравцова", "Елена", null), Email.parse("kravtsova@yandex.ru"),
            PhoneNumber.parse("89031234567"), Snils.parse("049-114-804 49"), null, null, null, null, null, null, NOW);
    private static final DocumentItem OFFER = new DocumentItem(5, Side.ORGANISATION, NOW, "Иванова", "Оферта договора ТП",
            "offer.pdf", 1000, "ab", null, 3, true);

    /** Every placeholder written out as key=<{{key}}>, so a test sees which values were filled. */
    private final MailTemplates templates = new MapTemplates();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final AtomicInteger nudges = new AtomicInteger();
    private final MailNotifier notifier = new MailNotifier(templates, outbox, MOSCOW, "АО «Городская электросеть»",
            "portal@gorset.ru", "https://lk.gorset.ru", nudges::incrementAndGet);

    private static CaseCard card(String number) {
        return new CaseCard(11, 3, CaseKind.APPLICATION, "Заявка на ТП жилого дома", KRAVTSOVA,
                "Подготовка оферты договора", number, NOW, NOW, List.of(), List.of());
    }

    private OutboxEntry only() {
        assertThat(outbox.all()).hasSize(1);
        return outbox.all().getFirst();
    }

    @Test
    void statusChangeGoesToTheApplicantWithBothStatuses() {
        notifier.statusChanged(card("1563"), "Заявка на рассмотрении сетевой организацией", "Подготовка оферты договора");

        OutboxEntry entry = only();
        assertThat(entry.kind()).isEqualTo(NotificationKind.CASE_STATUS_CHANGED);
        assertThat(entry.to()).isEqualTo("kravtsova@yandex.ru");
        assertThat(entry.state()).isEqualTo(OutboxState.PENDING);
        assertThat(entry.createdAt()).isEqualTo(NOW);
        assertThat(entry.subject()).isEqualTo("Изменён статус обращения № 1563");
        assertThat(entry.body())
                .contains("applicant=<Кравцова Елена>")
                .contains("caseTitle=<Заявка на ТП жилого дома>")
                .contains("oldStatus=<Заявка на рассмотрении сетевой организацией>")
                .contains("newStatus=<Подготовка оферты договора>")
                .contains("organisation=<АО «Городская электросеть»>")
                .contains("portal=<Подробности — в вашем личном кабинете: https://lk.gorset.ru>");
        assertThat(nudges).hasValue(1);
    }

    @Test
    void aCaseWithoutNumberSaysSo() {
        notifier.organisationMessageAdded(card(null));

        assertThat(only().subject()).isEqualTo("Новое сообщение по обращению № без номера");
        assertThat(only().kind()).isEqualTo(NotificationKind.ORGANISATION_MESSAGE);
    }

    @Test
    void documentsAreNamed() {
        notifier.organisationDocumentAdded(card("77"), OFFER);
        notifier.signatureAwaited(card("77"), new DocumentItem(6, Side.ORGANISATION, NOW, "Иванова", " ",
                "dogovor.pdf", 10, "cd", null, 4, true));

        assertThat(outbox.all()).extracting(OutboxEntry::kind)
                .containsExactly(NotificationKind.ORGANISATION_DOCUMENT, NotificationKind.SIGNATURE_AWAITED);
        assertThat(outbox.all().get(0).body()).contains("document=<Оферта договора ТП>");
        assertThat(outbox.all().get(1).body()).contains("document=<dogovor.pdf>");
    }

    @Test
    void registrationDecisionsCarryTheReason() {
        notifier.confirmed("petrov@mail.ru", "Петров Пётр");
        notifier.rejected("petrov@mail.ru", "Петров Пётр", "СНИЛС не прошёл проверку");
        notifier.correctionRequested(" petrov@mail.ru ", "Петров Пётр", "Укажите отчество полностью");

        List<OutboxEntry> all = outbox.all();
        assertThat(all).extracting(OutboxEntry::kind).containsExactly(NotificationKind.REGISTRATION_CONFIRMED,
                NotificationKind.REGISTRATION_REJECTED, NotificationKind.REGISTRATION_CORRECTION);
        assertThat(all).extracting(OutboxEntry::to).containsOnly("petrov@mail.ru");
        assertThat(all.get(0).body()).contains("applicant=<Петров Пётр>").contains("reason=<{{reason}}>");
        assertThat(all.get(1).body()).contains("reason=<СНИЛС не прошёл проверку>");
        assertThat(all.get(2).body()).contains("reason=<Укажите отчество полностью>");
    }

    @Test
    void newRegistrationsGoToTheOrganisationMailboxInLocalTime() {
        notifier.newRegistration("ООО «Ромашка»", "Юридическое лицо", Instant.parse("2026-11-22T21:30:00Z"));

        OutboxEntry entry = only();
        assertThat(entry.to()).isEqualTo("portal@gorset.ru");
        assertThat(entry.body()).contains("applicant=<ООО «Ромашка»>").contains("applicantType=<Юридическое лицо>")
                .contains("registeredAt=<23.11.2026 00:30>");
    }

    @Test
    void theMailboxIsReadForEachLetterAsTheAdministratorChangesIt() {
        java.util.concurrent.atomic.AtomicReference<String> mailbox = new java.util.concurrent.atomic.AtomicReference<>("");
        MailNotifier settings = new MailNotifier(templates, outbox, MOSCOW, () -> "Сети", mailbox::get, "", () -> { });
        settings.newRegistration("Петров Пётр", "Физическое лицо", NOW);
        assertThat(outbox.all()).as("no mailbox set yet").isEmpty();

        mailbox.set("registrations@gorset.ru");
        settings.newRegistration("Петров Пётр", "Физическое лицо", NOW);
        assertThat(only().to()).isEqualTo("registrations@gorset.ru");
    }

    @Test
    void aDocumentSignedByBothIsToldToTheApplicant() {
        notifier.signedByBoth(card("77"), OFFER);
        OutboxEntry entry = only();
        assertThat(entry.kind()).isEqualTo(NotificationKind.DOCUMENT_SIGNED_BY_BOTH);
        assertThat(entry.body()).contains("document=<Оферта договора ТП>").contains("caseNumber=<77>");
    }

    @Test
    void withoutAMailboxOrAddressNothingIsQueued() {
        MailNotifier quiet = new MailNotifier(templates, outbox, MOSCOW, "Сети", " ", "");
        quiet.newRegistration("Петров Пётр", "Физическое лицо", NOW);
        quiet.confirmed(null, "Петров Пётр");
        quiet.rejected("", "Петров Пётр", "причина");
        assertThat(outbox.all()).isEmpty();

        quiet.organisationMessageAdded(card("1"));
        assertThat(only().body()).contains("portal=<Подробности — в вашем личном кабинете на портале.>");
    }

    private static final class MapTemplates implements MailTemplates {
        private final Map<NotificationKind, MailTemplate> byKind = new EnumMap<>(NotificationKind.class);

        MapTemplates() {
            String body = Arrays.stream(Placeholder.values()).map(p -> p.key() + "=<" + p.token() + ">")
                    .collect(Collectors.joining("\n"));
            for (NotificationKind kind : NotificationKind.values()) {
                byKind.put(kind, new MailTemplate(kind, kind.title() + " № {{caseNumber}}", body));
            }
        }

        @Override
        public MailTemplate get(NotificationKind kind) {
            return byKind.get(kind);
        }

        @Override
        public List<MailTemplate> all() {
            return List.copyOf(byKind.values());
        }

        @Override
        public void save(MailTemplate template) {
            byKind.put(template.kind(), template);
        }
    }
}
