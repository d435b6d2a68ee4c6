package org.cellcompare;

import java.util.OptionalInt;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import org.cellcompare.cli.CommandLine;
import org.cellcompare.cli.ExitCode;
import org.cellcompare.cli.QuickCompiler;
import org.cellcompare.cli.TunedJvm;
import org.cellcompare.job.MemoryWatch;
import org.cellcompare.job.RunFailures;

/** CellCompare: the monthly comparison of stem-cell therapy offerings for cerebral palsy. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CellCompareApplication {

    public static void main(String[] args) {
        OptionalInt tuned = TunedJvm.run(args);
        if (tuned.isPresent()) {
            System.exit(tuned.getAsInt());
        }
        // H2 hashes every value it reads or writes to share equal ones (3% of a 100,000-row run's
        // CPU); staged offerings are nearly all distinct. Read once, so set before H2 loads.
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
        if (!TunedJvm.isChild()) { // which has its compiler already
            QuickCompiler.chooseFor(args);
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
