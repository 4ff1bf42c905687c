package org.griddesk.signing;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code openssl} with the GOST engine (STACK.md). Missing tools fail the test with the
 * package to install: CI has them, and a skipped interop test would hide a broken peer.
 */
public final class OpenSsl {
    static final String PACKAGE_HINT = "OpenSSL with the GOST engine is required for the interop tests: "
            + "install the Debian packages 'openssl' and 'libengine-gost-openssl' (apt-get install libengine-gost-openssl)";

    public record Result(int exitCode, String output) {
    }

    private final Path config;

    private OpenSsl(Path config) {
        this.config = config;
    }

    /** Writes the engine configuration into {@code dir} and checks that GOST digests are offered. */
    public static OpenSsl withGostEngine(Path dir) throws Exception {
        Result version = runRaw(null, List.of("openssl", "version", "-e"));
        if (version == null || version.exitCode() != 0) {
            fail(PACKAGE_HINT + " (the openssl command was not found)");
        }
        String enginesDir = version.output().replaceAll("(?s).*ENGINESDIR: \"([^\"]*)\".*", "$1").strip();
        Path engine = Path.of(enginesDir, "gost.so");
        if (!Files.exists(engine)) {
            fail(PACKAGE_HINT + " (no " + engine + ")");
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
        OpenSsl openSsl = new OpenSsl(config);
        Result digests = openSsl.run("list", "-digest-algorithms");
        if (digests.exitCode() != 0 || !digests.output().contains("md_gost12_256")) {
            fail(PACKAGE_HINT + " (the engine did not load: " + digests.output() + ")");
        }
        return openSsl;
    }

    public Result run(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        return runRaw(config, command);
    }

    private static Result runRaw(Path config, List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (config != null) {
            builder.environment().put("OPENSSL_CONF", config.toString());
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return null;
        }
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("openssl did not finish: " + command);
        }
        return new Result(process.exitValue(), output);
    }
}
