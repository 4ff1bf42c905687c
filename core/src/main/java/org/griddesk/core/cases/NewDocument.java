package org.griddesk.core.cases;

/** What a clerk fills in under "Добавить документ"; the bytes come as a stream alongside. */
public record NewDocument(String documentName, String fileName, long declaredSize, String comment,
                          boolean requiresTwoSidedSignature) {
}
