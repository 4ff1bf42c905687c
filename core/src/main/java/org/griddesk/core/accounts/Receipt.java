package org.griddesk.core.accounts;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The receipt («квитанция») of one month as a plain document: the account, each charge, the payments, the balance.
 * Sums in «руб.» as the seed writes them (the document font has no «₽»).
 */
public record Receipt(String heading, List<String> lines) {
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.of("ru"));

    public static Receipt of(AccountCard card, YearMonth month) {
        PersonalAccount account = card.account();
        List<String> lines = new ArrayList<>();
        lines.add("Лицевой счёт: " + account.number());
        lines.add("Поставщик: " + account.branch().supplier() + " (" + account.branch().name() + ")");
        lines.add("Владелец: " + account.ownerName());
        lines.add("Адрес: " + account.address());
        lines.add("");
        lines.add("Начислено:");
        BigDecimal charged = BigDecimal.ZERO;
        for (Charge charge : card.charges()) {
            if (charge.month().equals(month)) {
                lines.add("  " + charge.service() + " — " + charge.supplier() + ": " + Rubles.format(charge.amount()) + " руб."
                        + (charge.volume() == null ? "" : " (" + charge.volume().stripTrailingZeros().toPlainString() + ")"));
                charged = charged.add(charge.amount());
            }
        }
        lines.add("  Итого начислено: " + Rubles.format(charged) + " руб.");
        card.months().stream().filter(total -> total.month().equals(month)).findFirst().ifPresent(total -> {
            lines.add("Оплачено в месяце: " + Rubles.format(total.paid()) + " руб.");
            lines.add("Баланс на конец месяца: " + total.closing().label() + " " + total.closing().amount() + " руб.");
        });
        return new Receipt("Квитанция за " + MONTH.format(month), List.copyOf(lines));
    }

    /** «Квитанция_6200000007_2026-11.pdf». */
    public static String fileName(PersonalAccount account, YearMonth month) {
        return "Квитанция_" + account.number() + "_" + month + ".pdf";
    }
}
