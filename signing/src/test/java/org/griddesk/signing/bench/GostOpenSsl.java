package org.griddesk.signing.bench;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code openssl} command with the GOST engine loaded through a config file of its own (STACK.md),
 * so the benchmark does not depend on the machine's openssl.cnf.
 */
final class GostOpenSsl {
    static final String PACKAGE_HINT = "install the Debian package libengine-gost-openssl "
            + "(apt-get install openssl libengine-gost-openssl)";

    /** OpenSSL or its GOST engine is missing; the message says what to install. */
    static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }

    private record Outcome(int exitCode, String output) {
    }

    private final Path config;

    private GostOpenSsl(Path config) {
        this.config = config;
    }

    /** Writes the engine configuration into {@code dir} and checks that the GOST digests are offered. */
    static GostOpenSsl withGostEngine(Path dir) throws Unavailable, IOException {
        Outcome version;
        try {
            version = execute(null, List.of("openssl", "version", "-e"));
        } catch (IOException e) {
            throw new Unavailable("OpenSSL not found (" + e.getMessage() + "): " + PACKAGE_HINT);
        }
        String enginesDir = version.output().replaceAll("(?s).*ENGINESDIR: \"([^\"]*)\".*", "$1").strip();
        Path engine = Path.of(enginesDir, "gost.so");
        if (version.exitCode() != 0 || !Files.exists(engine)) {
            throw new Unavailable("OpenSSL GOST engine not found (no " + engine + "): " + PACKAGE_HINT);
        }
        Path config = dir.resolve("openssl-gost.cnf");
        Files.writeString(config, String.join("\n",
                "openssl_conf = openssl_def",
                "[openssl_def]",
                "engines = engine_section",
                "[engine_section]",
                "gost = gost_section",
                "[gost_section]",
                "engine_id = gost",
                "dynamic_path = " + engine,
                "default_algorithms = ALL", ""));
        Outcome digests = execute(config, command(List.of("list", "-digest-algorithms")));
        if (digests.exitCode() != 0 || !digests.output().contains("md_gost12_256")) {
            throw new Unavailable("OpenSSL GOST engine did not load (" + digests.output().strip() + "): "
                    + PACKAGE_HINT);
        }
        return new GostOpenSsl(config);
    }

    /** One openssl process; a non-zero exit fails with openssl's own output. */
    void run(List<String> arguments) throws IOException {
        Outcome outcome = execute(config, command(arguments));
        if (outcome.exitCode() != 0) {
            throw new IOException("openssl " + String.join(" ", arguments) + " failed (exit " + outcome.exitCode()
                    + "): " + outcome.output().strip());
        }
    }

    private static List<String> command(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(arguments);
        return command;
    }

    private static Outcome execute(Path config, List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (config != null) {
            builder.environment().put("OPENSSL_CONF", config.toString());
        }
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("openssl did not finish within 60 s: " + command);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for openssl");
        }
        return new Outcome(process.exitValue(), output);
    }
}
