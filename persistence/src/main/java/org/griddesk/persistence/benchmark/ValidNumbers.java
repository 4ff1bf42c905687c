package org.griddesk.persistence.benchmark;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * SQL expressions making identifiers with correct control digits (the rules of core's Snils, Inn, Ogrn, Ogrnip) from
 * a base number expression, so that generated applicants open in a card like real ones.
 */
final class ValidNumbers {
    private static final int[] SNILS = {9, 8, 7, 6, 5, 4, 3, 2, 1};
    private static final int[] INN_10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN_11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN_12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6};
    private static final int INN_12_LAST_WEIGHT = 8;

    private ValidNumbers() {
    }

    /** Nine digits, then the control number: weighted sum below 100 as is, else modulo 101 with 100 as 00. */
    static String snils(String nineDigits) {
        String sum = weighted(nineDigits, 9, SNILS);
        String control = "CASE WHEN " + sum + " < 100 THEN " + sum + " ELSE MOD(MOD(" + sum + ", 101), 100) END";
        return "CAST(" + nineDigits + " AS VARCHAR) || LPAD(CAST(" + control + " AS VARCHAR), 2, '0')";
    }

    static String inn10(String nineDigits) {
        return "CAST(" + nineDigits + " * 10 + MOD(MOD(" + weighted(nineDigits, 9, INN_10) + ", 11), 10) AS VARCHAR)";
    }

    static String inn12(String tenDigits) {
        String first = "MOD(MOD(" + weighted(tenDigits, 10, INN_11) + ", 11), 10)";
        String second = "MOD(MOD(" + weighted(tenDigits, 10, INN_12) + " + " + INN_12_LAST_WEIGHT + " * " + first + ", 11), 10)";
        return "CAST(" + tenDigits + " * 100 + " + first + " * 10 + " + second + " AS VARCHAR)";
    }

    static String ogrn(String twelveDigits) {
        return "CAST(" + twelveDigits + " * 10 + MOD(MOD(" + twelveDigits + ", 11), 10) AS VARCHAR)";
    }

    static String ogrnip(String fourteenDigits) {
        return "CAST(" + fourteenDigits + " * 10 + MOD(MOD(" + fourteenDigits + ", 13), 10) AS VARCHAR)";
    }

    private static String weighted(String number, int length, int[] weights) {
        return IntStream.range(0, weights.length)
                .mapToObj(k -> "MOD(" + number + " / " + pow10(length - 1 - k) + ", 10) * " + weights[k])
                .collect(Collectors.joining(" + ", "(", ")"));
    }

    private static long pow10(int exponent) {
        long value = 1;
        for (int i = 0; i < exponent; i++) {
            value *= 10;
        }
        return value;
    }
}
