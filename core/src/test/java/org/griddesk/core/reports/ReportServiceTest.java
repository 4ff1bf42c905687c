package org.griddesk.core.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.griddesk.core.access.AccessControl;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Role;
import org.griddesk.core.common.AccessDeniedException;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.common.ValidationException;
import org.griddesk.core.deadlines.WorkingCalendar;
import org.griddesk.core.testing.InMemoryCases;
import org.junit.jupiter.api.Test;

class ReportServiceTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private final Operator supervisor = new Operator(3, "boss", "Смирнова Ольга", Set.of(Role.SUPERVISOR), false, true, false);
    private final Operator clerk = new Operator(1, "clerk", "Иванова Мария", Set.of(Role.CLERK), false, true, false);
    private final List<String> audited = new ArrayList<>();
    private final List<Integer> workingDaysAsked = new ArrayList<>();
    private final ReportQueries queries = new FixedQueries();
    private final ReportWriter text = new ReportWriter() {
        @Override
        public ExportFormat format() {
            return ExportFormat.CSV;
        }

        @Override
        public void write(ReportSheet sheet, ReportRows rows, OutputStream out) throws java.io.IOException {
            StringBuilder written = new StringBuilder(sheet.title()).append('\n');
            rows.forEach(row -> written.append(row).append('\n'));
            out.write(written.toString().getBytes(StandardCharsets.UTF_8));
        }
    };
    private final ReportService service = new ReportService(queries, new InMemoryCases(),
            () -> new WorkingCalendar(List.of()), List.of(text), new Transactions() {
                @Override
                public <T> T inTransaction(Supplier<T> work) {
                    return work.get();
                }
            }, (actor, action, subject, before, after) -> audited.add(action + " | " + subject + " | " + after),
            AccessControl.asGiven(), Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC));

    @Test
    void theChartSumsEachSeriesPerCategoryInRowOrder() {
        ReportResult result = service.run(supervisor, ReportKind.INFLOW, new ReportPeriod(MONDAY, MONDAY.plusDays(6),
                Granularity.DAY));
        ReportChart chart = result.sheet().chart();
        assertThat(chart.categories()).containsExactly("30.11.2026", "01.12.2026");
        assertThat(chart.series()).extracting(ReportChart.Series::name).containsExactly("Поступило", "Отвечено", "Закрыто");
        assertThat(chart.series().getFirst().values()).containsExactly(5L, 1L);
        assertThat(chart.series().get(1).values()).containsExactly(3L, 0L);
        assertThat(result.sheet().description()).isEqualTo("Период: с 30.11.2026 по 06.12.2026, по дням");
    }

    @Test
    void workloadIsPerWorkingDayOfThePeriod() {
        service.run(supervisor, ReportKind.WORKLOAD, new ReportPeriod(MONDAY, MONDAY.plusDays(13), Granularity.WEEK));
        assertThat(workingDaysAsked).containsExactly(10);
    }

    @Test
    void aClerkGetsNoReportAndAnExportIsAudited() {
        assertThatThrownBy(() -> service.run(clerk, ReportKind.INFLOW, new ReportPeriod(MONDAY, MONDAY, null)))
                .isInstanceOf(AccessDeniedException.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.export(supervisor, ReportKind.INFLOW, new ReportPeriod(MONDAY, MONDAY, null), ExportFormat.CSV, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Поступление и исполнение обращений\n")
                .contains("[2026-11-30, Заявка, 3, 2, 0]");
        assertThat(audited).containsExactly("Выгрузка отчёта | Поступление и исполнение обращений | "
                + "с 30.11.2026 по 30.11.2026, по дням, csv");
        assertThatThrownBy(() -> service.export(supervisor, ReportKind.INFLOW, new ReportPeriod(MONDAY, MONDAY, null),
                ExportFormat.PDF, out)).isInstanceOf(ValidationException.class);
    }

    @Test
    void badPeriodsAreRefusedInRussian() {
        assertThatThrownBy(() -> new ReportPeriod(MONDAY, MONDAY.minusDays(1), null)).hasMessage("Начало периода позже его конца");
        assertThatThrownBy(() -> new ReportPeriod(null, MONDAY, null)).hasMessage("Укажите начало и конец периода");
        assertThatThrownBy(() -> new ReportPeriod(MONDAY.minusYears(4), MONDAY, null))
                .hasMessage("Период отчёта не может быть длиннее трёх лет");
        assertThat(ReportKind.byCommand(" Deadlines ")).contains(ReportKind.DEADLINES);
        assertThat(ReportKind.byCommand("nothing")).isEmpty();
    }

    private final class FixedQueries implements ReportQueries {
        private final List<ReportColumn> inflowColumns = List.of(ReportColumn.date("Период"),
                ReportColumn.text("Вид обращения"), ReportColumn.integer("Поступило"), ReportColumn.integer("Отвечено"),
                ReportColumn.integer("Закрыто"));

        @Override
        public ReportTable inflow(ReportPeriod period) {
            return new ReportTable(inflowColumns, List.of(
                    List.of(MONDAY, "Заявка", 3L, 2L, 0L), List.of(MONDAY, "Сообщение", 2L, 1L, 0L),
                    List.of(MONDAY.plusDays(1), "Заявка", 1L, 0L, 1L)));
        }

        @Override
        public ReportTable deadlines(ReportPeriod period, LocalDate today) {
            return empty();
        }

        @Override
        public ReportTable workload(ReportPeriod period, int workingDays) {
            workingDaysAsked.add(workingDays);
            return empty();
        }

        @Override
        public ReportTable timeInStatus(ReportPeriod period) {
            return empty();
        }

        @Override
        public ReportTable signing(ReportPeriod period) {
            return empty();
        }

        @Override
        public ReportTable registrationsAndMail(ReportPeriod period) {
            return empty();
        }

        @Override
        public ReportTable publication(ReportPeriod period) {
            return empty();
        }

        private ReportTable empty() {
            return new ReportTable(List.of(ReportColumn.text("Исполнитель"), ReportColumn.integer("А"),
                    ReportColumn.integer("Б")), List.of());
        }
    }
}
