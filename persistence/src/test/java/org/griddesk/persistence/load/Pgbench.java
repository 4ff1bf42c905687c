package org.griddesk.persistence.load;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** pgbench's built-in simple-update on the same embedded server, when a pgbench binary is installed. */
final class Pgbench {
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");

    private Pgbench() {
    }

    static Optional<Double> simpleUpdate(EmbeddedPostgres server, int clients, int seconds) throws IOException, InterruptedException {
        Optional<Path> binary = find();
        if (binary.isEmpty()) {
            System.out.println("pgbench not found (Debian package postgresql-client or postgresql): no comparison figure");
            return Optional.empty();
        }
        String port = Integer.toString(server.getPort());
        run(List.of(binary.get().toString(), "-i", "-q", "-s", "1", "-h", "localhost", "-p", port, "-U", "postgres", "postgres"));
        String output = run(List.of(binary.get().toString(), "-b", "simple-update", "-c", Integer.toString(clients),
                "-j", "2", "-T", Integer.toString(seconds), "-h", "localhost", "-p", port, "-U", "postgres", "postgres"));
        Matcher matcher = TPS.matcher(output);
        return matcher.find() ? Optional.of(Double.parseDouble(matcher.group(1))) : Optional.empty();
    }

    private static Optional<Path> find() throws IOException {
        Path versions = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(versions)) {
            try (Stream<Path> installed = Files.list(versions)) {
                Optional<Path> found = installed.map(v -> v.resolve("bin/pgbench")).filter(Files::isExecutable).findFirst();
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        Path onPath = Path.of("/usr/bin/pgbench");
        return Files.isExecutable(onPath) ? Optional.of(onPath) : Optional.empty();
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }
}
