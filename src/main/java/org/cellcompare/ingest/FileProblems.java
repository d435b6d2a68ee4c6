package org.cellcompare.ingest;

import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.util.Locale;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Says, in words an analyst can act on, why a whole file could not be read. POI reports the
 * same few situations through many exception types; this maps them to what to do.
 */
final class FileProblems {

    private FileProblems() {
    }

    static InputProblem describe(String file, Throwable error) {
        Throwable cause = rootCause(error);
        String message = messages(error);
        if (has(error, EncryptedDocumentException.class) || message.contains("password")) {
            return InputProblem.forFile(file, "The file is encrypted (password-protected).",
                    "Ask the sender for an unprotected copy.");
        }
        if (has(error, OldExcelFormatException.class) || message.contains("biff")) {
            return InputProblem.forFile(file, "The file is in an old Excel format (Excel 95 or earlier) that cannot be read.",
                    "Open it in Excel or LibreOffice and save it as .xlsx.");
        }
        if (has(error, ODFNotOfficeXmlFileException.class) || message.contains("opendocument")) {
            return InputProblem.forFile(file, "The file is an OpenDocument spreadsheet (.ods), which is not supported.",
                    "Open it in LibreOffice and save it as .xlsx.");
        }
        if (message.contains("xlsb") || message.contains(".xlsb")) {
            return InputProblem.forFile(file, "The file is an Excel binary workbook (.xlsb), which is not supported.",
                    "Open it in Excel and save it as .xlsx.");
        }
        if (message.contains("strict ooxml")) {
            return InputProblem.forFile(file, "The file is saved as 'Strict Open XML', which is not supported.",
                    "Open it in Excel and save it as an ordinary Excel Workbook (.xlsx).");
        }
        if (message.contains("zip bomb") || message.contains("inflate ratio") || message.contains("entity expansion")
                || message.contains("doctype") || message.contains("entities")) {
            return InputProblem.forFile(file, "The file expands to far more data than its size suggests and was not opened, for safety.",
                    "Check where the file came from; ask the sender for an ordinary copy.");
        }
        if (error instanceof TableFiles.UnsupportedFileFormatException unsupported) {
            return notASpreadsheet(file, unsupported.magic());
        }
        if (cause instanceof FileNotFoundException || cause instanceof AccessDeniedException) {
            return InputProblem.forFile(file, "The file could not be opened: " + cause.getMessage() + ".",
                    "Check that the file exists and can be read by the account running CellCompare.");
        }
        if (message.contains("multiline limit") || message.contains("unterminated")) {
            return InputProblem.forFile(file, "A quoted value is never closed, so the rest of the file runs together.",
                    "Find the value with an opening quote (\") and no closing quote, fix it, and save again.");
        }
        return InputProblem.forFile(file, "The file is damaged and could not be read (" + shortMessage(cause) + ").",
                "Ask the sender to save it again as .xlsx, or open it in Excel or LibreOffice and save a new copy.");
    }

    private static InputProblem notASpreadsheet(String file, FileMagic magic) {
        String what = switch (magic) {
            case PDF -> " (it is a PDF document)";
            case HTML -> " (it is a web page)";
            case XML -> " (it is an XML file)";
            case WORD2 -> " (it is a Word document)";
            case JPEG, PNG, GIF, BMP, TIFF -> " (it is an image)";
            default -> "";
        };
        return InputProblem.forFile(file, "The file is not a spreadsheet CellCompare can read" + what + ".",
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
