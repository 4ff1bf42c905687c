package org.griddesk.core.accounts;

import org.griddesk.core.common.ValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountQueryTest {
    @Test
    void tooShortAQueryIsRefusedInRussian() {
        assertThatThrownBy(() -> new AccountQuery(" ab ", 10)).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("Введите не меньше 3 символов");
    }

    @Test
    void aNumberOrAPhoneIsDigitsOnly() {
        assertThat(new AccountQuery("+7 (912) 345-67-89", 10).digitsOnly()).isTrue();
        assertThat(new AccountQuery("+7 (912) 345-67-89", 10).digits()).isEqualTo("79123456789");
        assertThat(new AccountQuery("Ленина 5", 10).digitsOnly()).isFalse();
    }
}
