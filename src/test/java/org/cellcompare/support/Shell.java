package org.cellcompare.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A POSIX shell as a user on a machine with only a Java runtime has one: an environment with
 * nothing but the Java runtime's folder and the system's on the PATH, a home folder, and no
 * JAVA_HOME, build tool or settings of the machine running the tests.
 */
public final class Shell {

    private static final long TIMEOUT_SECONDS = 300;

    private final Path directory;
    private final Map<String, String> environment;

    private Shell(Path directory, Map<String, String> environment) {
        this.directory = directory;
        this.environment = environment;
    }

    public static Shell withOnlyJava(Path directory, Path home) {
        Map<String, String> environment = new HashMap<>();
        environment.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
        environment.put("HOME", home.toString());
        environment.put("LANG", "C.UTF-8");
        return new Shell(directory, environment);
    }

    public Shell with(String name, String value) {
        Map<String, String> more = new HashMap<>(environment);
        more.put(name, value);
        return new Shell(directory, more);
    }

    /** The same shell in another folder, as after a {@code cd}. */
    public Shell in(Path folder) {
        return new Shell(folder, environment);
    }

    public Path directory() {
        return directory;
    }

    public record Result(int exitStatus, String output) {
    }

    /** Runs one command line with {@code sh -c}, as a terminal or cron would. */
    public Result run(String commandLine) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of("sh", "-c", commandLine)).directory(directory.toFile())
                .redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(output lost: " + e + ")";
            }
        });
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("'" + commandLine + "' did not finish in " + TIMEOUT_SECONDS + " s");
        }
        return new Result(process.exitValue(), output.join());
    }
}
