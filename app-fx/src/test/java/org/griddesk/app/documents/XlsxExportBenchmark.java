package org.griddesk.app.documents;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.griddesk.core.reports.ReportColumn;
import org.griddesk.core.reports.ReportSheet;

/**
 * How much {@link XlsxReportWriter} costs over fastexcel used directly, on queue-like rows (nine columns, a million
 * by default), and how much heap each needs. Not a test: run it by hand with {@code -Xmx256m} and the test class
 * path, the row count as the only argument. Both sides write the same rows with the same styles, inline strings and
 * flushes; they alternate, after a warm-up of each.
 */
public final class XlsxExportBenchmark {
    private static final int FLUSH_EVERY = 4_000;
    private static final int ROUNDS = 3;
    private static final LocalDateTime START = LocalDateTime.of(2020, 1, 9, 8, 0);
    private static final String[] KINDS = {"Жалоба", "Заявление", "Предложение", "Запрос информации", "Обращение"};
    private static final String[] TITLES = {"О ремонте дороги", "О вывозе мусора", "О перерасчёте платы",
        "О работе поликлиники", "Об отоплении", "О благоустройстве двора", "О графике автобусов"};
    private static final String[] SURNAMES = {"Иванов", "Петрова", "Сидоров", "Кузнецова", "Смирнов", "Попова",
        "Васильев", "Соколова", "Михайлов", "Новикова", "Фёдоров", "Морозова", "Волков"};
    private static final String[] NAMES = {"Иван", "Мария", "Пётр", "Анна", "Сергей", "Ольга", "Алексей", "Елена",
        "Дмитрий", "Наталья", "Андрей"};
    private static final String[] PATRONYMICS = {"Иванович", "Петровна", "Сергеевич", "Алексеевна", "Андреевич",
        "Дмитриевна", "Николаевич", "Викторовна", "Олегович"};
    private static final String[] STATUSES = {"Зарегистрировано", "На рассмотрении", "Ожидает ответа заявителя",
        "Ответ подготовлен", "Закрыто", "Отклонено"};
    private static final ReportSheet SHEET = new ReportSheet("Очередь обращений", "Все обращения на сегодня",
            List.of(ReportColumn.text("Регистрационный номер"), ReportColumn.text("Вид обращения"),
                    ReportColumn.text("Тема"), ReportColumn.text("Заявитель"), ReportColumn.text("Статус"),
                    ReportColumn.dateTime("Дата отправки"), ReportColumn.dateTime("Последнее изменение"),
                    ReportColumn.date("Срок"), ReportColumn.integer("Дней в работе")), null);
    private static final String[] FORMATS = {null, null, null, null, null, "dd.mm.yyyy hh:mm", "dd.mm.yyyy hh:mm",
        "dd.mm.yyyy", "0"};

    private final int count;
    private final HeapWatch heap = new HeapWatch();

    private XlsxExportBenchmark(int count) {
        this.count = count;
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        new XlsxExportBenchmark(count).run();
    }

