package org.cellcompare.ingest;

import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Says, in words an analyst can act on, why a whole file could not be read. POI reports the same
 * few situations through many exception types; this maps them to four answers, each starting the
 * same way so they can be sorted: the file is encrypted, is saved in a format CellCompare cannot
 * read, is not a spreadsheet, or is damaged.
 */
final class FileProblems {

    static final String ENCRYPTED = "The file is encrypted (password-protected)";
    static final String UNSUPPORTED = "The file is saved in a format CellCompare cannot read";
    static final String NOT_A_SPREADSHEET = "The file is not a spreadsheet";
    static final String DAMAGED = "The file is damaged";

    private FileProblems() {
    }

    static InputProblem describe(String file, Throwable error) {
        String message = messages(error);
        if (error instanceof TableFiles.UnsupportedFileFormatException unsupported) {
            return unsupported(file, unsupported);
        }
        if (has(error, EncryptedDocumentException.class) || message.contains("password") || message.contains("decrypt")) {
            return InputProblem.forFile(file, ENCRYPTED + ", so it cannot be opened.",
                    "Ask the sender for an unprotected copy.");
        }
        if (has(error, OldExcelFormatException.class) || message.contains("biff")) {
            return InputProblem.forFile(file, UNSUPPORTED + ": an old Excel format (Excel 95 or earlier).",
                    "Open it in Excel or LibreOffice and save it as .xlsx.");
        }
        if (has(error, ODFNotOfficeXmlFileException.class) || message.contains("opendocument")) {
            return InputProblem.forFile(file, UNSUPPORTED + ": an OpenDocument spreadsheet (.ods).",
                    "Open it in LibreOffice and save it as .xlsx.");
        }
        if (message.contains("zip bomb") || message.contains("inflate ratio") || message.contains("entity expansion")
                || message.contains("doctype") || message.contains("entities") || message.contains("too large")
                || message.contains("far larger")) {
            return InputProblem.forFile(file, DAMAGED + " or unsafe: it would expand to far more data than its size suggests,"
                    + " so it was not opened.", "Check where the file came from, and ask the sender for an ordinary copy.");
        }
        if (message.contains("empty (zero bytes")) {
            return InputProblem.forFile(file, "The file is empty (0 bytes), so there was nothing to read.",
                    "If offerings should be here, save the file again from the spreadsheet; otherwise delete it.");
        }
        Throwable cause = rootCause(error);
        if (cause instanceof FileNotFoundException || cause instanceof NoSuchFileException
                || cause instanceof AccessDeniedException) {
            return InputProblem.forFile(file, "The file could not be opened: " + cause.getMessage() + ".",
                    "Check that the file exists and can be read by the account running CellCompare.");
        }
        if (message.contains("multiline limit") || message.contains("more lines than the specified upper limit")
                || message.contains("unterminated")) {
            return InputProblem.forFile(file, DAMAGED + ": a quoted value is never closed, so the rest of the file runs together.",
                    "Find the value with an opening quote (\") and no closing quote, fix it, and save again.");
        }
        if (message.contains("line is longer than")) {
            return InputProblem.forFile(file, DAMAGED + " or is not a table: " + shortMessage(cause) + ".",
                    "Check that this is the offerings table, saved as CSV from a spreadsheet.");
        }
        return InputProblem.forFile(file, DAMAGED + " and could not be read (" + shortMessage(cause) + ").",
                "Ask the sender to save it again as .xlsx, or open it in Excel or LibreOffice and save a new copy.");
    }

    private static InputProblem unsupported(String file, TableFiles.UnsupportedFileFormatException e) {
        String kind = switch (e.kind()) {
            case "xlsb" -> ": an Excel binary workbook (.xlsb)";
            case "ods" -> ": an OpenDocument spreadsheet (.ods)";
            case "spreadsheetml" -> ": an Excel 2003 XML spreadsheet";
            default -> null;
        };
        if (kind != null) {
            return InputProblem.forFile(file, UNSUPPORTED + kind + ".", "Open it in Excel or LibreOffice and save it as .xlsx.");
        }
        if (e.magic() == FileMagic.BIFF2 || e.magic() == FileMagic.BIFF3 || e.magic() == FileMagic.BIFF4) {
            return InputProblem.forFile(file, UNSUPPORTED + ": an old Excel format (Excel 4 or earlier).",
                    "Open it in Excel or LibreOffice and save it as .xlsx.");
        }
        String what = switch (e.magic()) {
            case PDF -> " (it is a PDF document)";
            case HTML -> " (it is a web page)";
            case XML -> " (it is an XML file)";
            case WORD2 -> " (it is a Word document)";
            case JPEG, PNG, GIF, BMP, TIFF -> " (it is an image)";
            default -> "";
        };
        return InputProblem.forFile(file, NOT_A_SPREADSHEET + " CellCompare can read" + what + ".",
                "Save offerings as .xlsx, .xls or .csv in input/offerings/, or move this file elsewhere.");
    }

    private static boolean has(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String messages(Throwable error) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            all.append(t.getClass().getSimpleName()).append(' ').append(t.getMessage()).append(' ');
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }

    private static Throwable rootCause(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String shortMessage(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        message = message.strip().replaceAll("\\s+", " ");
        return message.length() > 160 ? message.substring(0, 157) + "..." : message;
    }
}
