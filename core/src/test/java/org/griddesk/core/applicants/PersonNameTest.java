package org.griddesk.core.applicants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.griddesk.core.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

    @ParameterizedTest
    @CsvSource({
            "Туксин, Туксин",
            "'  Артем ', Артем",
            "Александрович, Александрович",
            "Ёлкин, Ёлкин",
            "Салтыков-Щедрин, Салтыков-Щедрин",
            "Мамин—Сибиряк, Мамин—Сибиряк",
            "Smith, Smith",
            "ЯЩЕНКО, ЯЩЕНКО",
    })
    void acceptsRussianAndLatinLettersWithHyphenAndDash(String value, String expected) {
        assertThat(PersonName.requireNamePart(value, "Фамилия", true)).isEqualTo(expected);
    }

    @Test
    void allowsExactlyFiftyCharacters() {
        String fifty = "Я".repeat(50);
        assertThat(PersonName.requireNamePart(fifty, "Имя", true)).isEqualTo(fifty);
        assertThatThrownBy(() -> PersonName.requireNamePart(fifty + "я", "Имя", true))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Поле «Имя» должно содержать не более 50 символов");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Туксин1", "Tuk$in", "Д'Артаньян", "Мамед оглы", "Иванов.", "Иванов_", "İvanov",
            "Ivanov–Petrov", "Şahin"})
    void rejectsOtherCharacters(String value) {
        assertThatThrownBy(() -> PersonName.requireNamePart(value, "Отчество", false))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Поле «Отчество» может содержать только русские или латинские буквы, дефис «-» и тире «—»");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "—", "--"})
    void rejectsAPartWithoutLetters(String value) {
        assertThatThrownBy(() -> PersonName.requireNamePart(value, "Имя", true))
                .hasMessage("Поле «Имя» должно содержать буквы");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aRequiredPartMustBeFilledAnOptionalOneMayBeEmpty(String value) {
        assertThatThrownBy(() -> PersonName.requireNamePart(value, "Фамилия контактного лица", true))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Заполните поле «Фамилия контактного лица»");
        assertThat(PersonName.requireNamePart(value, "Отчество", false)).isEmpty();
    }
}
