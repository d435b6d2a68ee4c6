package org.cellcompare.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * What a workbook's cell styles say about numbers: each style's number format, by the index a
 * cell's {@code s} attribute gives. Fonts, fills and borders are not read.
 */
final class XlsxStyles {

    /** A cell style's number format: Excel's index for it, and its format code, where a currency may be. */
    record NumberFormat(int index, String code) {
    }

    private final NumberFormat[] formats;

    private XlsxStyles(NumberFormat[] formats) {
        this.formats = formats;
    }

    /** No styles at all when the workbook has no styles part. */
    static XlsxStyles read(PackagePart part, XlsxXml xml)
            throws IOException, XMLStreamException {
        if (part == null) {
            return new XlsxStyles(new NumberFormat[0]);
        }
        Map<Integer, String> codes = new HashMap<>();
        List<Integer> cellFormats = new ArrayList<>();
        XMLStreamReader reader = xml.open(part);
        try {
            boolean inCellXfs = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (reader.getLocalName()) {
                        case "numFmt" -> codes.put(Integer.parseInt(reader.getAttributeValue(null, "numFmtId")),
                                reader.getAttributeValue(null, "formatCode"));
                        case "cellXfs" -> inCellXfs = true;
                        case "xf" -> {
                            if (inCellXfs) {
                                String id = reader.getAttributeValue(null, "numFmtId");
                                cellFormats.add(id == null ? 0 : Integer.parseInt(id));
                            }
                        }
                        default -> {
                            // fonts, fills, borders and the rest do not change a value
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && "cellXfs".equals(reader.getLocalName())) {
                    inCellXfs = false;
                }
            }
        } finally {
            reader.close();
        }
        NumberFormat[] formats = new NumberFormat[cellFormats.size()];
        for (int i = 0; i < formats.length; i++) {
            int index = cellFormats.get(i);
            String code = codes.get(index);
            formats[i] = new NumberFormat(index, code != null ? code : BuiltinFormats.getBuiltinFormat(index));
        }
        return new XlsxStyles(formats);
    }

    /** The number format of the style a cell names, or of the default style when it names none; null if there is none. */
    NumberFormat of(String styleIndex) {
        int index;
        if (styleIndex == null) {
            index = 0;
        } else {
            try {
                index = Integer.parseInt(styleIndex);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return index >= 0 && index < formats.length ? formats[index] : null;
    }
}
