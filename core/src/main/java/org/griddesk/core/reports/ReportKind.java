package org.griddesk.core.reports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The supervisor's reports. {@code command} names it on the command line; the chart draws, per distinct value of
 * column {@code chartCategory}, one bar for each of the {@code chartSeries} columns (summed over rows).
 */
public enum ReportKind {
    INFLOW("inflow", "Поступление и исполнение обращений", 0, List.of(2, 3, 4)),
    DEADLINES("deadlines", "Соблюдение сроков", 0, List.of(2, 3, 4, 5)),
    WORKLOAD("workload", "Нагрузка и производительность исполнителей", 0, List.of(1, 2)),
    TIME_IN_STATUS("statuses", "Время в статусах", 0, List.of(2)),
    SIGNING("signing", "Подписание документов", 0, List.of(1)),
    REGISTRATIONS_AND_MAIL("registrations", "Регистрации и доставка писем", 1, List.of(2)),
    PUBLICATION("publication", "Раскрытие информации о ходе заявок (ПП РФ № 24, п. 19)", -1, List.of());

    private final String command;
    private final String title;
    private final int chartCategory;
    private final List<Integer> chartSeries;

    ReportKind(String command, String title, int chartCategory, List<Integer> chartSeries) {
        this.command = command;
        this.title = title;
        this.chartCategory = chartCategory;
        this.chartSeries = chartSeries;
    }

    public String command() {
        return command;
    }

    public String title() {
        return title;
    }

    int chartCategory() {
        return chartCategory;
    }

    List<Integer> chartSeries() {
        return chartSeries;
    }

    public static Optional<ReportKind> byCommand(String name) {
        return Arrays.stream(values()).filter(kind -> kind.command.equalsIgnoreCase(name == null ? "" : name.trim()))
                .findFirst();
    }
}
