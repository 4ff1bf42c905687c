package org.griddesk.core.applicants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InnTest {

    @ParameterizedTest
    @CsvSource({
            "7707083893, true",     // Sberbank
            "7736050003, true",     // Gazprom
            "7736207543, true",     // Yandex
            "7702070139, true",     // VTB
            "' 7707083893 ', true",
            "500100732259, false",
            "420538910787, false",  // seed 002, the registered sole proprietor
    })
    void acceptsValidNumbers(String text, boolean legalEntity) {
        Inn inn = Inn.parse(text);
        assertThat(inn.value()).isEqualTo(text.strip());
        assertThat(inn.isLegalEntity()).isEqualTo(legalEntity);
        assertThat(new Inn(inn.value())).isEqualTo(inn);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7707083893", "7736050003", "7736207543"})
    void rejectsEveryOtherControlDigitOfTenDigits(String valid) {
        String nine = valid.substring(0, 9);
        assertThat(IntStream.range(0, 10).filter(d -> accepted(nine + d)).boxed())
                .containsExactly(valid.charAt(9) - '0');
    }

    @ParameterizedTest
    @ValueSource(strings = {"500100732259", "420538910787"})
    void rejectsEveryOtherPairOfControlDigitsOfTwelveDigits(String valid) {
        String ten = valid.substring(0, 10);
        assertThat(IntStream.range(0, 100).mapToObj(d -> ten + String.format("%02d", d)).filter(InnTest::accepted))
                .containsExactly(valid);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7707083894", "7707083890", "500100732258", "500100732269", "420538910788", "1234567890",
            "123456789012"})
    void rejectsAWrongControlDigit(String text) {
        assertThatThrownBy(() -> Inn.parse(text))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("Неверное контрольное число ИНН");
    }

    @ParameterizedTest
    @ValueSource(strings = {"770708389", "77070838931", "5001007322591", "1", "7707083893500100732259"})
    void rejectsWrongLengths(String text) {
        assertThatThrownBy(() -> Inn.parse(text))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("10 цифр")
                .hasMessageContaining("12 цифр")
                .hasMessageEndingWith(String.valueOf(text.length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"77070838a3", "7707-083893", "7707 083893", "ИНН7707083893", "+707083893", "７７０７０８３８９３"})
    void rejectsAnythingButDigits(String text) {
        assertThatThrownBy(() -> Inn.parse(text))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("ИНН может содержать только цифры");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejectsAnEmptyValue(String text) {
        assertThatThrownBy(() -> Inn.parse(text)).hasMessage("Не указан ИНН");
        assertThatThrownBy(() -> new Inn(text)).isInstanceOf(InvalidIdentifierException.class);
    }

    private static boolean accepted(String text) {
        try {
            Inn.parse(text);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }
}
