package org.cellcompare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SheetLinksTests {

    private final SheetLinks links = new SheetLinks();

    SheetLinksTests() {
        links.add(1, 14, "https://clinic.example/a?x=1&y=2");
    }

    @Test
    void eachLinkIsAHyperlinkOfItsCell() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Writer out = new Utf8Writer(bytes)) {
            links.writeHyperlinks(out);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("<hyperlinks><hyperlink ref=\"O2\" r:id=\"rIdLink1\"/></hyperlinks>");
    }

    @Test
    void aSheetWithoutLinksHasNoHyperlinksElement() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Writer out = new Utf8Writer(bytes)) {
            new SheetLinks().writeHyperlinks(out);
        }
        assertThat(bytes.size()).isZero();
    }

    @Test
    void eachLinkIsAnExternalRelationshipWithItsAddressEscapedAfterThePartsOtherRelationships() {
        String link = "<Relationship Id=\"rIdLink1\" Type=\"" + SheetLinks.RELATIONSHIPS_NAMESPACE
                + "/hyperlink\" Target=\"https://clinic.example/a?x=1&amp;y=2\" TargetMode=\"External\"/>";
        assertThat(links.relationshipsPart("")).contains("<Relationships xmlns=").endsWith(link + "</Relationships>");
        assertThat(links.relationshipsPart("<Relationship Id=\"rId1\"/>"))
                .endsWith("<Relationship Id=\"rId1\"/>" + link + "</Relationships>");
    }
}
