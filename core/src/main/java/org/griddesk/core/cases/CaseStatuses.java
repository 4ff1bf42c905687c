package org.griddesk.core.cases;

import java.util.List;

/** The status every sent case starts with, and the dictionary the organisation starts with (DESIGN.md). */
public final class CaseStatuses {
    public static final String INITIAL = "Ожидание ответа электросетевой";
    public static final List<String> SEEDED = List.of(
            INITIAL,
            "Заявка на рассмотрении сетевой организацией",
            "Запрос отсутствующих документов или сведений",
            "Подготовка оферты договора",
            "Исполнение договора ТП");
    public static final int MAX_LENGTH = 200;

    private CaseStatuses() {
    }
}
