package org.cellcompare.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * The text of a workbook's cells: its shared strings, and the rich and inline strings of a cell.
 * Phonetic readings ({@code <rPh>}, the furigana over Japanese names) are not part of the text.
 */
final class XlsxStrings {

    /** Excel's escape for a character XML cannot hold, such as {@code _x000D_} for a carriage return. */
    private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private XlsxStrings() {
    }

    /** The shared strings in order; none when the workbook has no such part, as some writers leave out. */
    static List<String> read(PackagePart part, XlsxXml xml) throws IOException, XMLStreamException {
        List<String> strings = new ArrayList<>();
        if (part == null) {
            return strings;
        }
        XMLStreamReader reader = xml.open(part);
        try {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && "si".equals(reader.getLocalName())) {
                    strings.add(text(reader, "si"));
                }
            }
        } finally {
            reader.close();
        }
        return strings;
    }

    /**
     * The text inside the element the reader has just entered, {@code <si>} or {@code <is>}: its
     * {@code <t>}, or the {@code <t>} of each of its runs, leaving the reader on its end.
     */
    static String text(XMLStreamReader reader, String element) throws XMLStreamException {
        String only = null;
        StringBuilder runs = null;
        int phonetic = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = reader.getLocalName();
                if ("rPh".equals(name)) {
                    phonetic++;
                } else if ("t".equals(name) && phonetic == 0) {
                    String run = reader.getElementText();
                    if (only == null && runs == null) {
                        only = run;
                    } else {
                        if (runs == null) {
                            runs = new StringBuilder(only);
                        }
                        runs.append(run);
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = reader.getLocalName();
                if ("rPh".equals(name)) {
                    phonetic--;
                } else if (element.equals(name)) {
                    break;
                }
            }
        }
        return unescape(runs != null ? runs.toString() : only == null ? "" : only);
    }

    static String unescape(String value) {
        if (!value.contains("_x")) {
            return value;
        }
        Matcher escaped = ESCAPED.matcher(value);
        StringBuilder plain = new StringBuilder(value.length());
        while (escaped.find()) {
            escaped.appendReplacement(plain, "");
            plain.append((char) Integer.parseInt(escaped.group(1), 16));
        }
        escaped.appendTail(plain);
        return plain.toString();
    }
}
