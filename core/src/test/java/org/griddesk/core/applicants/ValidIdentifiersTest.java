package org.griddesk.core.applicants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValidIdentifiersTest {

    static Stream<Arguments> generators() {
        return Stream.of(
                Arguments.of("SNILS", (Function<RandomGenerator, String>) r -> Snils.parse(ValidIdentifiers.snils(r).formatted()).value()),
                Arguments.of("INN-10", (Function<RandomGenerator, String>) r -> Inn.parse(ValidIdentifiers.inn10(r).value()).value()),
                Arguments.of("INN-12", (Function<RandomGenerator, String>) r -> Inn.parse(ValidIdentifiers.inn12(r).value()).value()),
                Arguments.of("OGRN", (Function<RandomGenerator, String>) r -> Ogrn.parse(ValidIdentifiers.ogrn(r).value()).value()),
                Arguments.of("OGRNIP", (Function<RandomGenerator, String>) r -> Ogrnip.parse(ValidIdentifiers.ogrnip(r).value()).value()),
                Arguments.of("KPP", (Function<RandomGenerator, String>) r -> Kpp.parse(ValidIdentifiers.kpp(r).value()).value()),
                Arguments.of("phone", (Function<RandomGenerator, String>) r -> PhoneNumber.parse(ValidIdentifiers.phone(r).formatted()).value()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generators")
    void aThousandGeneratedValuesParseBackAndRepeatForTheSameSeed(String kind, Function<RandomGenerator, String> generate) {
        Random first = new Random(2026);
        Random second = new Random(2026);
        for (int i = 0; i < 1000; i++) {
            assertThat(generate.apply(first)).isEqualTo(generate.apply(second));
        }
    }

    @Test
    void generatedValuesHaveTheExpectedShape() {
        Random random = new Random(7);
        for (int i = 0; i < 1000; i++) {
            assertThat(ValidIdentifiers.inn10(random).isLegalEntity()).isTrue();
            assertThat(ValidIdentifiers.inn12(random).isLegalEntity()).isFalse();
            assertThat(ValidIdentifiers.ogrn(random).value()).matches("[15]\\d{12}");
            assertThat(ValidIdentifiers.ogrnip(random).value()).matches("3\\d{14}");
            assertThat(ValidIdentifiers.snils(random).value()).matches("\\d{11}");
            assertThat(ValidIdentifiers.phone(random).value()).matches("\\+79\\d{9}");
        }
    }

    @Test
    void differentSeedsGiveDifferentValues() {
        assertThat(ValidIdentifiers.snils(new Random(1))).isNotEqualTo(ValidIdentifiers.snils(new Random(2)));
        assertThat(ValidIdentifiers.inn12(new Random(1))).isNotEqualTo(ValidIdentifiers.inn12(new Random(2)));
    }
}
