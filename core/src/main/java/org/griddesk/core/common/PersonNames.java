package org.griddesk.core.common;

import java.util.regex.Pattern;

/** A person's full name written short for a running text: «Иванова Мария Сергеевна» → «Иванова М. С.». */
public final class PersonNames {
    // Two or three capitalised words (a hyphenated surname counts as one): anything else — an organisation,
    // a name with quotes or digits — is not a person's full name and is left as it is.
    private static final Pattern FULL_NAME = Pattern.compile("\\p{Lu}[\\p{L}-]*( \\p{Lu}[\\p{L}-]*){1,2}");

    private PersonNames() {
    }

    public static String withInitials(String name) {
        String flat = name.strip().replaceAll("\\s+", " ");
        if (!FULL_NAME.matcher(flat).matches()) {
            return flat;
        }
        String[] words = flat.split(" ");
        StringBuilder shortName = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            shortName.append(' ').append(words[i].charAt(0)).append('.');
        }
        return shortName.toString();
    }
}
