package org.griddesk.core.applicants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** OGRN (13 digits) and OGRNIP (15 digits) share the rule: leading digits mod 11 or 13, then mod 10. */
class OgrnTest {

    @ParameterizedTest
    @ValueSource(strings = {"1027700132195", "1027700070518", "1027700229193", "1027739609391"})
    void acceptsValidOgrn(String text) {
        assertThat(Ogrn.parse(text).value()).isEqualTo(text);
        assertThat(Ogrn.parse(" " + text + "\t")).isEqualTo(new Ogrn(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"304500116000157", "318420500015205"})
    void acceptsValidOgrnip(String text) {
        assertThat(Ogrnip.parse(text).value()).isEqualTo(text);
        assertThat(Ogrnip.parse(" " + text + " ")).isEqualTo(new Ogrnip(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1027700132195", "1027700070518", "1027700229193", "1027739609391"})
    void rejectsEveryOtherOgrnControlDigit(String valid) {
        String twelve = valid.substring(0, 12);
        assertThat(IntStream.range(0, 10).filter(d -> accepted(() -> Ogrn.parse(twelve + d))).boxed())
                .containsExactly(valid.charAt(12) - '0');
    }

    @ParameterizedTest
    @ValueSource(strings = {"304500116000157", "318420500015205"})
    void rejectsEveryOtherOgrnipControlDigit(String valid) {
        String fourteen = valid.substring(0, 14);
        assertThat(IntStream.range(0, 10).filter(d -> accepted(() -> Ogrnip.parse(fourteen + d))).boxed())
                .containsExactly(valid.charAt(14) - '0');
    }

    @Test
    void aRemainderOfTenOrMoreKeepsOnlyItsLastDigit() {
        String twelve = firstWithRemainder("1027700%05d", 11, 10);
        assertThat(Ogrn.parse(twelve + "0").value()).isEqualTo(twelve + "0");
        assertThatThrownBy(() -> Ogrn.parse(twelve + "1")).isInstanceOf(InvalidIdentifierException.class);
        String fourteen = firstWithRemainder("30450011600%03d", 13, 12);
        assertThat(Ogrnip.parse(fourteen + "2").value()).isEqualTo(fourteen + "2");
        assertThatThrownBy(() -> Ogrnip.parse(fourteen + "1")).isInstanceOf(InvalidIdentifierException.class);
    }

    private static String firstWithRemainder(String pattern, int divisor, int remainder) {
        return IntStream.range(0, 1000).mapToObj(i -> String.format(pattern, i))
                .filter(t -> new BigInteger(t).mod(BigInteger.valueOf(divisor)).intValue() == remainder)
                .findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"102770013219", "10277001321950", "1", "304500116000157"})
    void rejectsOgrnOfWrongLength(String text) {
        assertThatThrownBy(() -> Ogrn.parse(text))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("ОГРН должен содержать 13 цифр, а введено цифр: " + text.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"30450011600015", "3045001160001570", "1027700132195"})
    void rejectsOgrnipOfWrongLength(String text) {
        assertThatThrownBy(() -> Ogrnip.parse(text))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("ОГРНИП должен содержать 15 цифр, а введено цифр: " + text.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"102770013219O", "1027700-132195", "1027700 132195", "ОГРН1027700132195", "-102770013219"})
    void rejectsOgrnWithOtherCharacters(String text) {
        assertThatThrownBy(() -> Ogrn.parse(text)).hasMessage("ОГРН может содержать только цифры");
    }

    @ParameterizedTest
    @ValueSource(strings = {"30450011600015l", "304-500-116-000-157", "304500116000157.", "З04500116000157"})
    void rejectsOgrnipWithOtherCharacters(String text) {
        assertThatThrownBy(() -> Ogrnip.parse(text)).hasMessage("ОГРНИП может содержать только цифры");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1027700132194", "1027700132190"})
    void rejectsAWrongOgrnControlDigit(String text) {
        assertThatThrownBy(() -> Ogrn.parse(text)).hasMessageStartingWith("Неверное контрольное число ОГРН:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"304500116000158", "318420500015204"})
    void rejectsAWrongOgrnipControlDigit(String text) {
        assertThatThrownBy(() -> Ogrnip.parse(text)).hasMessageStartingWith("Неверное контрольное число ОГРНИП");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void rejectsAnEmptyValue(String text) {
        assertThatThrownBy(() -> Ogrn.parse(text)).hasMessage("Не указан ОГРН");
        assertThatThrownBy(() -> new Ogrnip(text)).hasMessage("Не указан ОГРНИП");
    }

    private static boolean accepted(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }
}
