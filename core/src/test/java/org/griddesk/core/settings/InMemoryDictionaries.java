package org.griddesk.core.settings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.griddesk.core.cases.StatusCount;

/** Dictionaries in memory, with the statuses the cases carry (name → number of cases). */
public final class InMemoryDictionaries implements DictionaryRepository {
    private final Map<Dictionary, List<DictionaryEntry>> entries = new EnumMap<>(Dictionary.class);
    final Map<String, Integer> caseStatuses = new LinkedHashMap<>();
    final List<String> caseHistory = new ArrayList<>();

    public InMemoryDictionaries() {
        for (Dictionary dictionary : Dictionary.values()) {
            entries.put(dictionary, new ArrayList<>());
        }
    }

    @Override
    public List<DictionaryEntry> entries(Dictionary dictionary) {
        return entries.get(dictionary).stream()
                .sorted(Comparator.comparingInt(DictionaryEntry::position).thenComparing(DictionaryEntry::name)).toList();
    }

    @Override
    public boolean add(Dictionary dictionary, String name) {
        List<DictionaryEntry> list = entries.get(dictionary);
        if (list.stream().anyMatch(entry -> entry.name().equals(name))) {
            return false;
        }
        int last = list.stream().mapToInt(DictionaryEntry::position).max().orElse(0);
        list.add(new DictionaryEntry(name, last + 1, true));
        return true;
    }

    @Override
    public boolean rename(Dictionary dictionary, DictionaryEntry seen, String newName) {
        return replace(dictionary, seen, new DictionaryEntry(newName, 0, seen.active()));
    }

    @Override
    public boolean setActive(Dictionary dictionary, DictionaryEntry seen, boolean active) {
        return replace(dictionary, seen, new DictionaryEntry(seen.name(), 0, active));
    }

    /** Keeps the stored position; matches on name and state, as the database does. */
    private boolean replace(Dictionary dictionary, DictionaryEntry seen, DictionaryEntry changed) {
        List<DictionaryEntry> list = entries.get(dictionary);
        for (int i = 0; i < list.size(); i++) {
            DictionaryEntry stored = list.get(i);
            if (stored.name().equals(seen.name()) && stored.active() == seen.active()) {
                list.set(i, new DictionaryEntry(changed.name(), stored.position(), changed.active()));
                return true;
            }
        }
        return false;
    }

    @Override
    public void reorder(Dictionary dictionary, List<String> names) {
        List<DictionaryEntry> list = entries.get(dictionary);
        list.replaceAll(entry -> new DictionaryEntry(entry.name(), names.indexOf(entry.name()) + 1, entry.active()));
    }

    @Override
    public List<StatusCount> freeTextStatuses() {
        List<String> known = entries.get(Dictionary.CASE_STATUSES).stream().map(DictionaryEntry::name).toList();
        return caseStatuses.entrySet().stream().filter(status -> !known.contains(status.getKey()))
                .map(status -> new StatusCount(status.getKey(), status.getValue())).toList();
    }

    @Override
    public int renameStatusOnCases(String from, String to, String operatorName, Instant at) {
        Integer moved = caseStatuses.remove(from);
        if (moved == null) {
            return 0;
        }
        caseStatuses.merge(to, moved, Integer::sum);
        caseHistory.add(operatorName + ": " + from + " → " + to);
        return moved;
    }
}
