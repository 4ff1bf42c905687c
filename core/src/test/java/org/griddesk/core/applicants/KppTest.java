package org.griddesk.core.applicants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KppTest {

    @ParameterizedTest
    @ValueSource(strings = {"773601001", "770701001", "502401001", "7736AA001", "77360A001", "7736Z9001", "000000000"})
    void acceptsTheFnsFormat(String text) {
        assertThat(Kpp.parse(text).value()).isEqualTo(text);
        assertThat(Kpp.parse("  " + text + " ")).isEqualTo(new Kpp(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"7736aa001", "A73601001", "77360100A", "7736АА001", "7736-1001", "7736 0100",
            "7736.1001", "77360!001", "773A01001"})
    void rejectsLettersOutsideTheReasonCodeAndSmallOrCyrillicLetters(String text) {
        assertThatThrownBy(() -> Kpp.parse(text))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageStartingWith("КПП должен состоять из 4 цифр, 2 цифр или заглавных латинских букв и 3 цифр");
    }

    @ParameterizedTest
    @ValueSource(strings = {"77360100", "7736010011", "1", "7736 01 001"})
    void rejectsWrongLengths(String text) {
        assertThatThrownBy(() -> Kpp.parse(text))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("КПП должен содержать 9 символов, а введено символов: " + text.length());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void rejectsAnEmptyValue(String text) {
        assertThatThrownBy(() -> new Kpp(text)).hasMessage("Не указан КПП");
    }
}
