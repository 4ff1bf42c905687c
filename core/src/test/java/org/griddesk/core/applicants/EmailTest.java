package org.griddesk.core.applicants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @ParameterizedTest
    @CsvSource({
            "tuksin_artem@yandex.ru, tuksin_artem@yandex.ru",
            "tuksin.artem@yandex.ru, tuksin.artem@yandex.ru",
            "'  Tuksin.Artem@Yandex.RU ', Tuksin.Artem@yandex.ru",
            "a@b.c, a@b.c",
            "first+tag@mail.example.com, first+tag@mail.example.com",
            "info@сетевая-организация.рф, info@сетевая-организация.рф",
            "ИНФО@ПОЧТА.РФ, ИНФО@почта.рф",
    })
    void trimsAndLowerCasesTheDomainOnly(String text, String expected) {
        Email email = Email.parse(text);
        assertThat(email.value()).isEqualTo(expected);
        assertThat(new Email(email.value())).isEqualTo(email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tuksin", "@yandex.ru", "tuksin@", "tuksin@yandex", "tuksin@@yandex.ru",
            "a@b@yandex.ru", "tuksin artem@yandex.ru", "tuksin@yandex .ru", "tuksin@.yandex.ru",
            "tuksin@yandex.ru.", "tuksin@yandex..ru", "tuksin@-yandex.ru", "tuksin@yandex-.ru",
            "<tuksin@yandex.ru>", "tuksin,artem@yandex.ru", "tuksin@yandex.ru;b@c.d", "tuk\tsin@yandex.ru",
            "tuksin@[10.0.0.1]", "\"tuksin\"@yandex.ru"})
    void rejectsMalformedAddresses(String text) {
        assertThatThrownBy(() -> Email.parse(text))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("Некорректный адрес электронной почты");
    }

    @Test
    void acceptsAtMost254Characters() {
        String domain = "@" + "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(60) + ".ru";
        String longest = "x".repeat(254 - domain.length()) + domain;
        assertThat(Email.parse(longest).value()).hasSize(254);
        assertThatThrownBy(() -> Email.parse("x" + longest))
                .hasMessage("Адрес электронной почты не может быть длиннее 254 символов");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejectsAnEmptyValue(String text) {
        assertThatThrownBy(() -> Email.parse(text)).hasMessage("Не указан адрес электронной почты");
    }
}
