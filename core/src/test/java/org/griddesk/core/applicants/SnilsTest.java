package org.griddesk.core.applicants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SnilsTest {

    @ParameterizedTest
    @CsvSource({
            "112-233-445 95, 11223344595",
            "112-233-445-95, 11223344595",
            "11223344595, 11223344595",
            "'  112-233-445 95 ', 11223344595",
            "049-114-804-49, 04911480449",      // seed 002, the registered individual
            "100-356-355 00, 10035635500",      // sum 100 gives 00
            "100-079-190 00, 10007919000",      // sum 101 gives 00
            "106-897-449 00, 10689744900",      // sum 201: mod 101 is 100, gives 00
            "105-978-845 00, 10597884500",      // sum 202: mod 101 is 0
            "100-958-199 49, 10095819949",      // sum 150: mod 101 is 49
            "100-427-626 99, 10042762699",      // sum 99 is the control number itself
            "001-001-999 65, 00100199965",      // first number that is checked
            "001-001-998 00, 00100199800",      // up to 001-001-998 there is no control number
            "001-001-998 37, 00100199837",
            "000-000-001 99, 00000000199",
    })
    void acceptsValidNumbersInEveryWrittenForm(String text, String digits) {
        Snils snils = Snils.parse(text);
        assertThat(snils.value()).isEqualTo(digits);
        assertThat(Snils.parse(snils.formatted())).isEqualTo(snils);
        assertThat(new Snils(digits)).isEqualTo(snils);
    }

    @Test
    void formatsAsThePortalShowsIt() {
        assertThat(Snils.parse("04911480449").formatted()).isEqualTo("049-114-804 49");
    }

    @ParameterizedTest
    @ValueSource(strings = {"112-233-445 95", "049-114-804 49", "100-356-355 00", "106-897-449 00", "001-001-999 65"})
    void rejectsEveryOtherControlNumber(String valid) {
        String nine = Snils.parse(valid).value().substring(0, 9);
        long accepted = IntStream.range(0, 100)
                .mapToObj(control -> nine + String.format("%02d", control))
                .filter(SnilsTest::isAccepted)
                .count();
        assertThat(accepted).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"112-233-445 96", "112-233-445 59", "111-111-111-11", "999-999-999 99", "100-356-355 01"})
    void rejectsAWrongControlNumber(String text) {
        assertThatThrownBy(() -> Snils.parse(text))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("Неверное контрольное число СНИЛС");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1122334459", "112233445951", "112-233-445 9", "112-233-4459 5", "112 233 445 95",
            "112-233-445  95", "112.233.445 95", "112-233-445_95", "11223344a95", "СНИЛС", "bad",
            "１１２２３３４４５９５", "112-233-445 95 1", "-112-233-445 95"})
    void rejectsWrongLengthsLettersAndSeparators(String text) {
        assertThatThrownBy(() -> Snils.parse(text))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("11 цифр");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void rejectsAnEmptyValue(String text) {
        assertThatThrownBy(() -> Snils.parse(text))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("Не указан СНИЛС");
    }

    @Test
    void theConstructorValidatesToo() {
        assertThatThrownBy(() -> new Snils("bad")).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> new Snils("11223344596")).isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean isAccepted(String text) {
        try {
            Snils.parse(text);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }
}
