package org.griddesk.core.settings;

import java.time.Instant;
import java.util.List;
import org.griddesk.core.cases.StatusCount;

/**
 * Port: the dictionaries' storage. Changes name the entry as the administrator saw it and report whether it still
 * was so, which is how a change made meanwhile on another workstation is noticed rather than overwritten.
 */
public interface DictionaryRepository {
    /** Every entry, retired ones too, in display order. */
    List<DictionaryEntry> entries(Dictionary dictionary);

    /** Appends an active entry at the end; false when the name is taken (also by a concurrent insert). */
    boolean add(Dictionary dictionary, String name);

    boolean rename(Dictionary dictionary, DictionaryEntry seen, String newName);

    boolean setActive(Dictionary dictionary, DictionaryEntry seen, boolean active);

    /** Positions 1..n in the order given; the caller has checked that the names are exactly the stored ones. */
    void reorder(Dictionary dictionary, List<String> names);

    /** Statuses clerks typed on cases that the dictionary does not hold, with how many cases carry each. */
    List<StatusCount> freeTextStatuses();

    /**
     * Moves every case with status {@code from} to {@code to}, as a new version with a history line by
     * {@code operatorName}, so open cards reload rather than save the old name back. Returns how many cases.
     */
    int renameStatusOnCases(String from, String to, String operatorName, Instant at);
}
