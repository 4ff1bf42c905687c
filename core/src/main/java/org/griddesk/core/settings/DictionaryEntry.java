package org.griddesk.core.settings;

/** One entry of a dictionary; a retired one ({@code active} false) is no longer offered but stays on old records. */
public record DictionaryEntry(String name, int position, boolean active) {
}
