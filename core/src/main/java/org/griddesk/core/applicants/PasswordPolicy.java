package org.griddesk.core.applicants;

import java.util.ArrayList;
import java.util.List;

/**
 * The portal's password rule (seed 001): at least 6 characters, Latin capital and small letters,
 * digits and characters other than letters and digits (for example !, $, #, %).
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 6;

    private PasswordPolicy() {
    }

    /** What the candidate lacks, in Russian, one line per problem; empty when the password is acceptable. */
    public static List<String> problems(String candidate) {
        return problems(candidate, MIN_LENGTH);
    }

    /** The same character classes with a longer minimum: staff accounts need {@code minLength} characters. */
    public static List<String> problems(String candidate, int minLength) {
        String text = candidate == null ? "" : candidate;
        List<String> problems = new ArrayList<>();
        if (text.codePointCount(0, text.length()) < minLength) {
            problems.add("Пароль должен содержать не менее " + minLength + " знаков");
        }
        if (text.chars().noneMatch(c -> c >= 'A' && c <= 'Z')) {
            problems.add("Пароль должен содержать латинские заглавные буквы");
        }
        if (text.chars().noneMatch(c -> c >= 'a' && c <= 'z')) {
            problems.add("Пароль должен содержать латинские строчные буквы");
        }
        if (text.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            problems.add("Пароль должен содержать цифры");
        }
        if (text.codePoints().noneMatch(PasswordPolicy::isSpecial)) {
            problems.add("Пароль должен содержать знаки, отличающиеся от букв и цифр (например, !, $, #, %)");
        }
        return List.copyOf(problems);
    }

    private static boolean isSpecial(int c) {
        return !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && !Character.isISOControl(c);
    }
}
