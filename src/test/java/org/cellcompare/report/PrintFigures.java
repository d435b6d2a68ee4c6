package org.cellcompare.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What a printed workbook looks like, in figures, for {@code scripts/print-figures.sh}:
 * <ul>
 *   <li>{@code paper IN OUT A4|Letter [full]}: a copy of the workbook set to print on that paper,
 *   as it is, or with {@code full} at 100 % whatever its width;</li>
 *   <li>{@code figures WORKBOOK AS-IS.html FULL.html}: from the words of the PDFs LibreOffice
 *   printed the two copies to ({@code pdftotext -bbox}), each sheet's pages and its print scale.</li>
 * </ul>
 * The scale is measured on the page: on a sheet's first page, the distance from its first line of
 * text down to the next, as printed, over the same distance printed at 100 %. Rows have set heights
 * and columns set widths, so the text wraps the same and the distance scales with the page alone.
 */
public final class PrintFigures {

    private static final Pattern PAGE = Pattern.compile("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">");
    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>");
    private PrintFigures() {
    }

    record Word(double x, double y, String text) {
    }

    record Page(double width, List<Word> words) {

        /** The running header is the page's top line. */
        double headerLine() {
            return words.stream().mapToDouble(Word::y).min().orElse(0);
        }

        boolean inHeader(Word word) {
            return Math.abs(word.y() - headerLine()) < 2;
        }
    }

    public static void main(String[] args) throws IOException {
        if ((args.length == 4 || args.length == 5) && args[0].equals("paper")) {
            paper(Path.of(args[1]), Path.of(args[2]), args[3], args.length == 5 && args[4].equals("full"));
        } else if (args.length == 4 && args[0].equals("figures")) {
            figures(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
        } else {
            System.err.println("usage: PrintFigures paper IN.xlsx OUT.xlsx A4|Letter [full]"
                    + " | figures WORKBOOK.xlsx AS-IS.html FULL.html");
            System.exit(2);
        }
    }

    private static void paper(Path in, Path out, String paper, boolean full) throws IOException {
        short size = switch (paper.toUpperCase(Locale.ROOT)) {
            case "A4" -> PrintSetup.A4_PAPERSIZE;
            case "LETTER" -> PrintSetup.LETTER_PAPERSIZE;
            default -> throw new IllegalArgumentException("paper must be A4 or Letter, not " + paper);
        };
        try (InputStream read = Files.newInputStream(in); XSSFWorkbook workbook = new XSSFWorkbook(read);
             OutputStream write = Files.newOutputStream(out)) {
            for (Sheet sheet : workbook) {
                sheet.getPrintSetup().setPaperSize(size);
                if (full) {
                    sheet.setFitToPage(false);
                    sheet.getPrintSetup().setScale((short) 100);
                }
            }
            workbook.write(write);
        }
    }

    private static void figures(Path workbookFile, Path asIs, Path full) throws IOException {
        Map<String, List<Page>> printed = bySheet(pages(Files.readString(asIs)));
        Map<String, List<Page>> atFull = bySheet(pages(Files.readString(full)));
        try (InputStream read = Files.newInputStream(workbookFile); XSSFWorkbook workbook = new XSSFWorkbook(read)) {
            for (Sheet sheet : workbook) {
                List<Page> pages = printed.getOrDefault(sheet.getSheetName(), List.of());
                List<Page> reference = atFull.getOrDefault(sheet.getSheetName(), List.of());
                Double scale = pages.isEmpty() || reference.isEmpty() ? null : scale(pages.get(0), reference.get(0));
                System.out.printf("%-24s pages=%-3d scale=%s%n", sheet.getSheetName(), pages.size(),
                        scale == null ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * scale));
            }
        }
    }

    private static Map<String, List<Page>> bySheet(List<Page> pages) {
        Map<String, List<Page>> bySheet = new LinkedHashMap<>();
        for (Page page : pages) {
            bySheet.computeIfAbsent(sheetNamed(page), name -> new ArrayList<>()).add(page);
        }
        return bySheet;
    }

    /** The running header's right part is the sheet's name. */
    private static String sheetNamed(Page page) {
        StringBuilder name = new StringBuilder();
        for (Word word : page.words()) {
            if (page.inHeader(word) && word.x() > page.width() / 2) {
                name.append(name.isEmpty() ? "" : " ").append(word.text());
            }
        }
        return name.toString();
    }

    /**
     * The distance from the first line of text down to a word below it that each page holds once,
     * as printed, over the same distance at 100 %.
     */
    private static Double scale(Page printed, Page full) {
        Word top = topWord(printed);
        Word fullTop = topWord(full);
        if (top == null || fullTop == null) {
            return null;
        }
        List<Word> below = printed.words().stream().filter(word -> word.y() > top.y() + 2)
                .sorted(Comparator.comparingDouble(Word::y)).toList();
        for (Word word : below) {
            Word match = onlyOne(full, word.text());
            if (onlyOne(printed, word.text()) != null && match != null && match.y() > fullTop.y() + 2) {
                return (word.y() - top.y()) / (match.y() - fullTop.y());
            }
        }
        return null;
    }

    private static Word topWord(Page page) {
        return page.words().stream().filter(word -> !page.inHeader(word)).min(Comparator.comparingDouble(Word::y))
                .orElse(null);
    }

    private static Word onlyOne(Page page, String text) {
        List<Word> found = page.words().stream().filter(word -> !page.inHeader(word) && word.text().equals(text)).toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    private static List<Page> pages(String html) {
        List<Page> pages = new ArrayList<>();
        String[] parts = html.split("(?=<page )");
        for (String part : parts) {
            Matcher page = PAGE.matcher(part);
            if (!page.find()) {
                continue;
            }
            List<Word> words = new ArrayList<>();
            Matcher word = WORD.matcher(part);
            while (word.find()) {
                words.add(new Word(Double.parseDouble(word.group(1)), Double.parseDouble(word.group(2)), unescape(word.group(5))));
            }
            pages.add(new Page(Double.parseDouble(page.group(1)), words));
        }
        return pages;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
