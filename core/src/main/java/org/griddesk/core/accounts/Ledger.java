package org.griddesk.core.accounts;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Charges and payments by month (§2.8). Billing keeps only the current balance; a month's closing balance is found
 * by walking back from it: each later month's charges are taken off and its payments put back. Failed payments
 * do not count.
 */
public final class Ledger {
    private Ledger() {
    }

    /** Newest month first, every month that has a charge or a payment. */
    public static List<MonthTotal> months(Balance current, List<Charge> charges, List<Payment> payments, ZoneId zone) {
        Map<YearMonth, BigDecimal> charged = new TreeMap<>();
        Map<YearMonth, BigDecimal> paid = new TreeMap<>();
        charges.forEach(charge -> charged.merge(charge.month(), charge.amount(), BigDecimal::add));
        payments.stream().filter(Payment::counts).forEach(payment ->
                paid.merge(YearMonth.from(payment.paidAt().atZone(zone)), payment.amount(), BigDecimal::add));
        TreeSet<YearMonth> months = new TreeSet<>(Comparator.reverseOrder());
        months.addAll(charged.keySet());
        months.addAll(paid.keySet());
        List<MonthTotal> totals = new ArrayList<>();
        BigDecimal closing = current.owed();
        for (YearMonth month : months) {
            BigDecimal monthCharged = charged.getOrDefault(month, BigDecimal.ZERO);
            BigDecimal monthPaid = paid.getOrDefault(month, BigDecimal.ZERO);
            totals.add(new MonthTotal(month, monthCharged, monthPaid, new Balance(closing)));
            closing = closing.subtract(monthCharged).add(monthPaid);
        }
        return totals;
    }

    /** Newest month first, suppliers by name. */
    public static List<SupplierMonth> bySupplier(List<Charge> charges, List<Payment> payments, ZoneId zone) {
        record Key(YearMonth month, String supplier) {
        }
        Comparator<Key> order = Comparator.comparing(Key::month, Comparator.reverseOrder()).thenComparing(Key::supplier);
        Map<Key, BigDecimal> charged = new TreeMap<>(order);
        Map<Key, BigDecimal> paid = new TreeMap<>(order);
        charges.forEach(charge -> charged.merge(new Key(charge.month(), charge.supplier()), charge.amount(), BigDecimal::add));
        payments.stream().filter(Payment::counts).forEach(payment -> paid.merge(
                new Key(YearMonth.from(payment.paidAt().atZone(zone)), payment.supplier()), payment.amount(), BigDecimal::add));
        TreeSet<Key> keys = new TreeSet<>(order);
        keys.addAll(charged.keySet());
        keys.addAll(paid.keySet());
        return keys.stream().map(key -> new SupplierMonth(key.month(), key.supplier(),
                charged.getOrDefault(key, BigDecimal.ZERO), paid.getOrDefault(key, BigDecimal.ZERO))).toList();
    }
}
