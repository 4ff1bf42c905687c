package org.griddesk.core.applicants;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Valid, realistic-looking identifiers for demo data and tests; the same generator seed gives the same
 * values. Pass a {@code new java.util.Random(seed)} or any other {@link RandomGenerator}.
 */
public final class ValidIdentifiers {
    private static final String[] KPP_REASONS = {"01", "01", "01", "43", "45", "50", "AA", "AB"};

    private ValidIdentifiers() {
    }

    /** Above 001-001-998, so the control number is really exercised. */
    public static Snils snils(RandomGenerator random) {
        String number = String.format(Locale.ROOT, "%09d", random.nextInt(1_001_999, 1_000_000_000));
        return new Snils(number + String.format(Locale.ROOT, "%02d", Snils.control(number)));
    }

    public static Inn inn10(RandomGenerator random) {
        String digits = region(random) + digits(random, 7);
        return new Inn(digits + Inn.controlDigit(digits, 9));
    }

    public static Inn inn12(RandomGenerator random) {
        String digits = region(random) + digits(random, 8);
        digits += Inn.controlDigit(digits, 10);
        return new Inn(digits + Inn.controlDigit(digits, 11));
    }

    /** Starts with 1 or 5 (the marks of a legal entity's registration record). */
    public static Ogrn ogrn(RandomGenerator random) {
        String digits = (random.nextBoolean() ? "1" : "5") + year(random) + region(random) + digits(random, 7);
        return new Ogrn(digits + Ogrn.controlDigit(digits));
    }

    /** Starts with 3 (the mark of a sole proprietor's registration record). */
    public static Ogrnip ogrnip(RandomGenerator random) {
        String digits = "3" + year(random) + region(random) + digits(random, 9);
        return new Ogrnip(digits + Ogrnip.controlDigit(digits));
    }

    public static Kpp kpp(RandomGenerator random) {
        return new Kpp(region(random) + digits(random, 2) + KPP_REASONS[random.nextInt(KPP_REASONS.length)]
                + "001");
    }

    /** A mobile number: +79 and nine more digits. */
    public static PhoneNumber phone(RandomGenerator random) {
        return new PhoneNumber("+79" + digits(random, 9));
    }

    private static String region(RandomGenerator random) {
        return String.format(Locale.ROOT, "%02d", random.nextInt(1, 100));
    }

    private static String year(RandomGenerator random) {
        return String.format(Locale.ROOT, "%02d", random.nextInt(2, 26));
    }

    private static String digits(RandomGenerator random, int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        return text.toString();
    }
}
