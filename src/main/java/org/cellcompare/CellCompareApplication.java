package org.cellcompare;

import java.util.OptionalInt;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import org.cellcompare.cli.CommandLine;
import org.cellcompare.cli.QuickCompiler;
import org.cellcompare.cli.TunedJvm;

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
        System.exit(new CommandLine(System.out, System.err).run(args));
    }
}
