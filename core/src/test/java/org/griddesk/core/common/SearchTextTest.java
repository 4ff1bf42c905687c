package org.griddesk.core.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {
    @Test
    void yoAndYeAreOneLetterInBothCases() {
        assertThat(SearchText.normalize("Королёва ЁЛКИНА")).isEqualTo("королева елкина");
        assertThat(SearchText.normalize("королева")).isEqualTo(SearchText.normalize("Королёва"));
    }

    @Test
    void aQueryIsItsWordsInAnyOrder() {
        assertThat(SearchText.words("  Ксения\tКоролёва  ксения ")).containsExactly("ксения", "королева");
        assertThat(SearchText.words(" ")).isEmpty();
        assertThat(SearchText.words(null)).isEmpty();
    }
}
