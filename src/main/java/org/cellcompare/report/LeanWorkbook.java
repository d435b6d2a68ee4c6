package org.cellcompare.report;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
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

import org.cellcompare.text.Xstrings;

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

        private static final byte[] CELL_START = ascii("<c r=\"");
        private static final byte[] QUOTE = ascii("\"");
        private static final byte[] STYLE = ascii(" s=\"");
        private static final byte[] CLOSE = ascii(">");
        private static final byte[] NUMBER_START = ascii(" t=\"n\"><v>");
        private static final byte[] NUMBER_END = ascii("</v>");
        private static final byte[] TEXT_START = ascii(" t=\"inlineStr\"><is><t");
        private static final byte[] PRESERVE_SPACE = ascii(" xml:space=\"preserve\"");
        private static final byte[] TEXT_END = ascii("</t></is>");
        private static final byte[] CELL_END = ascii("</c>");

        private BackgroundDeflate deflate;
        /** Column letters by index, made as columns are first written. */
        private byte[][] letters = new byte[32][];

        RowsWriter() throws IOException {
            super();
        }

        File file() {
            return getTempFile();
        }

        /** Called from SheetDataWriter's constructor, like {@link #decorateOutputStream}. */
        @Override
        public Writer createWriter(File file) throws IOException {
            return new Utf8Writer(decorateOutputStream(new FileOutputStream(file)));
        }

        /**
         * The cells the report writes (text, numbers, styled blanks) as POI writes them, but with
         * each column's letters made once and the row number written as digits: POI writes an
         * attribute in five calls and formats a new cell reference for every cell. Text is escaped
         * as {@link Xstrings} says, which POI does not do: a literal "_x0041_" stays itself, and a
         * control character is kept rather than written as "?".
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
            Utf8Writer out = (Utf8Writer) _out;
            out.write(CELL_START);
            out.write(columnLetters(columnIndex));
            out.writeNumber(cell.getRowIndex() + 1);
            out.write(QUOTE);
            int style = cell.getCellStyle().getIndex() & 0xffff;
            if (style != 0) {
                out.write(STYLE);
                out.writeNumber(style);
                out.write(QUOTE);
            }
            if (type == CellType.BLANK) {
                out.write(CLOSE);
            } else if (type == CellType.NUMERIC) {
                out.write(NUMBER_START);
                out.write(Double.toString(cell.getNumericCellValue()));
                out.write(NUMBER_END);
            } else {
                String text = cell.getStringCellValue();
                boolean plain = isPlain(text);
                if (!plain) {
                    text = Xstrings.escape(text);
                }
                out.write(TEXT_START);
                if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                        || Character.isWhitespace(text.charAt(text.length() - 1)))) {
                    out.write(PRESERVE_SPACE);
                }
                out.write(CLOSE);
                if (plain) {
                    out.write(text);
                } else {
                    super.outputEscapedString(text);
                }
                out.write(TEXT_END);
            }
            out.write(CELL_END);
        }

        private byte[] columnLetters(int column) {
            if (column >= letters.length) {
                letters = Arrays.copyOf(letters, column + 16);
            }
            byte[] name = letters[column];
            if (name == null) {
                name = ascii(CellReference.convertNumToColString(column));
                letters[column] = name;
            }
            return name;
        }

        private static byte[] ascii(String text) {
            return text.getBytes(StandardCharsets.US_ASCII);
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

        /**
         * No character that XML escapes, POI replaces, or that belongs to a surrogate pair, and no
         * underscore, which may start text that {@link Xstrings} must escape.
         */
        private static boolean isPlain(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < ' ' || c == '<' || c == '>' || c == '&' || c == '"' || c == '_' || c == '\u00A0' || c >= '\uD800') {
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
