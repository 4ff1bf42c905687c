package org.griddesk.core.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.griddesk.core.common.NotFoundException;
import org.griddesk.core.common.SearchText;

/** The outbox port in memory, claiming like the database one: a claimed entry is not due again for a while. */
public final class InMemoryOutbox implements Outbox {
    static final Duration LEASE = Duration.ofMinutes(5);

    private final Map<Long, OutboxEntry> entries = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public synchronized long enqueue(NotificationKind kind, Long caseId, MailMessage message, Instant now) {
        long id = nextId++;
        entries.put(id, new OutboxEntry(id, kind, caseId, message.to(), message.subject(), message.body(), OutboxState.PENDING,
                0, now, null, now, null));
        return id;
    }

    @Override
    public synchronized List<OutboxEntry> due(Instant now, int limit) {
        List<OutboxEntry> due = entries.values().stream()
                .filter(e -> e.state() == OutboxState.PENDING && !e.nextAttemptAt().isAfter(now))
                .sorted(Comparator.comparing(OutboxEntry::nextAttemptAt).thenComparing(OutboxEntry::id))
                .limit(limit).toList();
        due.forEach(e -> replace(e, OutboxState.PENDING, e.attempts(), now.plus(LEASE), e.lastError(), null));
        return due;
    }

    @Override
    public synchronized void markSent(long id, Instant sentAt) {
        OutboxEntry e = entries.get(id);
        replace(e, OutboxState.SENT, e.attempts() + 1, e.nextAttemptAt(), null, sentAt);
    }

    @Override
    public synchronized void markRetry(long id, int attempts, Instant next, String error) {
        replace(entries.get(id), OutboxState.PENDING, attempts, next, error, null);
    }

    @Override
    public synchronized void markFailed(long id, int attempts, String error) {
        OutboxEntry e = entries.get(id);
        replace(e, OutboxState.FAILED, attempts, e.nextAttemptAt(), error, null);
    }

    @Override
    public synchronized List<OutboxEntry> list(OutboxQuery query, int limit) {
        List<OutboxEntry> all = new ArrayList<>(entries.values());
        return all.reversed().stream().filter(e -> matches(query, e)).limit(limit).toList();
    }

    private static boolean matches(OutboxQuery query, OutboxEntry e) {
        String text = SearchText.normalize(e.to() + " " + e.subject());
        return (query.state() == null || e.state() == query.state())
                && query.words().stream().allMatch(text::contains)
                && (query.from() == null || !e.createdAt().isBefore(query.from()))
                && (query.until() == null || e.createdAt().isBefore(query.until()));
    }

    @Override
    public synchronized Optional<OutboxEntry> find(long id) {
        return Optional.ofNullable(entries.get(id));
    }

    @Override
    public synchronized void resend(long id, Instant now) {
        OutboxEntry e = find(id).orElseThrow(() -> new NotFoundException("Письмо не найдено"));
        replace(e, OutboxState.PENDING, 0, now, null, null);
    }

    List<OutboxEntry> all() {
        return List.copyOf(entries.values());
    }

    private void replace(OutboxEntry e, OutboxState state, int attempts, Instant next, String error, Instant sentAt) {
        entries.put(e.id(), new OutboxEntry(e.id(), e.kind(), e.caseId(), e.to(), e.subject(), e.body(), state, attempts, next,
                error, e.createdAt(), sentAt));
    }
}
