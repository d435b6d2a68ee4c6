package org.cellcompare.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class SheetLinksTests {

    private final SheetLinks links = new SheetLinks();

    SheetLinksTests() {
        links.add(1, 14, "https://clinic.example/a?x=1&y=2");
    }

    @Test
    void theHyperlinksGoWhereTheSchemaPutsThemBeforeThePageSettings() throws IOException {
        assertThat(links.placedIn("<autoFilter ref=\"A1:R9\"/><pageMargins left=\"0.7\"/><pageSetup/></worksheet>"))
                .isEqualTo("<autoFilter ref=\"A1:R9\"/><hyperlinks><hyperlink ref=\"O2\" r:id=\"rIdLink1\"/></hyperlinks>"
                        + "<pageMargins left=\"0.7\"/><pageSetup/></worksheet>");
        assertThat(links.placedIn("<drawing r:id=\"rId1\"/></worksheet>")).startsWith("<hyperlinks>");
        assertThat(links.placedIn("</worksheet>")).endsWith("</hyperlinks></worksheet>");
    }

    @Test
    void theRelationshipsPrefixIsDeclaredOnceOnTheWorksheet() throws IOException {
        String declared = links.declaredIn("<?xml version=\"1.0\"?>\n<worksheet xmlns=\"main\"><sheetPr/>");
        assertThat(declared).isEqualTo("<?xml version=\"1.0\"?>\n<worksheet xmlns:r=\""
                + SheetLinks.RELATIONSHIPS_NAMESPACE + "\" xmlns=\"main\"><sheetPr/>");
        assertThat(links.declaredIn(declared)).isEqualTo(declared);
    }

    @Test
    void eachLinkIsAnExternalRelationshipWithItsAddressEscaped() throws IOException {
        String link = "<Relationship Id=\"rIdLink1\" Type=\"" + SheetLinks.RELATIONSHIPS_NAMESPACE
                + "/hyperlink\" Target=\"https://clinic.example/a?x=1&amp;y=2\" TargetMode=\"External\"/>";
        assertThat(links.relationshipsPart(null)).contains("<Relationships xmlns=").endsWith(link + "</Relationships>");
        assertThat(links.relationshipsPart("<Relationships><Relationship Id=\"rId1\"/></Relationships>"))
                .isEqualTo("<Relationships><Relationship Id=\"rId1\"/>" + link + "</Relationships>");
    }

    @Test
    void aSheetThatAlreadyHasHyperlinksIsRefusedRatherThanGivenTwo() {
        assertThatThrownBy(() -> links.placedIn("<hyperlinks/></worksheet>")).isInstanceOf(IOException.class);
    }
}
