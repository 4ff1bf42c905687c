package org.griddesk.core.cases;

/** Bytes kept by the document store: where, how many, and their SHA-256 (hex). */
public record StoredContent(long contentId, long size, String sha256) {
}
