package org.cellcompare.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Keeps a run on small offerings off the JVM's optimizing (C2) compiler. On two cores C2 spends
 * more time compiling Spring, H2, POI and xmlbeans than a monthly file takes to read, and it takes
 * one of the two cores to do so: 100,000 rows run in 25 s instead of 33, the sample in 3.1 s
 * instead of 4.1. A pooled file of a million rows runs long enough for C2's code to pay back, and
 * half as long again without it, so offerings of 25,000 KB or more keep it. The launch scripts make
 * the same choice with {@code -XX:TieredStopAtLevel=1}, and so does {@link TunedJvm} for {@code
 * java -jar}. A month that runs in the JVM it was started in (another JVM option given, or {@code
 * -Dcellcompare.tuned-jvm=false}) gets the choice here, with a compiler directive, HotSpot's {@code
 * jcmd Compiler.directives_add}, which a running JVM accepts for itself.
 *
 * <p>{@code -Dcellcompare.quick-compiler=false} keeps C2 whatever the size (to measure the
 * difference). Where the directive cannot be added (another JVM, no temporary folder) the run goes on
 * with both compilers, only slower, so a failure is not reported.
 */
public final class QuickCompiler {

    /** The size in KB below which C2 costs more than it gains; the launch scripts use the same figure. */
    static final long SMALL_OFFERINGS_KB = 25_000;

    static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private QuickCompiler() {
    }

    /**
     * Adds the directive on a background thread when the run's offerings are small: building the JMX
     * server that takes it costs 0.1 s, which the run's first steps need not wait for, as C2 starts
     * compiling only once methods have run thousands of times.
     */
    public static void chooseFor(String... args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (RuntimeException e) {
            return; // the command line reports it
        }
        if (!suits(options)) {
            return;
        }
        Thread thread = new Thread(QuickCompiler::excludeC2, "quick-compiler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether the run these options ask for is better off without C2. */
    static boolean suits(Options options) {
        return enabled() && !options.help() && !options.version() && options.template() == null
                && isSmall(options.input().resolve("offerings"));
    }

    /** False when {@code -Dcellcompare.quick-compiler=false} keeps C2 whatever the size. */
    static boolean enabled() {
        return Boolean.parseBoolean(System.getProperty("cellcompare.quick-compiler", "true"));
    }

    /** True if the files directly in the folder come to less than {@link #SMALL_OFFERINGS_KB}. */
    static boolean isSmall(Path offerings) {
        return isSmall(bytes(offerings));
    }

    /** True if offerings of so many bytes are under {@link #SMALL_OFFERINGS_KB}. */
    static boolean isSmall(long bytes) {
        return bytes < SMALL_OFFERINGS_KB * 1024;
    }

    /**
     * What the files directly in the folder come to: nothing for a missing folder (the run stops at
     * once with its own message), and too much to count as small for one that cannot be listed.
     */
    static long bytes(Path offerings) {
        if (!Files.isDirectory(offerings)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(offerings)) {
            return files.filter(Files::isRegularFile).mapToLong(QuickCompiler::size).sum();
        } catch (IOException | RuntimeException e) {
            return Long.MAX_VALUE;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Adds {@link #DIRECTIVE} to this JVM. */
    private static void excludeC2() {
        Path directive = null;
        try {
            directive = Files.createTempFile("cellcompare-jit", ".json");
            Files.writeString(directive, DIRECTIVE);
            ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {directive.toString()}}, new String[] {String[].class.getName()});
        } catch (IOException | JMException | RuntimeException e) {
            // left with both compilers: slower, not wrong
        } finally {
            deleteQuietly(directive);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
