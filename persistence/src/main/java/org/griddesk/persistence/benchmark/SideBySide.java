package org.griddesk.persistence.benchmark;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * One benchmark line: GridDesk's call and a reference (the best or the raw SQL) for the same result, run alternately
 * after a warm-up; their results compared as well as timed. Figures are reported as a ratio, never asserted.
 */
public record SideBySide(String name, Supplier<Object> griddesk, Supplier<Object> reference) {
    public record Figures(String name, double griddeskP50, double griddeskP95, double referenceP50,
                          double referenceP95, boolean sameResult) {
        public double ratio() {
            return griddeskP95 / referenceP95;
        }
    }

    public Figures measure(int warmUp, int runs) {
        for (int i = 0; i < warmUp; i++) {
            griddesk.get();
            reference.get();
        }
        boolean same = griddesk.get().equals(reference.get());
        long[] ours = new long[runs];
        long[] theirs = new long[runs];
        for (int i = 0; i < runs; i++) {
            ours[i] = timed(griddesk);
            theirs[i] = timed(reference);
        }
        return new Figures(name, percentile(ours, 50), percentile(ours, 95), percentile(theirs, 50),
                percentile(theirs, 95), same);
    }

    private static long timed(Supplier<Object> call) {
        long start = System.nanoTime();
        call.get();
        return System.nanoTime() - start;
    }

    private static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }
}
