package org.griddesk.app.cli;

import java.io.PrintWriter;
import java.util.List;
import org.griddesk.persistence.benchmark.SideBySide;

/** A benchmark's lines as the bench commands print them: p50/p95 of GridDesk and of the reference, and their ratio. */
final class SideBySideTable {
    private SideBySideTable() {
    }

    /** {@code reference}: the column name of the reference («SQL»), {@code legend}: what the two sides are. */
    static void print(PrintWriter out, List<SideBySide.Figures> figures, String reference, String legend) {
        out.printf("%n%-36s %10s %10s %10s %10s %8s  %s%n", "что", "GD p50", "GD p95", reference + " p50",
                reference + " p95", "p95/" + reference, "тот же результат");
        for (SideBySide.Figures line : figures) {
            out.printf("%-36s %7.1f мс %7.1f мс %7.1f мс %7.1f мс %7.2f×  %s%n", line.name(), line.griddeskP50(),
                    line.griddeskP95(), line.referenceP50(), line.referenceP95(), line.ratio(),
                    line.sameResult() ? "да" : "НЕТ");
        }
        out.println(legend);
    }

    static boolean allSame(List<SideBySide.Figures> figures) {
        return figures.stream().allMatch(SideBySide.Figures::sameResult);
    }
}
