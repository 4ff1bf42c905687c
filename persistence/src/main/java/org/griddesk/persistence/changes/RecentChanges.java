package org.griddesk.persistence.changes;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;

import static org.griddesk.persistence.schema.Tables.APPEAL;

/**
 * What the polling feed has already seen. Rather than "newer than the newest seen", it rereads a short window
 * before the newest time and compares each case's time with the one remembered: that catches several cases with
 * the same time, and a transaction that took its time before another one but committed after it. New cases are
 * found by id too, since a case arriving from outside keeps the time it was sent, which may be long past.
 */
final class RecentChanges {
    static final Duration LOOK_BACK = Duration.ofSeconds(10);

    private final DSLContext dsl;
    private final Map<Long, OffsetDateTime> seen = new HashMap<>();
    private OffsetDateTime newest;
    private long maxId;

    RecentChanges(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Remembers the present state without reporting it. */
    void baseline() {
        Record2<Long, OffsetDateTime> max = dsl.select(DSL.max(APPEAL.ID), DSL.max(APPEAL.UPDATED_AT)).from(APPEAL)
                .fetchSingle();
        maxId = max.value1() == null ? 0 : max.value1();
        newest = max.value2();
        poll();
    }

    /** Ids of cases new or changed since the previous call. */
    Set<Long> poll() {
        Condition wanted = APPEAL.ID.gt(maxId);
        if (newest != null) {
            wanted = wanted.or(APPEAL.UPDATED_AT.gt(windowStart()));
        }
        Set<Long> changed = new LinkedHashSet<>();
        for (Record2<Long, OffsetDateTime> row : dsl.select(APPEAL.ID, APPEAL.UPDATED_AT).from(APPEAL).where(wanted)
                .orderBy(APPEAL.UPDATED_AT, APPEAL.ID).fetch()) {
            long id = row.value1();
            OffsetDateTime at = row.value2();
            OffsetDateTime before = seen.put(id, at);
            if (before == null || !before.isEqual(at)) {
                changed.add(id);
            }
            maxId = Math.max(maxId, id);
            newest = newest == null || at.isAfter(newest) ? at : newest;
        }
        if (newest != null) {
            OffsetDateTime windowStart = windowStart();
            seen.values().removeIf(at -> !at.isAfter(windowStart));
        }
        return changed;
    }

    /** A case dated in the future (a wrong clock somewhere) must not push the window past everyone else's changes. */
    private OffsetDateTime windowStart() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return (newest.isAfter(now) ? now : newest).minus(LOOK_BACK);
    }
}
