package org.cellcompare.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Opens an offering file by what it is, not by what its name says: a workbook saved as
 * {@code .xls} but really {@code .xlsx} (or the other way round) still reads.
 */
public final class TableFiles {

    static final Set<String> CSV_EXTENSIONS = Set.of("csv", "txt", "tsv");

    private TableFiles() {
    }

    public static TableFile open(Path file) throws IOException {
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        }
        return switch (magic) {
            case OOXML -> new XlsxTableFile(file);
            case OLE2 -> new XlsTableFile(file);
            default -> openAsText(file, magic);
        };
    }

    private static TableFile openAsText(Path file, FileMagic magic) throws IOException {
        if (CSV_EXTENSIONS.contains(extension(file)) && (magic == FileMagic.UNKNOWN || magic == FileMagic.HTML
                || magic == FileMagic.XML)) {
            return new CsvTableFile(file);
        }
        throw new UnsupportedFileFormatException(magic);
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The file is something other than a workbook or CSV that CellCompare can read. */
    static final class UnsupportedFileFormatException extends IOException {
        private final FileMagic magic;

        UnsupportedFileFormatException(FileMagic magic) {
            super("unsupported file type: " + magic);
            this.magic = magic;
        }

        FileMagic magic() {
            return magic;
        }
    }
}
