package org.griddesk.core.common;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How search boxes compare text: case-insensitive, «ё» and «е» as one letter (clerks and portals write both), and
 * a query's words found anywhere in any order («Ксения Королёва» finds «Королева Ксения Андреевна»).
 */
public final class SearchText {
    private SearchText() {
    }

    /** The stored and the typed form alike: lower case, «ё» as «е». */
    public static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** The words of a query, normalised; each must occur in what it finds. Empty for a blank query. */
    public static List<String> words(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return Arrays.stream(normalize(query.strip()).split("\\s+")).distinct().toList();
    }
}
