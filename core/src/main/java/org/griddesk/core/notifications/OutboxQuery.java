package org.griddesk.core.notifications;

import java.time.Instant;
import java.util.List;

/**
 * Which letters «Почта» shows: a state (null: every state), words that must all occur in the recipient or the
 * subject (normalised by {@link org.griddesk.core.common.SearchText}), and a creation period [from, until).
 */
public record OutboxQuery(OutboxState state, List<String> words, Instant from, Instant until) {
    public static final OutboxQuery ANY = new OutboxQuery(null, List.of(), null, null);

    public OutboxQuery {
        words = List.copyOf(words);
    }

    public static OutboxQuery in(OutboxState state) {
        return new OutboxQuery(state, List.of(), null, null);
    }
}
