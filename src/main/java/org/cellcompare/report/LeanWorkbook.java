package org.cellcompare.report;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A streamed workbook tuned for sheets of a million offerings. Rows wait on disk compressed at the
 * fastest level, on a thread of their own, and go into the .xlsx as they are: POI would inflate
 * them and deflate them again, a quarter of the time the workbook took to write. Every other part
 * is compressed at the fastest level too (a file about a fifth larger, written in half the time),
 * and text without special characters is written whole.
 */
final class LeanWorkbook extends SXSSFWorkbook {

    /** Rows kept in memory per sheet before they go to disk. */
    private static final int ROWS_IN_MEMORY = 200;

    private final Map<SXSSFSheet, RowsWriter> rowsOfSheet = new IdentityHashMap<>();
    private final Map<Sheet, SheetLinks> linksOfSheet = new IdentityHashMap<>();
    private RowsWriter newest;

    LeanWorkbook() {
        super(ROWS_IN_MEMORY);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        newest = new RowsWriter();
        return newest;
    }

    /** SXSSF makes a sheet's writer while making the sheet; these pair them. */
    @Override
    public SXSSFSheet createSheet(String name) {
        return paired(super.createSheet(name));
    }

    @Override
    public SXSSFSheet createSheet() {
        return paired(super.createSheet());
    }

    private SXSSFSheet paired(SXSSFSheet sheet) {
        rowsOfSheet.put(sheet, newest);
        return sheet;
    }

    /** The web links of one of this workbook's sheets, which go into the .xlsx with its rows. */
    SheetLinks links(Sheet sheet) {
        return linksOfSheet.computeIfAbsent(sheet, s -> new SheetLinks());
    }

