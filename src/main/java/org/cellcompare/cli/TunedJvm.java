package org.cellcompare.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Runs a month in a second JVM, started with the options {@code java -jar} cannot carry. A month of a
 * nonprofit's size runs on the quick compiler alone (see {@link QuickCompiler}: on two cores the
 * optimizing compiler spends longer compiling than such a run takes), and every run maps the classes
 * an earlier run archived ({@link ClassDataArchive}) instead of loading them again. Side by side,
 * the sample took 2.7 to 3.1 s instead of 4.2 to 5.4, and 100,000 rows 13.3 to 16.2 s instead of
 * 18.0 to 20.8; this JVM, waiting, holds about 45 MB.
 *
 * <p>A run of a monthly file's size that finds no archive writes one as it ends (3.5 s more, once
 * per release and Java); a larger one does not, as writing would hold its whole heap a while
 * longer. Offerings of 25,000 KB or more keep the optimizing compiler, whose code pays back over a
 * million rows, told to inline less ({@link #LEANER_C2}): on two cores its compiling competes with
 * the run for the second core from start to end.
 *
 * <p>The run stays in this JVM when it was not started from {@code cellcompare.jar} (tests, {@code
 * mvnw spring-boot:run}), when {@code -Dcellcompare.tuned-jvm=false} says so, and when this JVM was
 * started with any option but memory sizes, a garbage collector, the compiler level or {@code -D}
 * properties: an agent, a debugger, a flight recording or a log file means someone is watching this
 * JVM.
 */
public final class TunedJvm {

    static final String PROPERTY = "cellcompare.tuned-jvm";
    static final String CHILD = "child";

    /** Options the child gets as they are. */
    private static final Pattern FORWARDED = Pattern.compile("-D.*|-X(mx|ms|ss|mn)\\d+[kKmMgGtT]?"
            + "|-XX:(Max|Min|Initial)RAMPercentage=[\\d.]+|-XX:TieredStopAtLevel=\\d|-XX:\\+Use\\w+GC"
            + "|-XX:[+-](ExitOnOutOfMemoryError|HeapDumpOnOutOfMemoryError)|-XX:HeapDumpPath=.*");

    /**
     * C2 inlining less deeply than its defaults (325 bytecodes, 2,500 bytes of code, 15 levels).
     * A million rows run through Spring Batch, H2, POI and a dozen parsers, and C2 compiled about
     * 2,500 of their methods, many more than once as the run moved from ingest to ranking to the
     * workbook: about a quarter of the run's CPU on two cores, one core for the whole of ingest.
     * Side by side at a million rows, these limits took the run's CPU from 235 to 247 s down to 182
     * to 210 s.
     */
    static final List<String> LEANER_C2 = List.of("-XX:FreqInlineSize=100", "-XX:InlineSmallCode=1000", "-XX:MaxInlineLevel=6");

    /** Java's messages about an archive it cannot use: it runs on without it, which is all the user needs. */
    private static final List<String> QUIET_ARCHIVE = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    /** What the child runs with; {@code draft} is where it writes a new class data archive, or null. */
    record Plan(List<String> command, ClassDataArchive archive, Path draft) {
    }

    private TunedJvm() {
    }

    /** True in the JVM a launcher started, which runs the month itself. */
    public static boolean isChild() {
        return CHILD.equals(System.getProperty(PROPERTY));
    }

    /**
     * Runs the month in a tuned JVM and returns its exit status, or returns nothing when the month is
     * to run in this JVM. In the tuned JVM itself, arranges that it stops if its launcher is killed.
     */
    public static OptionalInt run(String... args) {
        if (isChild()) {
            stopWithLauncher();
            return OptionalInt.empty();
        }
        if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))) {
            return OptionalInt.empty();
        }
        try {
            Optional<Path> jar = launchedJar();
            if (jar.isEmpty()) {
                return OptionalInt.empty();
            }
            Options options = Options.parse(args);
            if (options.help() || options.version() || options.template() != null) {
                return OptionalInt.empty();
            }
            Optional<Plan> plan = plan(ManagementFactory.getRuntimeMXBean().getInputArguments(), jar.get(), options,
                    ClassDataArchive.forJar(jar.get()), args);
            return plan.isPresent() ? start(plan.get()) : OptionalInt.empty();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return OptionalInt.empty(); // the run goes on here, only slower; a bad command line is reported by it
        }
    }

    /**
     * The tuned JVM's command, or nothing if the month should run here: an option of this JVM's
     * that cannot be passed on.
     */
    static Optional<Plan> plan(List<String> jvmOptions, Path jar, Options options, ClassDataArchive archive, String... args) {
        if (!jvmOptions.stream().allMatch(option -> FORWARDED.matcher(option).matches())) {
            return Optional.empty();
        }
        long offerings = QuickCompiler.bytes(options.input().resolve("offerings"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-D" + PROPERTY + "=" + CHILD);
        Optional<String> usersLevel = jvmOptions.stream().filter(option -> option.startsWith("-XX:TieredStopAtLevel=")).findFirst();
        // help, version and template never get here, so small offerings are all C1 needs
        if (usersLevel.isEmpty() && QuickCompiler.isSmall(offerings) && QuickCompiler.enabled()) {
            command.add("-XX:TieredStopAtLevel=1");
        } else if (usersLevel.isEmpty() || usersLevel.get().endsWith("=4")) {
            command.addAll(LEANER_C2);
        }
        Path draft = null;
        if (archive.exists()) {
            command.add("-XX:SharedArchiveFile=" + archive.file());
            command.addAll(QUIET_ARCHIVE);
        } else if (offerings < ClassDataArchive.WRITTEN_BY_RUNS_UNDER_KB * 1024 && archive.canWrite()) {
            draft = archive.draft();
            command.add("-XX:ArchiveClassesAtExit=" + draft);
            command.addAll(QUIET_ARCHIVE);
        }
        command.add("-jar");
        command.add(jar.toAbsolutePath().normalize().toString());
        command.addAll(Arrays.asList(args));
        return Optional.of(new Plan(List.copyOf(command), archive, draft));
    }

    /** The jar this JVM runs, if it was started with {@code java -jar cellcompare.jar} and nothing else on its class path. */
    private static Optional<Path> launchedJar() throws URISyntaxException {
        String classPath = System.getProperty("java.class.path", "");
        if (!classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toAbsolutePath().normalize();
        Path source = Path.of(TunedJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI()).normalize();
        return source.equals(jar) ? Optional.of(jar) : Optional.empty();
    }

    private static OptionalInt start(Plan plan) {
        ProcessBuilder builder = new ProcessBuilder(plan.command()).inheritIO();
        // Their contents are among this JVM's options already, passed on above.
        builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
        Process child;
        try {
            child = builder.start();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        // Ctrl-C reaches both JVMs; a plain kill reaches only this one. Either way the run stops
        // cleanly, and the prompt comes back only once it has.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (child.isAlive()) {
                child.destroy();
                waitFor(child);
            }
        }, "stop-tuned-jvm"));
        int exit = waitFor(child);
        if (plan.draft() != null) {
            if (exit == ExitCode.WRITTEN.code() && Files.isRegularFile(plan.draft())) {
                plan.archive().install(plan.draft());
            } else {
                ClassDataArchive.discard(plan.draft());
            }
        }
        return OptionalInt.of(exit);
    }

    private static int waitFor(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // nothing interrupts this thread but shutdown, which waits for the child too
            }
        }
    }

    /** A launcher killed with SIGKILL cannot stop its child, so the child watches for it. */
    private static void stopWithLauncher() {
        ProcessHandle.current().parent().ifPresent(launcher -> launcher.onExit().thenRun(() -> {
            System.err.println("The program that started this run has stopped, so the run stops too.");
            System.exit(ExitCode.RUN_FAILED.code());
        }));
    }
}
