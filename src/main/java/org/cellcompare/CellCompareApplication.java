package org.cellcompare;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import org.cellcompare.cli.CommandLine;
import org.cellcompare.cli.QuickCompiler;

/** CellCompare: the monthly comparison of stem-cell therapy offerings for cerebral palsy. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CellCompareApplication {

    public static void main(String[] args) {
        QuickCompiler.chooseFor(args);
        System.exit(new CommandLine(System.out, System.err).run(args));
    }
}
