package org.griddesk.persistence.readings;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.griddesk.core.access.AccessControl;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Role;
import org.griddesk.core.audit.AuditTrail;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.common.ValidationException;
import org.griddesk.core.readings.FaultNotice;
import org.griddesk.core.readings.FaultState;
import org.griddesk.core.readings.MeterContext;
import org.griddesk.core.readings.PendingFault;
import org.griddesk.core.readings.Reading;
import org.griddesk.core.readings.ReadingChannel;
import org.griddesk.core.readings.ReadingNotifier;
import org.griddesk.core.readings.ReadingService;
import org.griddesk.core.readings.ReadingState;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.database.JooqTransactions;
import org.griddesk.persistence.demo.DemoRetail;
import org.griddesk.persistence.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.griddesk.persistence.schema.Tables.METER;
import static org.griddesk.persistence.schema.Tables.METER_READING;

/** The reading rules on a real database: the window, the previous billed value, replacement, the clerk's decisions. */
class ReadingServiceOnDatabaseTest {
    /** 20 December, Moscow: inside every demo branch's window. */
    private static final Clock IN_WINDOW = Clock.fixed(Instant.parse("2026-12-20T06:00:00Z"), ZoneId.of("Europe/Moscow"));
    /** 28 December: outside them all. */
    private static final Clock OUT_OF_WINDOW = Clock.fixed(Instant.parse("2026-12-28T06:00:00Z"), ZoneId.of("Europe/Moscow"));
    private static final Operator CLERK = new Operator(1, "ivanova", "Иванова Мария", Set.of(Role.CLERK), false, true, false);

    private final List<String> letters = new ArrayList<>();
    private final List<String> audited = new ArrayList<>();

    private ReadingService service(Database database, Clock clock) {
        ReadingNotifier notifier = new ReadingNotifier() {
            @Override
            public void rejected(MeterContext meter, String reading, String reason) {
                letters.add("rejected " + meter.email() + " " + reading + " " + reason);
            }

            @Override
            public void corrected(MeterContext meter, String reading, String reason) {
                letters.add("corrected " + meter.email() + " " + reading + " " + reason);
            }

            @Override
            public void faultAnswered(MeterContext meter, String answer) {
                letters.add("fault " + meter.email() + " " + answer);
            }
        };
        AuditTrail audit = (actor, action, subject, before, after) -> audited.add(action + ": " + before + " → " + after);
        return new ReadingService(new JooqReadings(database.dsl()), notifier, audit, AccessControl.asGiven(),
                new JooqTransactions(database.dsl()), clock);
    }

    private static long sixDigitMeter(Database database) {
        return database.dsl().select(METER.ID).from(METER).where(METER.DIGITS.eq(6)).orderBy(METER.ID).limit(1)
                .fetchSingle(METER.ID);
    }

