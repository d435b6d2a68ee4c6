package org.cellcompare.support;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files made to hurt a reader: built at test time, so the repository holds no bombs. */
public final class HostileFiles {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private HostileFiles() {
    }

    /** A workbook whose one sheet inflates from a few kilobytes to 200 MB of nothing. */
    public static Path zipBomb(Path file) throws IOException {
        return workbook(file, sheet -> {
            sheet.write(row(1, "Provider", "Country"));
            char[] spaces = new char[1 << 20];
            Arrays.fill(spaces, ' ');
            for (int i = 0; i < 200; i++) {
                sheet.write(spaces);
            }
        });
    }

    /** A header, then one row 200,000 cells wide. */
    public static Path wideSheet(Path file) throws IOException {
        return workbook(file, sheet -> {
            sheet.write(row(1, "Provider", "Country", "Price"));
            sheet.write("<row r=\"2\">");
            for (int c = 0; c < 200_000; c++) {
                sheet.write("<c t=\"inlineStr\"><is><t>" + (c == 0 ? "Wide Clinic" : c == 1 ? "Thailand" : "x" + c) + "</t></is></c>");
            }
            sheet.write("</row>");
        });
    }

    /** A header, a million empty rows, and one clinic on row 1,000,000. */
    public static Path millionRows(Path file) throws IOException {
        return workbook(file, sheet -> {
            sheet.write(row(1, "Provider", "Country", "Price"));
            for (int r = 2; r < 1_000_000; r++) {
                sheet.write("<row r=\"" + r + "\"/>");
            }
            sheet.write(row(1_000_000, "Far Clinic", "Thailand", "฿300,000"));
        });
    }

    /** A CSV whose second row holds one 50 MB cell. */
    public static Path hugeCell(Path file) throws IOException {
        try (Writer out = new OutputStreamWriter(new BufferedOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8)) {
            out.write("Provider,Country,Claims\nHuge Clinic,Thailand,");
            char[] block = new char[1 << 20];
            Arrays.fill(block, 'x');
            for (int i = 0; i < 50; i++) {
                out.write(block);
            }
            out.write("\n");
        }
        return file;
    }

    /** A CSV with a quote opened on its second row and never closed. */
    public static Path unterminatedQuote(Path file) throws IOException {
        StringBuilder csv = new StringBuilder("Provider,Country,Claims\nQuote Clinic,Thailand,\"never closed\n");
        for (int i = 0; i < 1000; i++) {
            csv.append("Clinic ").append(i).append(",Mexico,nothing\n");
        }
        Files.writeString(file, csv);
        return file;
    }

    private static String row(int number, String... values) {
        StringBuilder row = new StringBuilder("<row r=\"" + number + "\">");
        for (String value : values) {
            row.append("<c t=\"inlineStr\"><is><t>").append(value).append("</t></is></c>");
        }
        return row.append("</row>").toString();
    }

    private interface SheetBody {
        void write(Writer sheet) throws IOException;
    }

    /** The smallest workbook Excel and POI accept, with the given sheet data. */
    private static Path workbook(Path file, SheetBody body) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file)); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer sheet = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>");
            body.write(sheet);
            sheet.write("</sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
