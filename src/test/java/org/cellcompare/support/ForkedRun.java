package org.cellcompare.support;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * CellCompare in a JVM of its own, started as a user starts it, for what an in-process test
 * cannot do: run with a small heap, or be killed with SIGKILL halfway through.
 */
public final class ForkedRun implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread pump;

    private ForkedRun(Process process) {
        this.process = process;
        this.pump = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("(output lost: " + e + ")");
            }
        });
        pump.setDaemon(true);
        pump.start();
    }

    /** Starts {@code java -Xmx<heap> -cp <the application's classpath> org.cellcompare.cli.Main args}. */
    public static ForkedRun start(String heap, String... args) throws IOException {
        String classpath = Path.of("target/classes").toAbsolutePath() + File.pathSeparator
                + Files.readString(Path.of("target/runtime-classpath.txt")).strip();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-cp", classpath, "org.cellcompare.cli.Main"));
        command.addAll(List.of(args));
        return new ForkedRun(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /**
     * Starts {@code prefix java jvmOptions -cp <the application's classpath> cli.Main args}:
     * a command in front ({@code unshare ...}) or JVM options of the test's choosing, and none else.
     */
    public static ForkedRun startWith(List<String> prefix, List<String> jvmOptions, String... args) throws IOException {
        String classpath = Path.of("target/classes").toAbsolutePath() + File.pathSeparator
                + Files.readString(Path.of("target/runtime-classpath.txt")).strip();
        List<String> command = new ArrayList<>(prefix);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, "org.cellcompare.cli.Main"));
        command.addAll(List.of(args));
        return new ForkedRun(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** Waits until a line of output matches, or the process ends; true when the line came. */
    public boolean awaitLine(Predicate<String> wanted, long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            if (lines.stream().anyMatch(wanted)) {
                return true;
            }
            if (!process.isAlive()) {
                pump.join(2000);
                return lines.stream().anyMatch(wanted);
            }
            Thread.sleep(50);
        }
        return false;
    }

    /**
     * Waits for the process to end and returns its exit status. A run that has not ended is asked
     * for its threads first, so that a hang on CI says where it hangs.
     */
    public int exitStatus(long timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            printThreads();
            process.destroyForcibly();
            throw new AssertionError("CellCompare did not finish in " + timeoutSeconds
                    + " s; output, then its threads at that moment:\n" + output());
        }
        pump.join(5000);
        return process.exitValue();
    }

    /** SIGQUIT: the JVM prints every thread's stack on its output, which the pump reads in. */
    private void printThreads() throws InterruptedException {
        try {
            new ProcessBuilder("kill", "-QUIT", Long.toString(process.pid())).start().waitFor(10, TimeUnit.SECONDS);
            awaitLine(line -> line.startsWith("JNI global refs"), 10);
        } catch (IOException e) {
            lines.add("(no thread dump: " + e + ")");
        }
    }

    /** SIGTERM, as {@code kill} sends it: shutdown hooks run. */
    public void stop() throws InterruptedException {
        process.destroy();
        process.waitFor(60, TimeUnit.SECONDS);
        pump.join(5000);
    }

    /** SIGKILL: no shutdown hook, no finally block, exactly like a power cut. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        pump.join(5000);
    }

    public String output() {
        return String.join("\n", lines);
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
