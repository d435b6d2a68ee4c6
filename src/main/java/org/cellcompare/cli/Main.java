package org.cellcompare.cli;

import org.cellcompare.job.MemoryWatch;
import org.cellcompare.job.RunFailures;

/**
 * Where a run starts: {@code java -jar cellcompare.jar}, the launchers and {@code ./mvnw
 * spring-boot:run}. The JVM's options are the launchers' to choose ({@code jvm.options} beside
 * them), not this class's.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // H2 hashes every value it reads or writes to share equal ones; staged offerings are nearly
        // all distinct. Read once, so set before H2 loads.
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
        MemoryWatch.install();
        // A thread of the run's own that dies of OutOfMemoryError could leave another waiting for it
        // for ever: stop the process with the sentence that says what to do.
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            if (failure instanceof OutOfMemoryError) {
                System.err.println(RunFailures.sentence(failure, "").orElseThrow());
                Runtime.getRuntime().halt(ExitCode.RUN_FAILED.code());
            }
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            failure.printStackTrace(System.err);
        });
        System.exit(new CommandLine(System.out, System.err).run(args));
    }
}
