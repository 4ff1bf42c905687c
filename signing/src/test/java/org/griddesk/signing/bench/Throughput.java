package org.griddesk.signing.bench;

import java.time.Duration;

/** Plain wall-clock loops: enough for operations that take from tens of microseconds to milliseconds. */
final class Throughput {
    @FunctionalInterface
    interface Operation {
        void run() throws Exception;
    }

    /** {@code count} operations that took {@code nanos} in all. */
    record Runs(int count, long nanos) {
        double perSecond() {
            return count / (nanos / 1e9);
        }
    }

    private Throughput() {
    }

    /** Repeats the operation until {@code duration} has passed (at least once). */
    static Runs repeatFor(Operation operation, Duration duration) throws Exception {
        long limit = duration.toNanos();
        long start = System.nanoTime();
        int count = 0;
        long elapsed;
        do {
            operation.run();
            count++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < limit);
        return new Runs(count, elapsed);
    }

    /** Repeats the operation exactly {@code times} times. */
    static Runs repeat(Operation operation, int times) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < times; i++) {
            operation.run();
        }
        return new Runs(times, System.nanoTime() - start);
    }

    /** Warms the JIT up for {@code warmUp}, then measures operations per second over {@code measure}. */
    static double perSecond(Operation operation, Duration warmUp, Duration measure) throws Exception {
        repeatFor(operation, warmUp);
        return repeatFor(operation, measure).perSecond();
    }
}
