package org.griddesk.persistence.changes;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.NewCase;
import org.griddesk.persistence.applicants.JooqApplicantRepository;
import org.griddesk.persistence.cases.JooqCaseRepository;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.testing.TestData;

/** Two pools on one database, as two workstations have: "here" makes changes, "there" watches for them. */
record TwoWorkstations(Database here, Database there, JooqCaseRepository cases, long applicantId)
        implements AutoCloseable {

    static TwoWorkstations on(Database here) {
        Database there = Database.open(here.settings());
        long applicant = new JooqApplicantRepository(here.dsl()).create(TestData.soleProprietor());
        return new TwoWorkstations(here, there, new JooqCaseRepository(here.dsl(), ZoneOffset.UTC), applicant);
    }

    long newCase(Instant sentAt) {
        return cases.create(new NewCase(applicantId, CaseKind.APPLICATION, "Заявка на ТП до 150 кВт", sentAt));
    }

    /** What a feed delivered, waited for without sleeping. */
    static Long next(BlockingQueue<Long> delivered, long seconds) throws InterruptedException {
        return delivered.poll(seconds, TimeUnit.SECONDS);
    }

    static BlockingQueue<Long> queue() {
        return new LinkedBlockingQueue<>();
    }

    @Override
    public void close() {
        there.close();
        here.close();
    }
}
