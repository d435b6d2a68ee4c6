package org.cellcompare.files;

import java.nio.file.Path;

/**
 * Shows paths from the input folder. Messages of libraries quote the full path of a file they could
 * not open; analysts know their files as {@code offerings/clinics.xlsx}, and the server's own
 * layout is nothing the families' workbook should show.
 */
public final class InputPaths {

    private final String prefix;

    private InputPaths(String prefix) {
        this.prefix = prefix;
    }

    public static InputPaths of(Path input) {
        Path folder = input.toAbsolutePath().normalize();
        return new InputPaths(folder.toString() + folder.getFileSystem().getSeparator());
    }

    /** The text with every path under the input folder written from the folder; null stays null. */
    public String shown(String text) {
        return text == null ? null : text.replace(prefix, "");
    }
}
