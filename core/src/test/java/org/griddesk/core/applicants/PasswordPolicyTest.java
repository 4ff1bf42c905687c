package org.griddesk.core.applicants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {
    private static final String LENGTH = "Пароль должен содержать не менее 6 знаков";
    private static final String UPPER = "Пароль должен содержать латинские заглавные буквы";
    private static final String LOWER = "Пароль должен содержать латинские строчные буквы";
    private static final String DIGIT = "Пароль должен содержать цифры";
    private static final String SPECIAL = "Пароль должен содержать знаки, отличающиеся от букв и цифр (например, !, $, #, %)";

    @ParameterizedTest
    @ValueSource(strings = {"Clerk-2026!", "Admin-2026!", "Aa1!aa", "Nov-2026!a", "zZ9$zz", "P@ssw0rd", "Пароль1aA#",
            "Aa1 aa%", "Aa1№aa"})
    void acceptsPasswordsThatFollowTheSeedRule(String candidate) {
        assertThat(PasswordPolicy.problems(candidate)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Aa1!a      | " + LENGTH,
            "aa1!aa     | " + UPPER,
            "AA1!AA     | " + LOWER,
            "Aaa!aa     | " + DIGIT,
            "Aa1aaa     | " + SPECIAL,
            "'Aa1 aaa'  | " + SPECIAL,
            "Пароль1!a  | " + UPPER,
            "ПАРОЛЬ1!A  | " + LOWER,
    })
    void namesTheOneMissingRequirement(String candidate, String problem) {
        assertThat(PasswordPolicy.problems(candidate)).containsExactly(problem);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void anEmptyPasswordLacksEverything(String candidate) {
        assertThat(PasswordPolicy.problems(candidate)).containsExactly(LENGTH, UPPER, LOWER, DIGIT, SPECIAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "password", "12345678", "        "})
    void weakPasswordsHaveSeveralProblems(String candidate) {
        assertThat(PasswordPolicy.problems(candidate)).hasSizeGreaterThan(1);
    }
}
