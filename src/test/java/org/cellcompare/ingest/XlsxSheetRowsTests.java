package org.cellcompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

class XlsxSheetRowsTests {

    @Test
    void readsTheColumnOfACellReferenceAsPoiDoes() {
        for (String ref : new String[] {"A1", "Z9", "AA1", "$AB$12", "az3", "IV65536", "XFD1048576"}) {
            assertThat(XlsxSheetRows.column(ref)).as(ref).isEqualTo(new CellReference(ref).getCol());
        }
    }

    @Test
    void aColumnFarPastTheLastOneReadStaysPastIt() {
        assertThat(XlsxSheetRows.column("ZZZZZZZZZZZZ1")).isGreaterThan(SourceRow.MAX_COLUMNS);
    }

    @Test
    void aReferenceWithoutAColumnIsRefused() {
        assertThatThrownBy(() -> XlsxSheetRows.column("12")).isInstanceOf(IllegalArgumentException.class);
    }
}
