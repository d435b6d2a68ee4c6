package org.cellcompare.report;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The .xlsx, put together as a zip from two sources. The table sheets, which may hold a million
 * rows, go in first, written by {@link WorksheetXml} as their rows come. POI's workbook holds
 * everything else (styles, the sheets with charts, the workbook's part with its defined names,
 * properties); it is saved with POI's own writer at the end and its parts are copied in, all but
 * its empty stand-ins for the table sheets. Every part is compressed at the fastest level, which
 * makes the file a little larger and its writing much quicker; docs/performance.md has the figures.
 *
 * <p>A table written at the same time as another, row for row (the family sheet beside the ranked
 * sheets), is spooled to a file in the work folder and compressed into the .xlsx at the end, so the
 * rows it shares are read from the database once.
 */
final class WorkbookFile implements Closeable {

    private final SXSSFWorkbook workbook;
    private final ZipOutputStream zip;
    private final Path workFolder;
    private final Executor threads;
    /** The table sheets by the name of their part, such as {@code xl/worksheets/sheet3.xml}. */
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Set<String> written = new HashSet<>();
    private final Map<String, Spooled> spooled = new LinkedHashMap<>();
    private WorksheetXml open;
    private BackgroundWrite openWriting;

    /**
     * The zip goes to {@code out}; POI's part of the workbook is saved in {@code workFolder} for a
     * moment; {@code threads} compress the table sheets as they are written.
     */
    WorkbookFile(SXSSFWorkbook workbook, OutputStream out, Path workFolder, Executor threads) {
        this.workbook = workbook;
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.zip.setLevel(Deflater.BEST_SPEED);
        this.workFolder = workFolder;
        this.threads = threads;
    }

    /**
     * The sheet, one of this workbook's, as a table whose header is {@code headerRow}, written
     * into the .xlsx from now on. The table before it is finished: one is written at a time.
     */
    SheetTarget table(Sheet sheet, int headerRow) {
        try {
            closeTable();
            PackagePart packagePart = partOf(sheet);
            String part = claim(packagePart, sheet);
            zip.putNextEntry(new ZipEntry(part));
            openWriting = new BackgroundWrite(zip, threads);
            open = new WorksheetXml(sheet, headerRow, openWriting);
            tables.put(part, new Table(packagePart, open));
            return open;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The sheet as a table whose header is {@code headerRow}, written beside the other tables into a
     * file of its own and put into the .xlsx when it is finished.
     */
    SheetTarget spooled(Sheet sheet, int headerRow) {
        try {
            PackagePart packagePart = partOf(sheet);
            String part = claim(packagePart, sheet);
            Path file = Files.createTempFile(workFolder, "sheet-", ".xml");
            WorksheetXml xml = new WorksheetXml(sheet, headerRow, new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
            spooled.put(part, new Spooled(file, xml));
            tables.put(part, new Table(packagePart, xml));
            return xml;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finishes the last table and the spooled ones, adds the tables' links and POI's parts, and ends the zip. */
    void finish() throws IOException {
        closeTable();
        for (Map.Entry<String, Spooled> each : spooled.entrySet()) {
            Spooled table = each.getValue();
            table.xml().close();
            zip.putNextEntry(new ZipEntry(each.getKey()));
            Files.copy(table.file(), zip);
            zip.closeEntry();
            Files.delete(table.file());
        }
        spooled.clear();
        for (Table table : tables.values()) {
            addRelationships(table.part(), table.xml().links());
        }
        Path saved = Files.createTempFile(workFolder, "workbook-", ".xlsx");
        try {
            try (OutputStream out = Files.newOutputStream(saved)) {
                workbook.write(out);
            }
            try (ZipFile parts = new ZipFile(saved.toFile())) {
                for (ZipEntry entry : Collections.list(parts.entries())) {
                    if (!written.contains(entry.getName())) {
                        copy(parts, entry);
                    }
                }
            }
        } finally {
            Files.deleteIfExists(saved);
        }
        zip.finish();
    }

    /** Ends the zip; after a failure, waits for the table being written to stop first and deletes the spooled ones. */
    @Override
    public void close() throws IOException {
        try (zip) {
            closeTable();
        } finally {
            for (Spooled table : spooled.values()) {
                try {
                    table.xml().close();
                } finally {
                    Files.deleteIfExists(table.file());
                }
            }
        }
    }

    private record Table(PackagePart part, WorksheetXml xml) {
    }

    private record Spooled(Path file, WorksheetXml xml) {
    }

    /** The zip is this thread's again only once the writing thread has ended, whatever went wrong. */
    private void closeTable() throws IOException {
        if (open != null) {
            WorksheetXml table = open;
            BackgroundWrite writing = openWriting;
            open = null;
            openWriting = null;
            try {
                table.close();
            } finally {
                writing.close();
            }
            zip.closeEntry();
        }
    }

    /** The links' relationships beside those the sheet's part has in POI's package, if any. */
    private void addRelationships(PackagePart sheetPart, SheetLinks links) throws IOException {
        StringBuilder others = new StringBuilder();
        try {
            for (PackageRelationship relationship : sheetPart.getRelationships()) {
                others.append("<Relationship Id=\"").append(SheetLinks.escape(relationship.getId()))
                        .append("\" Type=\"").append(SheetLinks.escape(relationship.getRelationshipType()))
                        .append("\" Target=\"").append(SheetLinks.escape(relationship.getTargetURI().toString()))
                        .append(relationship.getTargetMode() == TargetMode.EXTERNAL ? "\" TargetMode=\"External\"/>" : "\"/>");
            }
        } catch (InvalidFormatException e) {
            throw new IOException("The relationships of " + sheetPart.getPartName() + " cannot be read: " + e.getMessage(), e);
        }
        if (links.count() == 0 && others.isEmpty()) {
            return;
        }
        String name = PackagingURIHelper.getRelationshipPartName(sheetPart.getPartName()).getName().substring(1);
        written.add(name);
        zip.putNextEntry(new ZipEntry(name));
        zip.write(links.relationshipsPart(others.toString()).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The part's name in the zip, which this sheet's rows now own: POI's stand-in for it is left out. */
    private String claim(PackagePart packagePart, Sheet sheet) {
        String part = packagePart.getPartName().getName().substring(1);
        if (!written.add(part)) {
            throw new IllegalStateException("The sheet " + sheet.getSheetName() + " is written already");
        }
        return part;
    }

    private PackagePart partOf(Sheet sheet) {
        return workbook.getXSSFWorkbook().getSheetAt(workbook.getSheetIndex(sheet)).getPackagePart();
    }

    private void copy(ZipFile parts, ZipEntry entry) throws IOException {
        ZipEntry copy = new ZipEntry(entry.getName());
        if (entry.getTime() >= 0) {
            copy.setTime(entry.getTime());
        }
        zip.putNextEntry(copy);
        try (InputStream in = parts.getInputStream(entry)) {
            in.transferTo(zip);
        }
        zip.closeEntry();
    }
}