    /**
     * What POI's own method does, with every entry handed to the zip already compressed: with
     * its sizes known, each entry's header is whole and needs no data descriptor and no Zip64
     * fields, the form Excel itself writes.
     */
    @Override
    protected void injectData(ZipEntrySource template, OutputStream out) throws IOException {
        try {
            ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
            zip.setUseZip64(Zip64Mode.AsNeeded);
            Map<String, SheetLinks> linksOfPart = linksByPartName();
            Map<String, SheetLinks> relationshipsToAdd = new TreeMap<>();
            linksOfPart.forEach((part, links) -> relationshipsToAdd.put(relationshipsPartOf(part), links));
            Enumeration<? extends ZipArchiveEntry> entries = template.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                String name = entry.getName();
                try (InputStream in = template.getInputStream(entry)) {
                    if (in instanceof ZipArchiveThresholdInputStream guarded) {
                        // as POI does: a sheet's parts may be far more repetitive than its zip-bomb guard expects
                        guarded.setGuardState(false);
                    }
                    RowsWriter rows = rowsOf(name);
                    SheetLinks linkRelationships = relationshipsToAdd.remove(name);
                    RawZipEntry raw;
                    if (rows != null) {
                        raw = RawZipEntry.worksheet(in, rows.file().toPath(), rows.deflate, linksOfPart.get(name));
                    } else if (linkRelationships != null) {
                        raw = RawZipEntry.of(utf8(linkRelationships.relationshipsPart(
                                new String(in.readAllBytes(), StandardCharsets.UTF_8))));
                    } else {
                        raw = RawZipEntry.of(in);
                    }
                    add(zip, raw, name, entry.getTime());
                }
            }
            // a sheet with links and no other relationships has no relationships part yet
            for (Map.Entry<String, SheetLinks> missing : relationshipsToAdd.entrySet()) {
                add(zip, RawZipEntry.of(utf8(missing.getValue().relationshipsPart(null))), missing.getKey(), -1);
            }
            zip.finish();
        } finally {
            template.close();
        }
    }

    /**
     * Deletes the rows' files and drops the template. POI's own close would first save the whole
     * template once more into memory, links and all, only to throw it away.
     */
    @Override
    public void close() throws IOException {
        try {
            dispose();
        } finally {
            getXSSFWorkbook().getPackage().revert();
        }
    }

    private static void add(ZipArchiveOutputStream zip, RawZipEntry raw, String name, long time) throws IOException {
        try (InputStream data = raw.data()) {
            zip.addRawArchiveEntry(raw.header(name, time), data);
        }
    }

    private static InputStream utf8(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** Each sheet's links by the zip entry name of the sheet's part, such as {@code xl/worksheets/sheet3.xml}. */
    private Map<String, SheetLinks> linksByPartName() {
        Map<String, SheetLinks> byPart = new HashMap<>();
        linksOfSheet.forEach((sheet, links) -> {
            XSSFSheet xssf = getXSSFWorkbook().getSheetAt(getSheetIndex(sheet));
            byPart.put(xssf.getPackagePart().getPartName().getName().substring(1), links);
        });
        return byPart;
    }

    /** {@code xl/worksheets/sheet3.xml} → {@code xl/worksheets/_rels/sheet3.xml.rels}, as OPC names it. */
    private static String relationshipsPartOf(String partName) {
        int slash = partName.lastIndexOf('/');
        return partName.substring(0, slash + 1) + "_rels/" + partName.substring(slash + 1) + ".rels";
    }

    private RowsWriter rowsOf(String entryName) throws IOException {
        XSSFSheet sheet = getSheetFromZipEntryName(entryName);
        if (sheet == null || sheet instanceof XSSFChartSheet) {
            return null;
        }
        SXSSFSheet streamed = getSheetAt(getXSSFWorkbook().getSheetIndex(sheet));
        RowsWriter rows = rowsOfSheet.get(streamed);
        if (rows == null) {
            throw new IOException("No rows were written for the sheet " + sheet.getSheetName());
        }
        rows.close();
        return rows;
    }

    private static final class RowsWriter extends SheetDataWriter {

        private BackgroundDeflate deflate;
        private final StringBuilder cellXml = new StringBuilder(256);
        /** Column letters by index, made as columns are first written. */
        private String[] letters = new String[32];

        RowsWriter() throws IOException {
            super();
        }

        File file() {
            return getTempFile();
        }

        /**
         * The cells the report writes (text, numbers, styled blanks) as POI writes them, but built
         * in one buffer and written at once, with each column's letters made once: POI writes an
         * attribute in five calls and formats a new cell reference for every cell.
         */
        @Override
        public void writeCell(int columnIndex, Cell cell) throws IOException {
            if (cell == null) {
                return;
            }
            CellType type = cell.getCellType();
            if (type != CellType.STRING && type != CellType.NUMERIC && type != CellType.BLANK) {
                super.writeCell(columnIndex, cell);
                return;
            }
            StringBuilder xml = cellXml;
            xml.setLength(0);
            xml.append("<c r=\"").append(columnLetters(columnIndex)).append(cell.getRowIndex() + 1).append('"');
            int style = cell.getCellStyle().getIndex() & 0xffff;
            if (style != 0) {
                xml.append(" s=\"").append(style).append('"');
            }
            if (type == CellType.BLANK) {
                xml.append('>');
            } else if (type == CellType.NUMERIC) {
                xml.append(" t=\"n\"><v>").append(Double.toString(cell.getNumericCellValue())).append("</v>");
            } else {
                String text = cell.getStringCellValue();
                xml.append(" t=\"inlineStr\"><is><t");
                if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                        || Character.isWhitespace(text.charAt(text.length() - 1)))) {
                    xml.append(" xml:space=\"preserve\"");
                }
                xml.append('>');
                if (isPlain(text)) {
                    xml.append(text);
                } else {
                    _out.append(xml);
                    xml.setLength(0);
                    super.outputEscapedString(text);
                }
                xml.append("</t></is>");
            }
            xml.append("</c>");
            _out.append(xml);
        }

        private String columnLetters(int column) {
            if (column >= letters.length) {
                letters = Arrays.copyOf(letters, column + 16);
            }
            String name = letters[column];
            if (name == null) {
                name = CellReference.convertNumToColString(column);
                letters[column] = name;
            }
            return name;
        }

        /** Most text needs no escaping; it is written whole rather than character by character. */
        @Override
        protected void outputEscapedString(String s) throws IOException {
            if (s != null && isPlain(s)) {
                _out.write(s);
            } else {
                super.outputEscapedString(s);
            }
        }

        /** No character that XML escapes, POI replaces, or that belongs to a surrogate pair. */
        private static boolean isPlain(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < ' ' || c == '<' || c == '>' || c == '&' || c == '"' || c == '\u00A0' || c >= '\uD800') {
                    return false;
                }
            }
            return true;
        }

        @Override
        protected InputStream decorateInputStream(FileInputStream in) {
            return BackgroundDeflate.inflate(in);
        }

        /** Called from SheetDataWriter's constructor, before this class's fields are set; hence no initializer. */
        @Override
        protected OutputStream decorateOutputStream(FileOutputStream out) {
            deflate = new BackgroundDeflate(out);
            return deflate;
        }
    }
}
