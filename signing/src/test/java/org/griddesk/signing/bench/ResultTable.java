package org.griddesk.signing.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.griddesk.signing.bench.SigningBenchmark.Result;

/** Plain-text tables: one per case as it finishes, and a summary at the end. */
final class ResultTable {
    private static final String ROW = "  %-34s %12s %18s%n";
    private static final String SUMMARY_ROW = "%-14s %10s %12s %7s %14s %7s%n";

    private ResultTable() {
    }

    static void printCase(PrintStream out, Result result) {
        out.printf("%s, %s document%n", result.operation(), result.document());
        out.printf(ROW, "", "ops/s", "GridDesk/OpenSSL");
        out.printf(ROW, "GridDesk (BouncyCastle)", number(result.gridDeskPerSecond()), "");
        result.openSsl().ifPresentOrElse(openSsl -> {
            out.printf(ROW, "OpenSSL gost engine (raw)", number(openSsl.rawPerSecond()), ratio(result.ratioToRaw()));
            out.printf(ROW, "OpenSSL (without process start)", number(openSsl.withoutStartPerSecond()),
                    ratio(result.ratioWithoutStart()));
            out.printf(Locale.ROOT, "  OpenSSL: %d processes; process start ('openssl version', same config) "
                    + "%.2f ms%n", openSsl.runs(), openSsl.processStartMillis());
        }, () -> out.printf(ROW, "OpenSSL", "n/a", "n/a"));
        out.println();
    }

    static void printSummary(PrintStream out, List<Result> results) {
        out.println("Summary, ops/s (ratio = GridDesk/OpenSSL)");
        out.printf(SUMMARY_ROW, "case", "GridDesk", "OpenSSL raw", "ratio", "OpenSSL -start", "ratio");
        for (Result result : results) {
            OptionalDouble raw = result.openSsl().map(f -> OptionalDouble.of(f.rawPerSecond()))
                    .orElse(OptionalDouble.empty());
            OptionalDouble net = result.openSsl().map(OpenSslFigures::withoutStartPerSecond)
                    .orElse(OptionalDouble.empty());
            out.printf(SUMMARY_ROW, result.operation() + " " + result.document(),
                    number(result.gridDeskPerSecond()), number(raw), ratio(result.ratioToRaw()), number(net),
                    ratio(result.ratioWithoutStart()));
        }
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String number(OptionalDouble value) {
        return value.isPresent() ? number(value.getAsDouble()) : "n/a";
    }

    private static String ratio(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : "n/a";
    }
}
