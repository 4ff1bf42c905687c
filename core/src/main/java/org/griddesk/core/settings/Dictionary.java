package org.griddesk.core.settings;

import org.griddesk.core.cases.CaseStatuses;

/** The dictionaries an administrator edits; each offers its active entries to clerks, in order. */
public enum Dictionary {
    CASE_STATUSES("Статусы обращений", "статус", CaseStatuses.MAX_LENGTH),
    // timeline_item.document_name holds 255 characters.
    DOCUMENT_NAMES("Названия документов", "название документа", 255),
    /** File extensions «Добавить документ» accepts; the content must match them too (FileFormats). */
    DOCUMENT_FORMATS("Допустимые форматы файлов", "расширение файла", 10),
    /** Characters besides letters and digits allowed in registration numbers (RegistrationNumbers). */
    NUMBER_SYMBOLS("Знаки в регистрационных номерах", "знак", 1),
    /** The stages of a contract's execution a clerk chooses from (ContractService). */
    CONTRACT_STAGES("Стадии исполнения договора", "стадия", 200);

    private final String title;
    private final String entryTitle;
    private final int maxLength;

    Dictionary(String title, String entryTitle, int maxLength) {
        this.title = title;
        this.entryTitle = entryTitle;
        this.maxLength = maxLength;
    }

    public String title() {
        return title;
    }

    /** What one entry is called, in lower case: "статус", "название документа". */
    public String entryTitle() {
        return entryTitle;
    }

    public int maxLength() {
        return maxLength;
    }

    @Override
    public String toString() {
        return title;
    }
}
