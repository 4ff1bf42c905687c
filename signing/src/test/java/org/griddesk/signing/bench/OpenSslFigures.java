package org.griddesk.signing.bench;

import java.util.OptionalDouble;

/**
 * OpenSSL measured one process per operation: {@code runs} operations, the raw rate, the cost of
 * starting a process ({@code openssl version} with the same config, as many runs), and the rate with
 * that start-up subtracted — empty when the start-up was not measurably cheaper than the operation.
 */
public record OpenSslFigures(int runs, double rawPerSecond, double processStartMillis,
        OptionalDouble withoutStartPerSecond) {

    static OpenSslFigures of(Throughput.Runs operations, Throughput.Runs baseline) {
        long net = operations.nanos() - baseline.nanos();
        OptionalDouble withoutStart = net > 0
                ? OptionalDouble.of(operations.count() / (net / 1e9))
                : OptionalDouble.empty();
        return new OpenSslFigures(operations.count(), operations.perSecond(),
                baseline.nanos() / 1e6 / baseline.count(), withoutStart);
    }
}
