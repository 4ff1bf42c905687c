package org.griddesk.core.cases;

import java.util.List;
import java.util.stream.Stream;

/** The status every sent case starts with, and the dictionary the organisation starts with (DESIGN.md). */
public final class CaseStatuses {
    public static final String INITIAL = "Ожидание ответа электросетевой";
    public static final List<String> SEEDED = List.of(
            INITIAL,
            "Заявка на рассмотрении сетевой организацией",
            "Запрос отсутствующих документов или сведений",
            "Подготовка оферты договора",
            "Исполнение договора ТП");
    /** A case whose contract is executed (ContractService): no longer worked, still found and reported. */
    public static final String COMPLETED = "Исполнен";
    /** Every status the dictionary starts with: the working ones, then the closing one. */
    public static final List<String> DICTIONARY = Stream.concat(SEEDED.stream(), Stream.of(COMPLETED)).toList();
    public static final int MAX_LENGTH = 200;

    private CaseStatuses() {
    }
}
