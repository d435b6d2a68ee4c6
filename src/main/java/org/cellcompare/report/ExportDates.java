package org.cellcompare.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a registry export is shown with on Read me first. A ClinicalTrials.gov CSV export
 * carries no date of its own, neither in its header nor in the name the website gives it
 * ({@code ctg-studies.csv}), and a file's modification date is the day it was unzipped or copied as
 * often as the day it was exported. So: the date in its name when someone put one there
 * ({@code ctg-studies-2026-10-05.csv}); the day this run's {@code --update-registry} saved it;
 * otherwise the file's date, called that.
 */
final class ExportDates {

    /** A whole date in a file name: 2026-10-05, 2026_10_05, 2026.10.05 or 20261005, not inside a longer number. */
    private static final Pattern DATE_IN_NAME = Pattern.compile("(?<!\\d)(\\d{4})([-_.]?)(\\d{2})\\2(\\d{2})(?!\\d)");
    /** ClinicalTrials.gov's registry opened in 2000; an export dated earlier is some other number. */
    private static final LocalDate FIRST_EXPORT = LocalDate.of(2000, 1, 1);

    private ExportDates() {
    }

    static String describe(ReportText text, String file, Path path, Downloads downloads) {
        Optional<LocalDate> named = dateInName(path.getFileName().toString(), LocalDate.now());
        if (named.isPresent()) {
            return text.get("readme.registryFile.named", file, named.get().toString());
        }
        if (file.equals(downloads.registryFile()) && downloads.registrySavedOn() != null) {
            return text.get("readme.registryFile.downloaded", file, downloads.registrySavedOn().toString());
        }
        return text.get("readme.registryFile.fileDated", file, fileDate(path));
    }

    /** The first plausible date in {@code name}: a real day, from 2000 to {@code today}. */
    static Optional<LocalDate> dateInName(String name, LocalDate today) {
        Matcher m = DATE_IN_NAME.matcher(name);
        while (m.find()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4)));
                if (!date.isBefore(FIRST_EXPORT) && !date.isAfter(today.plusDays(1))) {
                    return Optional.of(date);
                }
            } catch (DateTimeException e) {
                // not a day: look further along the name
            }
        }
        return Optional.empty();
    }

    private static String fileDate(Path file) {
        try {
            return LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault()).toString();
        } catch (IOException e) {
            return "?";
        }
    }
}
