package org.cellcompare.report;

import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.util.CellReference;

/**
 * The web links of one streamed sheet, kept as the XML they become: the sheet's
 * {@code <hyperlinks>} element and the relationships of the sheet's part, which
 * {@link LeanWorkbook} writes into the .xlsx. POI's own way makes an XML object and a package
 * relationship per link and serializes them all again at the save: at 65,530 links, half of the
 * time the main thread spent on the ranked sheets outside their cells.
 */
final class SheetLinks {

    static final String RELATIONSHIPS_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String HYPERLINK_TYPE = RELATIONSHIPS_NAMESPACE + "/hyperlink";
    private static final String DECLARATION = " xmlns:r=\"" + RELATIONSHIPS_NAMESPACE + "\"";
    /** What may follow {@code <hyperlinks>} in a worksheet, in the schema's order; it must come before all of them. */
    private static final List<String> AFTER_HYPERLINKS = List.of("<printOptions", "<pageMargins", "<pageSetup",
            "<headerFooter", "<rowBreaks", "<colBreaks", "<customProperties", "<cellWatches", "<ignoredErrors",
            "<smartTags", "<drawing", "<legacyDrawing", "<legacyDrawingHF", "<drawingHF", "<picture", "<oleObjects",
            "<controls", "<webPublishItems", "<tableParts", "<extLst", "</worksheet>");

    private final StringBuilder hyperlinks = new StringBuilder();
    private final StringBuilder relationships = new StringBuilder();
    private int count;

    /** {@code address} must already be a safe http or https address. */
    void add(int row, int column, String address) {
        String id = "rIdLink" + ++count;
        hyperlinks.append("<hyperlink ref=\"").append(new CellReference(row, column).formatAsString())
                .append("\" r:id=\"").append(id).append("\"/>");
        relationships.append("<Relationship Id=\"").append(id).append("\" Type=\"").append(HYPERLINK_TYPE)
                .append("\" Target=\"").append(escape(address)).append("\" TargetMode=\"External\"/>");
    }

    int count() {
        return count;
    }

    /** The worksheet's XML before its rows, declaring the prefix the links' ids use if it does not yet. */
    String declaredIn(String head) throws IOException {
        if (head.contains(DECLARATION)) {
            return head;
        }
        int root = head.indexOf("<worksheet");
        if (root < 0) {
            throw new IOException("The worksheet POI wrote has no <worksheet> element");
        }
        int nameEnd = root + "<worksheet".length();
        return head.substring(0, nameEnd) + DECLARATION + head.substring(nameEnd);
    }

    /** The worksheet's XML after its rows, with the {@code <hyperlinks>} element where the schema puts it. */
    String placedIn(String tail) throws IOException {
        if (tail.contains("<hyperlinks")) {
            throw new IOException("The worksheet POI wrote already has hyperlinks");
        }
        int at = -1;
        for (String next : AFTER_HYPERLINKS) {
            int found = tail.indexOf(next);
            if (found >= 0 && (at < 0 || found < at)) {
                at = found;
            }
        }
        if (at < 0) {
            throw new IOException("The worksheet POI wrote has no </worksheet>");
        }
        return tail.substring(0, at) + "<hyperlinks>" + hyperlinks + "</hyperlinks>" + tail.substring(at);
    }

    /** The sheet part's relationships with the links' added: {@code existing} is its current part, or null if it has none. */
    String relationshipsPart(String existing) throws IOException {
        if (existing == null) {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + relationships + "</Relationships>";
        }
        int end = existing.lastIndexOf("</Relationships>");
        if (end < 0) {
            throw new IOException("The sheet's relationships POI wrote have no </Relationships>");
        }
        return existing.substring(0, end) + relationships + existing.substring(end);
    }

    private static String escape(String address) {
        return address.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
