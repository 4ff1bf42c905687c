package org.griddesk.core.applicants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"+79617005673", "89617005673", "79617005673", "9617005673", "+7 (961) 700-56-73",
            "+7-961-700-56-73", "8 (961) 700 56 73", "8-961-700-56-73", "+7 961 700 56 73", "  +7(961)7005673 ",
            "(961) 700-56-73"})
    void acceptsTheWrittenForms(String text) {
        PhoneNumber phone = PhoneNumber.parse(text);
        assertThat(phone.value()).isEqualTo("+79617005673");
        assertThat(phone.formatted()).isEqualTo("+7-961-700-56-73");
        assertThat(PhoneNumber.parse(phone.formatted())).isEqualTo(phone);
        assertThat(new PhoneNumber(phone.value())).isEqualTo(phone);
    }

    @Test
    void keepsLandlineAndFreephoneNumbers() {
        assertThat(PhoneNumber.parse("8 (800) 775-62-62").formatted()).isEqualTo("+7-800-775-62-62");
        assertThat(PhoneNumber.parse("+7 (495) 123-45-67").value()).isEqualTo("+74951234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+89617005673", "+9617005673", "+19617005673", "961700567", "+7961700567",
            "+796170056733", "896170056733", "69617005673", "+7 961 700-56-7a", "+7.961.700.56.73",
            "+7/961/700/56/73", "7+9617005673", "++79617005673", "+7 961 700 56 73 доб. 1", "телефон",
            "+７９６１７００５６７３"})
    void rejectsEverythingElse(String text) {
        assertThatThrownBy(() -> PhoneNumber.parse(text))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("Номер телефона должен состоять из +7 и 10 цифр, например +7-961-700-56-73");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void rejectsAnEmptyValue(String text) {
        assertThatThrownBy(() -> new PhoneNumber(text)).hasMessage("Не указан номер телефона");
    }

    @org.junit.jupiter.api.Test
    void screensShowOneFormatAndLeaveWhatIsNoPhoneAsTyped() {
        assertThat(PhoneNumber.displayed("8 961 700-56-73")).isEqualTo("+7 (961) 700-56-73");
        assertThat(PhoneNumber.displayed("+79617005673")).isEqualTo("+7 (961) 700-56-73");
        assertThat(PhoneNumber.displayed("12-34")).isEqualTo("12-34");
    }
}
