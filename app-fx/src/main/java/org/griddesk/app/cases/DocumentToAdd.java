package org.griddesk.app.cases;

import java.nio.file.Path;

/** What the "Добавить документ" dialog collected. */
public record DocumentToAdd(Path file, String documentName, String comment, boolean requiresTwoSidedSignature) {
}
