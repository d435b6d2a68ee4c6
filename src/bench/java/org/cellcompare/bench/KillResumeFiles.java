package org.cellcompare.bench;

import java.nio.file.Path;

import org.cellcompare.support.GeneratedOfferings;
import org.cellcompare.support.OpenedWorkbook;

/**
 * The files scripts/kill-resume.sh works with, made and read by the same code as CrashRecoveryTests:
 * {@code generate FILE ROWS SEED} writes a generated offerings CSV; {@code summary WORKBOOK} prints
 * the workbook's Summary sheet, one line per row, for comparing a resumed run with a clean one.
 */
public final class KillResumeFiles {

    private KillResumeFiles() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("generate")) {
            GeneratedOfferings.csv(Path.of(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]));
        } else if (args.length == 2 && args[0].equals("summary")) {
            try (OpenedWorkbook workbook = OpenedWorkbook.open(Path.of(args[1]))) {
                workbook.lines("Summary").forEach(System.out::println);
            }
        } else {
            System.err.println("Usage: KillResumeFiles generate FILE ROWS SEED | summary WORKBOOK");
            System.exit(2);
        }
    }
}
