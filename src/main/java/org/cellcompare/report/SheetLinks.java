package org.cellcompare.report;

import java.io.IOException;

import org.apache.poi.ss.util.CellReference;

/**
 * The web links of one table sheet, kept as the XML they become: the sheet's {@code <hyperlinks>}
 * element and the relationships of the sheet's part. POI's own way makes an XML object and a
 * package relationship per link and serializes them all again at the save, for up to 65,530
 * links a sheet.
 */
final class SheetLinks {

    static final String RELATIONSHIPS_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String HYPERLINK_TYPE = RELATIONSHIPS_NAMESPACE + "/hyperlink";

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

    /** The sheet's {@code <hyperlinks>} element, where the schema puts it: after the merged cells, before the page margins. */
    void writeHyperlinks(Utf8Writer out) throws IOException {
        if (count > 0) {
            out.write("<hyperlinks>");
            out.write(hyperlinks.toString());
            out.write("</hyperlinks>");
        }
    }

    /** The sheet part's relationships part: {@code others}, the part's other relationships as XML, then the links'. */
    String relationshipsPart(String others) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + others + relationships + "</Relationships>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
