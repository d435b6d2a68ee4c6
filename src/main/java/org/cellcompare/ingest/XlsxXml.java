package org.cellcompare.ingest;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;

/**
 * Opens a workbook's XML parts. No part of a real workbook has a DOCTYPE; one that does is the
 * start of an entity bomb, so it is refused outright, as POI refuses it.
 */
final class XlsxXml {

    private final XMLInputFactory factory = XMLHelper.newXMLInputFactory();

    /** A reader of the part, whose {@code close} also closes the part's stream, as StAX's own does not. */
    XMLStreamReader open(PackagePart part) throws IOException, XMLStreamException {
        InputStream in = part.getInputStream();
        try {
            return open(in);
        } catch (XMLStreamException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** A reader of any XML stream of a workbook, with the same refusal; its {@code close} closes the stream. */
    XMLStreamReader open(InputStream in) throws XMLStreamException {
        return new StreamReaderDelegate(factory.createXMLStreamReader(in)) {
            @Override
            public int next() throws XMLStreamException {
                int event = super.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new XMLStreamException("DOCTYPE is disallowed in a workbook: its entities could expand without limit");
                }
                return event;
            }

            @Override
            public void close() throws XMLStreamException {
                try {
                    super.close();
                } finally {
                    try {
                        in.close();
                    } catch (IOException e) {
                        // a part read from the package; nothing is left to release
                    }
                }
            }
        };
    }
}
