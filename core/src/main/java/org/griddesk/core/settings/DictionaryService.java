package org.griddesk.core.settings;

import org.griddesk.core.access.AccessControl;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.griddesk.core.audit.AuditTrail;
import org.griddesk.core.cases.StatusCount;
import org.griddesk.core.cases.CaseDictionaries;
import org.griddesk.core.cases.RegistrationNumbers;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.common.PlainText;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.common.ValidationException;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Permission;

/**
 * The administrator's dictionaries: case statuses and document names. Every change is one transaction with its
 * audit record and returns the dictionary as it now is. Clerks read only the active entries, without a permission.
 */
public class DictionaryService implements CaseDictionaries {
    static final String STALE = "Справочник уже изменён другим администратором. Показаны актуальные данные — "
            + "проверьте их и повторите изменение.";

    private final DictionaryRepository dictionaries;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock;
    private final AccessControl access;

    public DictionaryService(DictionaryRepository dictionaries, AuditTrail audit, Transactions transactions, Clock clock, AccessControl access) {
        this.access = access;
        this.dictionaries = dictionaries;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public List<DictionaryEntry> entries(Operator actor, Dictionary dictionary) {
        access.require(actor, Permission.MANAGE_OPERATORS);
        return dictionaries.entries(dictionary);
    }

    /** What "Добавить документ" offers, in the administrator's order. */
    /** The extensions documents may have: what {@code CaseService} checks every added file against. */
    @Override
    public List<String> documentFormats() {
        return active(Dictionary.DOCUMENT_FORMATS);
    }

    @Override
    public List<String> numberSymbols() {
        return active(Dictionary.NUMBER_SYMBOLS);
    }

    private List<String> active(Dictionary dictionary) {
        return dictionaries.entries(dictionary).stream().filter(DictionaryEntry::active).map(DictionaryEntry::name).toList();
    }

    public List<String> activeDocumentNames() {
        return active(Dictionary.DOCUMENT_NAMES);
    }

    /** The stages a contract's execution may be in, in the administrator's order. */
    public List<String> contractStages() {
        return active(Dictionary.CONTRACT_STAGES);
    }

    public List<StatusCount> freeTextStatuses(Operator actor) {
        access.require(actor, Permission.MANAGE_OPERATORS);
        return dictionaries.freeTextStatuses();
    }

    public List<DictionaryEntry> add(Operator actor, Dictionary dictionary, String name) {
        access.require(actor, Permission.MANAGE_OPERATORS);
        String wanted = requireName(dictionary, name);
        return change(dictionary, () -> {
            refuseDuplicate(dictionary, wanted, null);
            if (!dictionaries.add(dictionary, wanted)) {
                throw duplicate(dictionary, wanted);
            }
            audit.record(actor, "Добавление в справочник", subject(dictionary), null, wanted);
        });
    }

    /** A renamed status follows onto the cases that carry it, each with a line in its history. */
    public List<DictionaryEntry> rename(Operator actor, Dictionary dictionary, DictionaryEntry seen, String newName) {
        access.require(actor, Permission.MANAGE_OPERATORS);
        String wanted = requireName(dictionary, newName);
        if (wanted.equals(seen.name())) {
            return dictionaries.entries(dictionary);
        }
        return change(dictionary, () -> {
            refuseDuplicate(dictionary, wanted, seen.name());
            if (!dictionaries.rename(dictionary, seen, wanted)) {
                throw new ConcurrentChangeException(STALE);
            }
            String after = wanted;
            if (dictionary == Dictionary.CASE_STATUSES) {
                int moved = dictionaries.renameStatusOnCases(seen.name(), wanted, actor.fullName(), clock.instant());
                after = wanted + " (обращений с этим статусом: " + moved + ")";
            }
            audit.record(actor, "Переименование в справочнике", subject(dictionary), seen.name(), after);
        });
    }

    /** Retired entries are no longer offered to clerks; cases and documents that carry them keep them. */
    public List<DictionaryEntry> retire(Operator actor, Dictionary dictionary, DictionaryEntry seen) {
        return setActive(actor, dictionary, seen, false);
    }

    public List<DictionaryEntry> restore(Operator actor, Dictionary dictionary, DictionaryEntry seen) {
        return setActive(actor, dictionary, seen, true);
    }

    /**
     * {@code names}: every entry the administrator saw, in the new order. A list that no longer matches the stored
     * entries means someone else changed the dictionary meanwhile.
     */
    public List<DictionaryEntry> reorder(Operator actor, Dictionary dictionary, List<String> names) {
        access.require(actor, Permission.MANAGE_OPERATORS);
        return change(dictionary, () -> {
            List<String> current = dictionaries.entries(dictionary).stream().map(DictionaryEntry::name).toList();
            if (current.size() != names.size() || !new HashSet<>(current).equals(new HashSet<>(names))) {
                throw new ConcurrentChangeException(STALE);
            }
            if (current.equals(names)) {
                return;
            }
            dictionaries.reorder(dictionary, names);
            audit.record(actor, "Изменение порядка справочника", subject(dictionary),
                    AuditTexts.clip(String.join("; ", current)), AuditTexts.clip(String.join("; ", names)));
        });
    }

    /** Takes a status clerks typed on cases into the dictionary, so that it is offered from now on. */
    public List<DictionaryEntry> promote(Operator actor, String freeTextStatus) {
        access.require(actor, Permission.MANAGE_OPERATORS);
        Dictionary dictionary = Dictionary.CASE_STATUSES;
        return change(dictionary, () -> {
            boolean onCases = dictionaries.freeTextStatuses().stream()
                    .anyMatch(status -> status.status().equals(freeTextStatus));
            if (!onCases) {
                throw new ConcurrentChangeException("Статус «" + freeTextStatus + "» уже есть в справочнике или больше "
                        + "не встречается в обращениях. Показаны актуальные данные.");
            }
            String name = requireName(dictionary, freeTextStatus);
            refuseDuplicate(dictionary, name, null);
            if (!dictionaries.add(dictionary, name)) {
                throw duplicate(dictionary, name);
            }
            audit.record(actor, "Перенос введённого статуса в справочник", subject(dictionary), null, name);
        });
    }

    private List<DictionaryEntry> setActive(Operator actor, Dictionary dictionary, DictionaryEntry seen, boolean active) {
        access.require(actor, Permission.MANAGE_OPERATORS);
        if (seen.active() == active) {
            return dictionaries.entries(dictionary);
        }
        return change(dictionary, () -> {
            if (!dictionaries.setActive(dictionary, seen, active)) {
                throw new ConcurrentChangeException(STALE);
            }
            audit.record(actor, active ? "Возврат в употребление" : "Вывод из употребления", subject(dictionary),
                    seen.name(), null);
        });
    }

    private List<DictionaryEntry> change(Dictionary dictionary, Runnable work) {
        Supplier<List<DictionaryEntry>> inTransaction = () -> {
            work.run();
            return dictionaries.entries(dictionary);
        };
        return transactions.inTransaction(inTransaction);
    }

    /** Names differing only in letter case would look like duplicates to clerks. */
    /** Entries that differ only in letter case or spaces are the same entry to a clerk choosing from the list. */
    private void refuseDuplicate(Dictionary dictionary, String name, String except) {
        String key = key(name);
        boolean taken = dictionaries.entries(dictionary).stream()
                .map(DictionaryEntry::name)
                .filter(existing -> !existing.equals(except))
                .anyMatch(existing -> key(existing).equals(key));
        if (taken) {
            throw duplicate(dictionary, name);
        }
    }

    private static ValidationException duplicate(Dictionary dictionary, String name) {
        return new ValidationException("В справочнике «" + dictionary.title() + "» уже есть "
                + dictionary.entryTitle() + " «" + name + "»");
    }

    private static String key(String name) {
        return name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static String requireName(Dictionary dictionary, String name) {
        String trimmed = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (trimmed.isEmpty()) {
            throw new ValidationException("Введите " + dictionary.entryTitle());
        }
        PlainText.refuseHidden(trimmed, null);
        if (dictionary == Dictionary.DOCUMENT_FORMATS) {
            String extension = trimmed.replaceFirst("^\\.", "").toLowerCase(Locale.ROOT);
            if (!extension.matches("[a-z0-9]{1,10}")) {
                throw new ValidationException("Расширение файла — латинские буквы и цифры без точки, например pdf");
            }
            return extension;
        }
        if (dictionary == Dictionary.NUMBER_SYMBOLS && (Character.isLetterOrDigit(trimmed.codePointAt(0))
                || RegistrationNumbers.FORBIDDEN_SYMBOLS.contains(trimmed))) {
            throw new ValidationException("Укажите один знак, кроме букв, цифр и " + RegistrationNumbers.FORBIDDEN_SYMBOLS
                    + " — например, «_» или «№»");
        }
        if (trimmed.length() > dictionary.maxLength()) {
            throw new ValidationException("Слишком длинный " + (dictionary == Dictionary.CASE_STATUSES ? "статус" : "текст")
                    + ": не более " + dictionary.maxLength() + " символов");
        }
        return trimmed;
    }

    private static String subject(Dictionary dictionary) {
        return "Справочник «" + dictionary.title() + "»";
    }
}
