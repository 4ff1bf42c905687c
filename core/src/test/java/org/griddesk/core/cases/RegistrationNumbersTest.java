package org.griddesk.core.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.griddesk.core.common.ValidationException;
import org.junit.jupiter.api.Test;

/** Registration numbers are plain text of letters, digits and the symbols the administrator allows. */
class RegistrationNumbersTest {

    @Test
    void theDefaultAllowsLettersDigitsDashSlashAndDot() {
        assertThat(RegistrationNumbers.normalise(" ТП-1563/26.1 ", RegistrationNumbers.DEFAULT_SYMBOLS)).isEqualTo("ТП-1563/26.1");
        assertThat(RegistrationNumbers.normalise("  ", RegistrationNumbers.DEFAULT_SYMBOLS)).isNull();
        assertThatThrownBy(() -> RegistrationNumbers.normalise("ТП_1563", RegistrationNumbers.DEFAULT_SYMBOLS))
                .isInstanceOf(ValidationException.class).hasMessageContaining("«-» «/» «.»");
    }

    @Test
    void anAddedSymbolIsAllowedButMarkupNeverIs() {
        List<String> withUnderscore = List.of("-", "_", "№", "<", "\"");
        assertThat(RegistrationNumbers.normalise("ТП_1563№2", withUnderscore)).isEqualTo("ТП_1563№2");
        assertThatThrownBy(() -> RegistrationNumbers.normalise("<b>1</b>", withUnderscore)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> RegistrationNumbers.normalise("1\"2", withUnderscore)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> RegistrationNumbers.normalise("1 2", withUnderscore)).as("no spaces").isInstanceOf(ValidationException.class);
    }
}