    private static BigDecimal lastBilled(Database database, long meter) {
        return new JooqReadings(database.dsl()).lastBilled(meter, -1).orElseThrow().acceptedValue();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPhoneReadingIsCheckedAcceptedAndTheLastOfTheWindowCounts(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            new DemoRetail(database.dsl(), IN_WINDOW, 30).fill();
            ReadingService service = service(database, IN_WINDOW);
            long meter = sixDigitMeter(database);
            BigDecimal previous = lastBilled(database, meter);

            assertThatThrownBy(() -> service.enter(CLERK, meter, ReadingChannel.PHONE, previous.subtract(BigDecimal.ONE), false))
                    .isInstanceOf(ValidationException.class).hasMessage("Показание не принято! Введенные показания "
                            + "меньше ранее переданных показаний. Проверьте корректность ввода");
            Reading first = service.enter(CLERK, meter, ReadingChannel.PHONE, previous.add(BigDecimal.valueOf(100)), false);
            Reading second = service.enter(CLERK, meter, ReadingChannel.PHONE, previous.add(BigDecimal.valueOf(120)), false);
            assertThat(new JooqReadings(database.dsl()).find(first.id()).orElseThrow().state())
                    .as("the later reading of the window replaces the earlier").isEqualTo(ReadingState.REPLACED);

            Reading accepted = service.accept(CLERK, second.id(), second.version());
            assertThat(accepted.state()).isEqualTo(ReadingState.ACCEPTED);
            assertThat(accepted.consumption()).isEqualByComparingTo("120");
            assertThat(lastBilled(database, meter)).isEqualByComparingTo(previous.add(BigDecimal.valueOf(120)));
            assertThat(letters).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void outsideTheWindowTheCustomersReadingIsRefusedWithTheDates(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            new DemoRetail(database.dsl(), IN_WINDOW, 30).fill();
            long meter = sixDigitMeter(database);
            BigDecimal next = lastBilled(database, meter).add(BigDecimal.TEN);
            assertThatThrownBy(() -> service(database, OUT_OF_WINDOW).enter(CLERK, meter, ReadingChannel.PHONE, next, false))
                    .hasMessageStartingWith("Внести показания Вы можете в период с ");
            assertThat(service(database, OUT_OF_WINDOW).enter(CLERK, meter, ReadingChannel.CLERK, next, false).state())
                    .as("a staff member's reading at any time").isEqualTo(ReadingState.SUBMITTED);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCorrectionIsAuditedAndTheOwnerToldAndARejectionToo(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            new DemoRetail(database.dsl(), IN_WINDOW, 30).fill();
            ReadingService service = service(database, IN_WINDOW);
            long meter = sixDigitMeter(database);
            BigDecimal previous = lastBilled(database, meter);
            Reading typo = service.enter(CLERK, meter, ReadingChannel.PHONE, previous.add(BigDecimal.valueOf(1000)), false);

            assertThatThrownBy(() -> service.correct(CLERK, typo.id(), typo.version(), previous.add(BigDecimal.TEN), false, " "))
                    .hasMessage("Укажите причину исправления");
            Reading corrected = service.correct(CLERK, typo.id(), typo.version(), previous.add(BigDecimal.valueOf(100)),
                    false, "Лишний ноль при вводе");
            assertThat(corrected.state()).isEqualTo(ReadingState.CORRECTED);
            assertThat(corrected.acceptedValue()).isEqualByComparingTo(previous.add(BigDecimal.valueOf(100)));
            assertThat(corrected.value()).as("what the customer said is kept").isEqualByComparingTo(typo.value());
            assertThat(audited).anyMatch(line -> line.startsWith("Показание исправлено: Лишний ноль при вводе: "
                    + typo.value().toPlainString()));
            assertThat(letters).singleElement().asString().startsWith("corrected ").endsWith("Лишний ноль при вводе");

            Reading more = service.enter(CLERK, meter, ReadingChannel.CLERK, corrected.acceptedValue().add(BigDecimal.ONE), false);
            service.reject(CLERK, more.id(), more.version(), "Прибор учёта неисправен");
            assertThat(letters).hasSize(2).last().asString().startsWith("rejected ");
            assertThat(database.dsl().fetchCount(METER_READING, METER_READING.ID.eq(more.id())
                    .and(METER_READING.STATE.eq(ReadingState.REJECTED.name())))).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFaultNoticeIsAnsweredOnceAuditedAndTheOwnerTold(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            new DemoRetail(database.dsl(), IN_WINDOW, 30).fill();
            ReadingService service = service(database, IN_WINDOW);
            PendingFault waiting = service.pendingFaults(CLERK, 10).getFirst();
            assertThat(waiting.notice().state()).isEqualTo(FaultState.NEW);
            assertThat(waiting.meter().accountNumber()).isNotBlank();

            assertThatThrownBy(() -> service.answerFault(CLERK, waiting.notice().id(), waiting.notice().version(), ""))
                    .hasMessage("Напишите ответ заявителю");
            FaultNotice answered = service.answerFault(CLERK, waiting.notice().id(), waiting.notice().version(),
                    "Специалист приедет 22 декабря с 9 до 13 часов");
            assertThat(answered.state()).isEqualTo(FaultState.ANSWERED);
            assertThat(answered.answeredBy()).isEqualTo(CLERK.fullName());
            assertThat(letters).singleElement().asString().endsWith("Специалист приедет 22 декабря с 9 до 13 часов");
            assertThat(audited).anyMatch(line -> line.startsWith("Ответ на уведомление о неисправности прибора учёта"));
            assertThatThrownBy(() -> service.answerFault(CLERK, waiting.notice().id(), waiting.notice().version(), "Ещё раз"))
                    .isInstanceOf(ConcurrentChangeException.class);
            assertThat(service.pendingFaults(CLERK, 10)).noneMatch(f -> f.notice().id() == waiting.notice().id());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRolloverIsAcceptedOnlyWhenSaid(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            new DemoRetail(database.dsl(), IN_WINDOW, 30).fill();
            ReadingService service = service(database, IN_WINDOW);
            long meter = sixDigitMeter(database);
            BigDecimal previous = lastBilled(database, meter);
            BigDecimal pastTheEnd = BigDecimal.valueOf(25);
            Reading said = service.enter(CLERK, meter, ReadingChannel.PHONE, pastTheEnd, true);
            Reading accepted = service.accept(CLERK, said.id(), said.version());
            assertThat(accepted.consumption()).isEqualByComparingTo(BigDecimal.valueOf(1_000_000).subtract(previous).add(pastTheEnd));
            assertThat(accepted.state()).isEqualTo(ReadingState.ACCEPTED);
        }
    }
}
