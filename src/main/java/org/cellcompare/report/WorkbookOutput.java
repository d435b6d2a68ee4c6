package org.cellcompare.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Where the workbook's bytes go: a file on disk, or in a test a disk that fills up. */
@FunctionalInterface
public interface WorkbookOutput {

    OutputStream open(Path file) throws IOException;
}
