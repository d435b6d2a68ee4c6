package org.cellcompare.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

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
        String extension = extension(file);
        return switch (magic) {
            case OOXML -> {
                if (extension.equals("xlsb") || extension.equals("ods")) {
                    throw new UnsupportedFileFormatException(magic, extension);
                }
                yield new XlsxTableFile(file, null);
            }
            case OLE2 -> openOle2(file);
            default -> openAsText(file, magic);
        };
    }

    /**
     * An OLE2 file is a legacy .xls, or an encrypted .xlsx wrapped in OLE2. Excel encrypts with a
     * built-in password ("VelvetSweatshop") when a workbook is only write-protected; such files
     * read. Any other password means the sender must send an unprotected copy.
     */
    private static TableFile openOle2(Path file) throws IOException {
        boolean encryptedPackage;
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            encryptedPackage = fs.getRoot().hasEntry("EncryptionInfo");
            if (encryptedPackage) {
                Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(fs));
                if (!decryptor.verifyPassword(Decryptor.DEFAULT_PASSWORD)) {
                    throw new EncryptedDocumentException("The workbook is protected with a password");
                }
            }
        } catch (GeneralSecurityException e) {
            throw new EncryptedDocumentException("The workbook is encrypted and cannot be opened", e);
        }
        return encryptedPackage ? new XlsxTableFile(file, Decryptor.DEFAULT_PASSWORD) : new XlsTableFile(file);
    }

    private static TableFile openAsText(Path file, FileMagic magic) throws IOException {
        if (CSV_EXTENSIONS.contains(extension(file)) && (magic == FileMagic.UNKNOWN || magic == FileMagic.HTML
                || magic == FileMagic.XML)) {
            return new CsvTableFile(file);
        }
        if (magic == FileMagic.XML && isSpreadsheetMl(file)) {
            throw new UnsupportedFileFormatException(magic, "spreadsheetml");
        }
        throw new UnsupportedFileFormatException(magic, extension(file));
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Excel 2003's XML format, which names its own namespace near the top of the file. */
    private static boolean isSpreadsheetMl(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            return head.contains("urn:schemas-microsoft-com:office:spreadsheet");
        }
    }

    /** The file is something other than a workbook or CSV that CellCompare can read. */
    static final class UnsupportedFileFormatException extends IOException {
        private final FileMagic magic;
        private final String kind;

        UnsupportedFileFormatException(FileMagic magic, String kind) {
            super("unsupported file type: " + magic + " " + kind);
            this.magic = magic;
            this.kind = kind;
        }

        FileMagic magic() {
            return magic;
        }

        /** The file extension, or "spreadsheetml" for Excel 2003 XML. */
        String kind() {
            return kind;
        }
    }
}
