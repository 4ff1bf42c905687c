package org.griddesk.app.cases;

/** «Все обращения заявителя»: the queue shows what this search text finds, in front. */
public record ShowCasesEvent(String searchText) {
}
