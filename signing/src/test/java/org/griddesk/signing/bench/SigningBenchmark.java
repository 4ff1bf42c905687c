package org.griddesk.signing.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.griddesk.signing.bench.Workbench.Operation;

/**
 * Sign and verify throughput with a GOST R 34.10-2012 256-bit key for 1 KiB and 1 MiB documents:
 * GridDesk (BouncyCastle, in-process, after warm-up) next to OpenSSL's GOST engine on the same files
 * and key. OpenSSL runs as one process per operation, so its figure is also given without the cost
 * of starting a process. Not a test: run {@link #main} with the seconds per case (default 5).
 */
public final class SigningBenchmark {
    private static final Duration DEFAULT_PER_CASE = Duration.ofSeconds(5);
    private static final int OPENSSL_WARM_UP_RUNS = 3;

    /** One case; the ratios are GridDesk ops/s divided by OpenSSL ops/s (above 1: GridDesk is faster). */
    public record Result(String operation, String document, double gridDeskPerSecond,
            Optional<OpenSslFigures> openSsl) {

        public OptionalDouble ratioToRaw() {
            return openSsl.map(f -> OptionalDouble.of(gridDeskPerSecond / f.rawPerSecond()))
                    .orElse(OptionalDouble.empty());
        }

        public OptionalDouble ratioWithoutStart() {
            return openSsl.filter(f -> f.withoutStartPerSecond().isPresent())
                    .map(f -> OptionalDouble.of(gridDeskPerSecond / f.withoutStartPerSecond().getAsDouble()))
                    .orElse(OptionalDouble.empty());
        }
    }

    private record DocumentSize(String label, String fileName, int bytes) {
    }

    private static final List<DocumentSize> SIZES = List.of(
            new DocumentSize("1 KiB", "document-1k.bin", 1024),
            new DocumentSize("1 MiB", "document-1m.bin", 1024 * 1024));

    private SigningBenchmark() {
    }

    public static void main(String[] args) {
        Duration perCase = args.length > 0
                ? Duration.ofMillis(Math.round(Double.parseDouble(args[0]) * 1000))
                : DEFAULT_PER_CASE;
        run(System.out, perCase);
    }

    public static List<Result> run(PrintStream out, Duration perCase) {
        try (Workbench bench = Workbench.create()) {
            Optional<GostOpenSsl> openSsl = locateOpenSsl(bench.dir(), out);
            out.printf("GOST R 34.10-2012 256 bit, %s per measurement, GridDesk warm-up %s%n%n",
                    ResultTable.seconds(perCase), ResultTable.seconds(perCase.dividedBy(2)));
            List<Result> results = new ArrayList<>();
            for (DocumentSize size : SIZES) {
                Path document = bench.document(size.fileName(), size.bytes());
                Path signature = bench.signature(document);
                for (Operation operation : Operation.values()) {
                    Result result = measure(bench, openSsl, operation, size.label(), document, signature,
                            perCase, out);
                    ResultTable.printCase(out, result);
                    results.add(result);
                }
            }
            ResultTable.printSummary(out, results);
            return results;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("benchmark failed: " + e.getMessage(), e);
        }
    }

    private static Optional<GostOpenSsl> locateOpenSsl(Path dir, PrintStream out) throws IOException {
        try {
            return Optional.of(GostOpenSsl.withGostEngine(dir));
        } catch (GostOpenSsl.Unavailable e) {
            out.println("OpenSSL comparison skipped, GridDesk figures only. " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Result measure(Workbench bench, Optional<GostOpenSsl> openSsl, Operation operation,
            String document, Path file, Path signature, Duration perCase, PrintStream out) throws Exception {
        double gridDesk = Throughput.perSecond(bench.gridDesk(operation, file, signature),
                perCase.dividedBy(2), perCase);
        Optional<OpenSslFigures> figures = Optional.empty();
        if (openSsl.isPresent()) {
            try {
                figures = Optional.of(measureOpenSsl(openSsl.get(), bench.openSsl(operation, file, signature),
                        perCase));
            } catch (IOException e) {
                // One failing OpenSSL case should not hide the GridDesk figures of the others.
                out.println("OpenSSL " + operation.label() + " failed: " + e.getMessage());
            }
        }
        return new Result(operation.label(), document, gridDesk, figures);
    }

    private static OpenSslFigures measureOpenSsl(GostOpenSsl openSsl, List<String> arguments, Duration perCase)
            throws Exception {
        Throughput.Operation operation = () -> openSsl.run(arguments);
        // A few runs first so the files and the engine library are in the page cache.
        Throughput.repeat(operation, OPENSSL_WARM_UP_RUNS);
        Throughput.Runs runs = Throughput.repeatFor(operation, perCase);
        Throughput.Runs baseline = Throughput.repeat(() -> openSsl.run(List.of("version")), runs.count());
        return OpenSslFigures.of(runs, baseline);
    }
}
