package org.cellcompare.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * An {@code .xlsx} workbook read as a stream with StAX's cursor, one row in memory at a time, so
 * a file of a million rows reads in the same memory as one of forty. Elements are matched by
 * local name, so Strict Open XML reads like the ordinary kind.
 */
final class XlsxTableFile implements TableFile {

    private final OPCPackage workbookPackage;
    private final XlsxXml xml = new XlsxXml();
    private final PoiCells cells = new PoiCells();
    private final List<SheetEntry> sheetEntries = new ArrayList<>();
    private final PackagePart workbookPart;
    private final List<String> sharedStrings;
    private final XlsxStyles styles;
    private boolean date1904;

    private record SheetEntry(String name, boolean hidden, String relationshipId) {
    }

    /** {@code password} is null for an ordinary workbook, or Excel's built-in one for a write-protected file. */
    XlsxTableFile(Path file, String password) throws IOException {
        this.workbookPackage = open(file, password);
        try {
            this.workbookPart = workbookPart(workbookPackage);
            readWorkbook();
            this.sharedStrings = XlsxStrings.read(related(workbookPart, "/sharedStrings"), xml);
            this.styles = XlsxStyles.read(related(workbookPart, "/styles"), xml);
        } catch (IOException | RuntimeException e) {
            workbookPackage.revert();
            throw e;
        } catch (XMLStreamException | InvalidFormatException e) {
            workbookPackage.revert();
            throw new IOException("The workbook's structure is damaged: " + e.getMessage(), e);
        }
    }

    private static OPCPackage open(Path file, String password) throws IOException {
        try {
            if (password == null) {
                return OPCPackage.open(file.toFile(), PackageAccess.READ);
            }
            try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(fs));
                if (!decryptor.verifyPassword(password)) {
                    throw new EncryptedDocumentException("The workbook is protected with a password");
                }
                try (InputStream plain = decryptor.getDataStream(fs)) {
                    return OPCPackage.open(plain);
                }
            }
        } catch (InvalidFormatException e) {
            throw new IOException(e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new EncryptedDocumentException("The workbook is encrypted and cannot be opened", e);
        }
    }

    private static PackagePart workbookPart(OPCPackage pkg) throws InvalidFormatException {
        PackageRelationship core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
        if (core == null) {
            core = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).getRelationship(0);
        }
        PackagePart part = core == null ? null : pkg.getPart(core);
        if (part == null) {
            throw new InvalidFormatException("OOXML file structure broken/invalid - no core document found!");
        }
        return part;
    }

    /** The part the workbook relates to by a type ending in {@code suffix} (Strict and ordinary types differ before it). */
    private static PackagePart related(PackagePart from, String suffix) throws InvalidFormatException {
        for (PackageRelationship relationship : from.getRelationships()) {
            if (relationship.getRelationshipType().endsWith(suffix)) {
                return from.getRelatedPart(relationship);
            }
        }
        return null;
    }

    /** Sheet names, order and visibility, and the date system, from the workbook's own part. */
    private void readWorkbook() throws IOException, XMLStreamException {
        XMLStreamReader reader = xml.open(workbookPart);
        try {
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (reader.getLocalName()) {
                    case "workbookPr" -> date1904 = XlsxSheetRows.isTrue(reader.getAttributeValue(null, "date1904"));
                    case "sheet" -> sheetEntries.add(sheetEntry(reader));
                    default -> {
                        // the rest of the workbook part says nothing about the offerings
                    }
                }
            }
        } finally {
            reader.close();
        }
    }

    private static SheetEntry sheetEntry(XMLStreamReader reader) {
        String state = reader.getAttributeValue(null, "state");
        String id = null;
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String namespace = reader.getAttributeNamespace(i);
            if ("id".equals(reader.getAttributeLocalName(i)) && namespace != null && namespace.endsWith("relationships")) {
                id = reader.getAttributeValue(i);
            }
        }
        return new SheetEntry(reader.getAttributeValue(null, "name"),
                "hidden".equals(state) || "veryHidden".equals(state), id);
    }

    @Override
    public Iterator<TableSheet> sheets() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < sheetEntries.size();
            }

            @Override
            public TableSheet next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SheetEntry entry = sheetEntries.get(next++);
                return sheet(entry);
            }
        };
    }

    /**
     * The sheet's rows, read as they are asked for, and its merged areas, which the part lists
     * after the rows and so are found first, in a pass of their own (see {@link XlsxMergeCells}).
     */
    private TableSheet sheet(SheetEntry entry) {
        try {
            PackageRelationship relationship = entry.relationshipId() == null ? null
                    : workbookPart.getRelationship(entry.relationshipId());
            PackagePart part = relationship == null ? null : workbookPart.getRelatedPart(relationship);
            if (part == null) {
                throw new IllegalStateException("The sheet " + entry.name() + " is missing from the workbook");
            }
            MergedCells merges;
            try (InputStream in = part.getInputStream()) {
                merges = XlsxMergeCells.read(in, xml);
            }
            Iterator<SourceRow> rows = new XlsxSheetRows(xml.open(part), sharedStrings, styles, cells, date1904);
            return new TableSheet(entry.name(), entry.hidden(), rows, merges, DateSystem.ofWorkbook(date1904));
        } catch (IOException | XMLStreamException | InvalidFormatException e) {
            throw new IllegalStateException("The sheet " + entry.name() + " cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        workbookPackage.revert();
    }
}
