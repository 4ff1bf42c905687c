package org.griddesk.persistence.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.griddesk.core.access.AccessControl;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Role;
import org.griddesk.core.accounts.AccountCard;
import org.griddesk.core.accounts.AccountQuery;
import org.griddesk.core.accounts.AccountRow;
import org.griddesk.core.accounts.AccountService;
import org.griddesk.core.accounts.LinkRequest;
import org.griddesk.core.accounts.LinkState;
import org.griddesk.core.accounts.PersonalAccount;
import org.griddesk.core.audit.AuditTrail;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.common.ValidationException;
import org.griddesk.persistence.applicants.JooqApplicantRepository;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.database.JooqTransactions;
import org.griddesk.persistence.demo.DemoRetail;
import org.griddesk.persistence.readings.JooqReadings;
import org.griddesk.persistence.testing.TestData;
import org.griddesk.persistence.testing.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.griddesk.persistence.database.Timestamps.toColumn;
import static org.griddesk.persistence.schema.Tables.ACCOUNT_LINK;
import static org.griddesk.persistence.schema.Tables.ACCOUNT_LINK_REQUEST;
import static org.griddesk.persistence.schema.Tables.PERSONAL_ACCOUNT;

/** Accounts on a real database: the search, the card with its audit record, link requests and unlinking. */
class AccountServiceOnDatabaseTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-20T06:00:00Z"), ZoneId.of("Europe/Moscow"));
    private static final Operator CLERK = new Operator(1, "ivanova", "Иванова Мария", Set.of(Role.CLERK), false, true, false);

    private record Audited(String action, String subject) {
    }

    private final List<Audited> audited = new ArrayList<>();
    private final AuditTrail audit = (actor, action, subject, before, after) -> audited.add(new Audited(action, subject));

    private AccountService service(Database database) {
        return new AccountService(new JooqAccounts(database.dsl()), new JooqReadings(database.dsl()), audit,
                AccessControl.asGiven(), new JooqTransactions(database.dsl()), CLOCK);
    }

    private static PersonalAccount someAccount(Database database, AccountService service) {
        long id = database.dsl().select(PERSONAL_ACCOUNT.ID).from(PERSONAL_ACCOUNT).orderBy(PERSONAL_ACCOUNT.ID)
                .limit(1).fetchSingle(PERSONAL_ACCOUNT.ID);
        return service.open(CLERK, id).account();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAccountIsFoundByNumberNameAddressPhoneAndEmail(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            new DemoRetail(database.dsl(), CLOCK, 30).fill();
            AccountService service = service(database);
            PersonalAccount account = someAccount(database, service);
            String surname = account.ownerName().split(" ")[0];

            assertThat(service.search(CLERK, new AccountQuery(account.number(), 10))).extracting(AccountRow::id)
                    .containsExactly(account.id());
            assertThat(service.search(CLERK, new AccountQuery(surname.toUpperCase(), 10))).extracting(AccountRow::id)
                    .contains(account.id());
            String street = account.address().split(", ")[1];
            assertThat(service.search(CLERK, new AccountQuery(street + " " + surname, 10))).extracting(AccountRow::id)
                    .contains(account.id());
            assertThat(service.search(CLERK, new AccountQuery(account.phone(), 10))).extracting(AccountRow::id)
                    .contains(account.id());
            if (account.email() != null) {
                assertThat(service.search(CLERK, new AccountQuery(account.email(), 10))).extracting(AccountRow::id)
                        .containsExactly(account.id());
            }
            assertThat(service.search(CLERK, new AccountQuery("Несуществующая", 10))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theCardShowsThreeYearsByMonthEndingInTheKeptBalanceAndIsAudited(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            new DemoRetail(database.dsl(), CLOCK, 30).fill();
            AccountService service = service(database);
            audited.clear();
            PersonalAccount account = someAccount(database, service);
            AccountCard card = service.open(CLERK, account.id());

            assertThat(card.months()).hasSizeBetween(35, 37);
            assertThat(card.months().getFirst().closing()).isEqualTo(account.balance());
            assertThat(card.charges()).allMatch(charge -> charge.amount().scale() == 2);
            assertThat(card.tariffs()).isNotEmpty().allMatch(tariff -> tariff.approvedBy().startsWith("Постановление"));
            assertThat(card.meters()).isNotEmpty().allMatch(meter -> !meter.readings().isEmpty());
            assertThat(audited).contains(new Audited("Просмотр лицевого счёта и персональных данных",
                    "Лицевой счёт № " + account.number() + " (" + account.branch().name() + ")"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void linkRequestsAreConfirmedOnlyForTheRightNumberAndOwner(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            new DemoRetail(database.dsl(), CLOCK, 30).fill();
            AccountService service = service(database);
            PersonalAccount account = someAccount(database, service);
            new JooqAccounts(database.dsl()).setServices(account.id(), false, false);
            long applicant = new JooqApplicantRepository(database.dsl()).create(TestData.individual("Заявкина", new Random(3)));
            long right = request(database.dsl(), applicant, account, account.number(), account.ownerName().split(" ")[0], true);
            long wrongNumber = request(database.dsl(), applicant, account, "9999999999", account.ownerName(), false);
            long wrongOwner = request(database.dsl(), applicant, account, account.number(), "Посторонний Человек", false);

            assertThatThrownBy(() -> service.confirm(CLERK, wrongNumber, 0)).isInstanceOf(ValidationException.class)
                    .hasMessageStartingWith("Данный лицевой счет не найден");
            assertThatThrownBy(() -> service.confirm(CLERK, wrongOwner, 0)).hasMessageContaining("не совпадает с владельцем");
            LinkRequest linked = service.confirm(CLERK, right, 0);
            assertThat(linked.state()).isEqualTo(LinkState.LINKED);
            assertThat(service.open(CLERK, account.id()).users()).anyMatch(user -> user.applicantId() == applicant);
            assertThat(service.open(CLERK, account.id()).account().eReceipt()).as("asked for with the request").isTrue();
            assertThatThrownBy(() -> service.confirm(CLERK, right, 0)).isInstanceOf(ConcurrentChangeException.class);

            LinkRequest refused = service.refuse(CLERK, wrongNumber, 0, " ");
            assertThat(refused.answer()).isEqualTo("Данный лицевой счет не найден");
            assertThat(refused.state()).isEqualTo(LinkState.REFUSED);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void unlinkingWaitsForTheEReceiptToEndAndSwitchesAutopayOff(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            new DemoRetail(database.dsl(), CLOCK, 30).fill();
            AccountService service = service(database);
            PersonalAccount account = someAccount(database, service);
            long applicant = new JooqApplicantRepository(database.dsl()).create(TestData.individual("Отвязкин", new Random(4)));
            new JooqAccounts(database.dsl()).link(account.id(), applicant, CLOCK.instant());
            new JooqAccounts(database.dsl()).setServices(account.id(), true, true);

            assertThatThrownBy(() -> service.unlink(CLERK, account.id(), applicant))
                    .hasMessageStartingWith("Сначала отключите электронную квитанцию");
            assertThat(database.dsl().fetchCount(ACCOUNT_LINK, ACCOUNT_LINK.APPLICANT_ID.eq(applicant))).isEqualTo(1);
            service.endEReceipt(CLERK, account.id());
            PersonalAccount unlinked = service.unlink(CLERK, account.id(), applicant);
            assertThat(unlinked.autopay()).isFalse();
            assertThat(unlinked.eReceipt()).isFalse();
            assertThat(database.dsl().fetchCount(ACCOUNT_LINK, ACCOUNT_LINK.APPLICANT_ID.eq(applicant))).isZero();
        }
    }

    private static long request(DSLContext dsl, long applicant, PersonalAccount account, String number, String owner,
                                boolean eReceipt) {
        var r = ACCOUNT_LINK_REQUEST;
        return dsl.insertInto(r).set(r.APPLICANT_ID, applicant).set(r.BRANCH_ID, account.branch().id())
                .set(r.ACCOUNT_NUMBER, number).set(r.OWNER_NAME, owner).set(r.E_RECEIPT, eReceipt)
                .set(r.SUBMITTED_AT, toColumn(CLOCK.instant())).set(r.STATE, LinkState.NEW.name())
                .returning(r.ID).fetchSingle(r.ID);
    }
}
