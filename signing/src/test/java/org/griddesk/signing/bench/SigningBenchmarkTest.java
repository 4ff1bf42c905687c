package org.griddesk.signing.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.griddesk.signing.bench.SigningBenchmark.Result;
import org.junit.jupiter.api.Test;

/** Runs the benchmark briefly to keep it working; timings on a build machine mean nothing, so none are checked. */
class SigningBenchmarkTest {
    @Test
    void measuresSignAndVerifyForBothDocumentSizes() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        List<Result> results = SigningBenchmark.run(new PrintStream(printed, true, StandardCharsets.UTF_8),
                Duration.ofMillis(200));

        assertThat(results).extracting(r -> r.operation() + " " + r.document())
                .containsExactlyInAnyOrder("sign 1 KiB", "verify 1 KiB", "sign 1 MiB", "verify 1 MiB");
        assertThat(results).allSatisfy(r -> assertThat(r.gridDeskPerSecond()).isPositive());
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Summary");
    }

    /** The benchmark itself, run by hand: {@code -Dgriddesk.bench.seconds=5} (see the README). */
    @Test
    void fullRunWhenAsked() {
        String seconds = System.getProperty("griddesk.bench.seconds");
        org.junit.jupiter.api.Assumptions.assumeTrue(seconds != null, "a benchmark run is asked for by a property");
        List<Result> results = SigningBenchmark.run(System.out, Duration.ofSeconds(Long.parseLong(seconds)));
        assertThat(results).hasSize(4);
    }
}
