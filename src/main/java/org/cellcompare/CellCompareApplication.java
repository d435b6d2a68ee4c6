package org.cellcompare;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * CellCompare: the monthly comparison of stem-cell therapy offerings for cerebral palsy. This is
 * the Spring application the command line runs ({@code cli/Main} is where a run starts); it holds
 * no code, so that nothing below it depends on the command line.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CellCompareApplication {
}
