package org.cellcompare.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What a printed workbook looks like, in figures, for {@code scripts/print-figures.sh}:
 * <ul>
 *   <li>{@code paper IN OUT A4|Letter}: a copy of the workbook set to print on that paper;</li>
 *   <li>{@code figures WORKBOOK BBOX}: from the words of the PDF LibreOffice printed it to
 *   ({@code pdftotext -bbox}), each sheet's pages and the scale it was printed at.</li>
 * </ul>
 * The scale is measured, not taken from the file: on a sheet's first page, the distance between
 * two headings of its first row of text headings, over the width of the columns between them. A
 * sheet of one column has no such pair; its scale is the page's width over the column's, at most 1.
 */
public final class PrintFigures {

    private static final Pattern PAGE = Pattern.compile("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">");
    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>");
    /** The running header sits in the top margin: 0.75 inch. */
    private static final double TOP_MARGIN = 54;

    private PrintFigures() {
    }

    record Word(double x, double y, double right, String text) {
    }

    record Page(double width, List<Word> words) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 4 && args[0].equals("paper")) {
            paper(Path.of(args[1]), Path.of(args[2]), args[3]);
        } else if (args.length == 3 && args[0].equals("figures")) {
            figures(Path.of(args[1]), Path.of(args[2]));
        } else {
            System.err.println("usage: PrintFigures paper IN.xlsx OUT.xlsx A4|Letter | figures WORKBOOK.xlsx BBOX.html");
            System.exit(2);
        }
    }

    private static void paper(Path in, Path out, String paper) throws IOException {
        short size = switch (paper.toUpperCase(Locale.ROOT)) {
            case "A4" -> PrintSetup.A4_PAPERSIZE;
            case "LETTER" -> PrintSetup.LETTER_PAPERSIZE;
            default -> throw new IllegalArgumentException("paper must be A4 or Letter, not " + paper);
        };
        try (InputStream read = Files.newInputStream(in); XSSFWorkbook workbook = new XSSFWorkbook(read);
             OutputStream write = Files.newOutputStream(out)) {
            for (Sheet sheet : workbook) {
                sheet.getPrintSetup().setPaperSize(size);
            }
            workbook.write(write);
        }
    }

    private static void figures(Path workbookFile, Path bbox) throws IOException {
        List<Page> pages = pages(Files.readString(bbox));
        Map<String, List<Page>> bySheet = new LinkedHashMap<>();
        for (Page page : pages) {
            bySheet.computeIfAbsent(sheetNamed(page), name -> new ArrayList<>()).add(page);
        }
        try (InputStream read = Files.newInputStream(workbookFile); XSSFWorkbook workbook = new XSSFWorkbook(read)) {
            for (Sheet sheet : workbook) {
                List<Page> printed = bySheet.getOrDefault(sheet.getSheetName(), List.of());
                String scale = printed.isEmpty() ? "-" : scale(sheet, printed.get(0));
                System.out.printf("%-24s pages=%-3d scale=%s%n", sheet.getSheetName(), printed.size(), scale);
            }
        }
    }

    /** The running header's right part is the sheet's name. */
    private static String sheetNamed(Page page) {
        StringBuilder name = new StringBuilder();
        for (Word word : page.words()) {
            if (word.y() < TOP_MARGIN && word.x() > page.width() / 2) {
                name.append(name.isEmpty() ? "" : " ").append(word.text());
            }
        }
        return name.toString();
    }

    private static String scale(Sheet sheet, Page page) {
        for (Row row : sheet) {
            List<Cell> headings = new ArrayList<>();
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()) {
                    headings.add(cell);
                }
            }
            if (headings.size() < 2 || sheet.getMergedRegions().stream().anyMatch(r -> r.isInRange(row.getRowNum(), 0))) {
                continue;
            }
            Cell first = headings.get(0);
            Cell last = headings.get(headings.size() - 1);
            Word left = find(page, firstWord(first), null);
            Word right = left == null ? null : find(page, firstWord(last), left);
            if (right != null) {
                double columns = 0;
                for (int c = first.getColumnIndex(); c < last.getColumnIndex(); c++) {
                    columns += sheet.getColumnWidthInPixels(c) * 0.75;
                }
                return String.format(Locale.ROOT, "%.0f%%", 100 * (right.x() - left.x()) / columns);
            }
        }
        double columns = sheet.getColumnWidthInPixels(0) * 0.75;
        double printable = page.width() - 2 * 0.7 * 72;
        return String.format(Locale.ROOT, "%.0f%% (one column: page over column)", 100 * Math.min(1, printable / columns));
    }

    private static String firstWord(Cell cell) {
        return cell.getStringCellValue().strip().split("\\s+")[0];
    }

    /** The word below the running header; beside {@code sameLine} when given. */
    private static Word find(Page page, String text, Word sameLine) {
        for (Word word : page.words()) {
            if (word.y() >= TOP_MARGIN && word.text().equals(text)
                    && (sameLine == null || Math.abs(word.y() - sameLine.y()) < 2 && word.x() > sameLine.right())) {
                return word;
            }
        }
        return null;
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
                words.add(new Word(Double.parseDouble(word.group(1)), Double.parseDouble(word.group(2)),
                        Double.parseDouble(word.group(3)), unescape(word.group(5))));
            }
            pages.add(new Page(Double.parseDouble(page.group(1)), words));
        }
        return pages;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
