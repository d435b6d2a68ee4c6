package org.cellcompare.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.cellcompare.rank.ConcernLevel;

/** Each concern level's words can be read on its fill: WCAG AA's 4.5:1 for text of ordinary size. */
class ConcernColoursTests {

    @ParameterizedTest
    @EnumSource(ConcernLevel.class)
    void theWordsOnEachConcernFillMeetWcagAaContrast(ConcernLevel level) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            ReportStyles styles = new ReportStyles(workbook, "USD");

            for (XSSFCellStyle style : new XSSFCellStyle[] {(XSSFCellStyle) styles.concern(level),
                    (XSSFCellStyle) styles.concernAndWhy(level)}) {
                XSSFColor ink = style.getFont().getXSSFColor();
                byte[] text = ink == null ? new byte[] {0, 0, 0} : ink.getRGB(); // no colour: Excel's automatic black
                assertThat(contrast(text, style.getFillForegroundXSSFColor().getRGB())).as(level.name()).isGreaterThanOrEqualTo(4.5);
            }
        }
    }

    /** WCAG 2.1's contrast ratio of two sRGB colours. */
    private static double contrast(byte[] a, byte[] b) {
        double first = luminance(a);
        double second = luminance(b);
        return (Math.max(first, second) + 0.05) / (Math.min(first, second) + 0.05);
    }

    private static double luminance(byte[] rgb) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = (rgb[i] & 0xFF) / 255.0;
            linear[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }
}
