package org.griddesk.core.accounts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Port: personal accounts, what billing supplies for them, and the portal's link requests, in the shared database. */
public interface AccountRepository {
    /** A whole number first; otherwise every word in the owner, address, phone or e-mail; at most {@code limit}. */
    List<AccountRow> search(AccountQuery query);

    Optional<PersonalAccount> findById(long id);

    Optional<PersonalAccount> findByNumber(long branchId, String number);

    List<LinkedUser> users(long accountId);

    List<Tariff> tariffs(long branchId, LocalDate since);

    List<Charge> charges(long accountId, YearMonth since);

    List<Payment> payments(long accountId, Instant since);

    /** Requests naming this account's branch and number, newest first. */
    List<LinkRequest> requestsFor(PersonalAccount account);

    /** Undecided requests, oldest first. */
    List<LinkRequest> pendingRequests(int limit);

    Optional<LinkRequest> findRequest(long requestId);

    /** False when the request is no longer at {@code expectedVersion}: another clerk decided first. */
    boolean decide(long requestId, long expectedVersion, LinkState state, String answer, String decidedBy, Instant at);

    void link(long accountId, long applicantId, Instant at);

    /** False when the user was not linked. */
    boolean unlink(long accountId, long applicantId);

    void setServices(long accountId, boolean eReceipt, boolean autopay);
}
