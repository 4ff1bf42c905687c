package org.griddesk.core.readings;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadingValuesTest {
    @Test
    void aCommaOrAPointAndSpacesAreAccepted() {
        assertThat(ReadingValues.parse(" 12 345,6 ")).isEqualByComparingTo("12345.6");
        assertThat(ReadingValues.parse("12345.67")).isEqualByComparingTo("12345.67");
    }

    @Test
    void wordsNegativesAndThreeDecimalsAreRefusedInRussian() {
        assertThatThrownBy(() -> ReadingValues.parse("")).hasMessage("Введите показание");
        assertThatThrownBy(() -> ReadingValues.parse("-5")).hasMessageStartingWith("Показание вводится числом");
        assertThatThrownBy(() -> ReadingValues.parse("12,345")).hasMessageStartingWith("Показание вводится числом");
        assertThatThrownBy(() -> ReadingValues.parse("двенадцать")).hasMessageStartingWith("Показание вводится числом");
    }
}