    private void run() throws Exception {
        Path raw = Files.createTempFile("griddesk-bench-raw", ".xlsx");
        Path ours = Files.createTempFile("griddesk-bench-griddesk", ".xlsx");
        try {
            System.out.printf(Locale.ROOT, "rows: %,d, JVM max heap: %d MiB%n", count,
                    Runtime.getRuntime().maxMemory() >> 20);
            int warmUp = Math.min(count, 100_000);
            time(raw, warmUp, true);
            time(ours, warmUp, false);
            List<Run> rawRuns = new ArrayList<>();
            List<Run> ourRuns = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                boolean rawFirst = round % 2 == 0;
                (rawFirst ? rawRuns : ourRuns).add(time(rawFirst ? raw : ours, count, rawFirst));
                (rawFirst ? ourRuns : rawRuns).add(time(rawFirst ? ours : raw, count, !rawFirst));
            }
            report("fastexcel direct", rawRuns, Files.size(raw));
            report("XlsxReportWriter", ourRuns, Files.size(ours));
            System.out.printf(Locale.ROOT, "ratio GridDesk/raw: best %.3f, median %.3f%n",
                    best(ourRuns) / (double) best(rawRuns), median(ourRuns) / (double) median(rawRuns));
        } finally {
            Files.deleteIfExists(raw);
            Files.deleteIfExists(ours);
        }
    }

    private Run time(Path file, int rows, boolean raw) throws IOException {
        System.gc();
        heap.reset();
        long start = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            if (raw) {
                writeRaw(out, rows);
            } else {
                new XlsxReportWriter().write(SHEET, sink -> {
                    for (int i = 0; i < rows; i++) {
                        sink.accept(Arrays.asList(row(i)));
                    }
                }, out);
            }
        }
        return new Run((System.nanoTime() - start) / 1_000_000, heap.peakUsed(), heap.peakAfterGc());
    }

    /** The same workbook as {@link XlsxReportWriter} makes, written by hand with fastexcel alone. */
    private static void writeRaw(OutputStream out, int rows) throws IOException {
        Workbook workbook = new Workbook(out, "GridDesk", null);
        Worksheet sheet = workbook.newWorksheet("Лист 1");
        sheet.inlineString(0, 0, SHEET.title());
        sheet.style(0, 0).bold().fontSize(14).set();
        sheet.inlineString(1, 0, SHEET.description());
        int columns = SHEET.columns().size();
        for (int c = 0; c < columns; c++) {
            sheet.inlineString(3, c, SHEET.columns().get(c).title());
            sheet.width(c, 20);
        }
        sheet.range(3, 0, 3, columns - 1).style().bold().set();
        sheet.freezePane(0, 4);
        int r = 4;
        int unstyled = r;
        for (int i = 0; i < rows; i++, r++) {
            Object[] values = row(i);
            for (int c = 0; c < 5; c++) {
                sheet.inlineString(r, c, (String) values[c]);
            }
            sheet.value(r, 5, (LocalDateTime) values[5]);
            sheet.value(r, 6, (LocalDateTime) values[6]);
            sheet.value(r, 7, (LocalDate) values[7]);
            sheet.value(r, 8, (Number) values[8]);
            if ((i + 1) % FLUSH_EVERY == 0 || i + 1 == rows) {
                for (int c = 5; c < columns; c++) {
                    sheet.range(unstyled, c, r, c).style().format(FORMATS[c]).set();
                }
                unstyled = r + 1;
                sheet.flush();
            }
        }
        sheet.setAutoFilter(3, 0, r - 1, columns - 1);
        sheet.finish();
        workbook.finish();
    }

    /** Row {@code i} of the queue, the same on every call: numbers, names and times follow from {@code i}. */
    private static Object[] row(int i) {
        LocalDateTime created = START.plusMinutes(i * 3L);
        return new Object[] {
            "ГД-2025-" + (1_000_000 + i), KINDS[i % KINDS.length], TITLES[i % TITLES.length] + " № " + (i % 997),
            SURNAMES[i % SURNAMES.length] + " " + NAMES[i / 13 % NAMES.length] + " "
                    + PATRONYMICS[i / 143 % PATRONYMICS.length],
            STATUSES[i % STATUSES.length], created, created.plusMinutes(17 + i % 600),
            created.toLocalDate().plusDays(30), (long) (i % 45)};
    }

    private static void report(String name, List<Run> runs, long bytes) {
        System.out.printf(Locale.ROOT, "%s: best %,d ms, median %,d ms (%s), file %,d KiB, peak heap used %d MiB,"
                + " peak heap after GC %d MiB%n", name, best(runs), median(runs),
                runs.stream().map(run -> run.millis() + " ms").toList(), bytes >> 10,
                runs.stream().mapToLong(Run::peakUsed).max().orElse(0) >> 20,
                runs.stream().mapToLong(Run::peakAfterGc).max().orElse(0) >> 20);
    }

    private static long best(List<Run> runs) {
        return runs.stream().mapToLong(Run::millis).min().orElseThrow();
    }

    private static long median(List<Run> runs) {
        return runs.stream().mapToLong(Run::millis).sorted().skip(runs.size() / 2).findFirst().orElseThrow();
    }

    private record Run(long millis, long peakUsed, long peakAfterGc) {
    }

    /**
     * The heap in use, sampled every few milliseconds, and what stays after each collection (the live data the
     * writer really holds); both since the last {@link #reset()}.
     */
    private static final class HeapWatch {
        private final AtomicLong peakUsed = new AtomicLong();
        private final AtomicLong peakAfterGc = new AtomicLong();

        HeapWatch() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            Thread sampler = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
                while (true) {
                    peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setPriority(Thread.MIN_PRIORITY);
            Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                    .collect(Collectors.toSet());
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                    String type = notification.getType();
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(type)) {
                        Map<String, MemoryUsage> after = GarbageCollectionNotificationInfo
                                .from((CompositeData) notification.getUserData()).getGcInfo().getMemoryUsageAfterGc();
                        long used = after.entrySet().stream().filter(pool -> heapPools.contains(pool.getKey()))
                                .mapToLong(pool -> pool.getValue().getUsed()).sum();
                        peakAfterGc.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
        }

        void reset() {
            peakUsed.set(0);
            peakAfterGc.set(0);
        }

        long peakUsed() {
            return peakUsed.get();
        }

        long peakAfterGc() {
            return peakAfterGc.get();
        }
    }
}
