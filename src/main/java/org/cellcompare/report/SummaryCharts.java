package org.cellcompare.report;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

import org.cellcompare.rank.ConcernLevel;
import org.cellcompare.rank.Section;
import org.cellcompare.text.Xstrings;

/**
 * Native Excel charts under the Summary tables. Their series point at the tables' cells and carry
 * the values as well, so Excel and LibreOffice draw them without recalculating anything. The
 * labels they carry are escaped as the cells' text is ({@link Xstrings}); the titles are DrawingML
 * text, a plain xsd:string that is not escaped, and stay as they are.
 */
final class SummaryCharts {

    /** Blue and orange: a pair that stays apart for the common kinds of colour blindness. */
    private static final byte[] BLUE = {(byte) 0x2E, (byte) 0x75, (byte) 0xB6};
    private static final byte[] ORANGE = {(byte) 0xC6, (byte) 0x59, (byte) 0x11};
    private static final int CHART_COLUMNS = 6;
    private static final int CHART_ROWS = 20;
    /** Rows of the default height a page holds at the scale the Summary prints at, with room to spare. */
    private static final int MAX_CHART_ROWS = 28;

    private final Sheet sheet;
    private final ReportText text;
    private final XSSFDrawing drawing;

    SummaryCharts(Sheet sheet, ReportText text) {
        this.sheet = sheet;
        this.text = text;
        ((SXSSFSheet) sheet).createDrawingPatriarch();
        this.drawing = ((SXSSFSheet) sheet).getDrawingPatriarch();
    }

    /**
     * Horizontal bars of the median course cost of the countries in {@code costs}, the first rows
     * of the table from {@code firstRow}; returns the first row below the chart.
     */
    int medianCostByCountry(int firstRow, List<CountryCost> costs, int fewestOffers, String currency, int atRow) {
        int rows = Math.min(MAX_CHART_ROWS, Math.max(CHART_ROWS, costs.size() + 6));
        XSSFChart chart = chart(text.get("chart.medianCost", currency, fewestOffers), atRow, rows);
        String[] countries = costs.stream().map(c -> c.countryCode() == null ? text.get("summary.countryNotStated")
                : text.country(c.countryCode(), c.countryText())).map(Xstrings::escape).toArray(String[]::new);
        Double[] medians = costs.stream().map(c -> c.median().doubleValue()).toArray(Double[]::new);
        int lastRow = firstRow + costs.size() - 1;
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(countries, range(firstRow, lastRow, 0));
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(medians, range(firstRow, lastRow, SummarySheet.MEDIAN_COLUMN));
        XDDFBarChartData data = bars(chart, BarDirection.BAR);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(categories, values);
        series.setTitle(Xstrings.escape(text.get("summary.median")), null);
        fill(series, BLUE);
        chart.plot(data);
        return atRow + rows + 1;
    }

    /** Columns of offerings per concern level, one series per section; returns the first row below the chart. */
    int concernBySection(int headerRow, Map<Section, Map<ConcernLevel, Long>> concern, int atRow) {
        XSSFChart chart = chart(text.get("chart.concern"), atRow, CHART_ROWS);
        String[] levels = Arrays.stream(ConcernLevel.values()).map(text::concern).map(Xstrings::escape)
                .toArray(String[]::new);
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(levels,
                reference(new CellRangeAddress(headerRow, headerRow, 1, ConcernLevel.values().length)));
        XDDFBarChartData data = bars(chart, BarDirection.COL);
        int row = headerRow + 1;
        for (Section section : Section.values()) {
            Long[] counts = Arrays.stream(ConcernLevel.values()).map(level -> concern.get(section).get(level))
                    .toArray(Long[]::new);
            XDDFNumericalDataSource<Long> values = XDDFDataSourcesFactory.fromArray(counts,
                    reference(new CellRangeAddress(row, row, 1, ConcernLevel.values().length)));
            XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(categories, values);
            series.setTitle(Xstrings.escape(text.get("section." + section.name())), null);
            fill(series, section == Section.TRIAL ? BLUE : ORANGE);
            row++;
        }
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        chart.plot(data);
        return atRow + CHART_ROWS + 1;
    }

    /** An explicit fill: LibreOffice draws series without one as invisible bars. */
    private static void fill(XDDFBarChartData.Series series, byte[] rgb) {
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
        series.setShapeProperties(shape);
    }

    /** Each chart starts a printed page, so no page break cuts through it. */
    private XSSFChart chart(String title, int row, int rows) {
        sheet.setRowBreak(row - 1);
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, row, CHART_COLUMNS, row + rows);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        return chart;
    }

    private static XDDFBarChartData bars(XSSFChart chart, BarDirection direction) {
        XDDFCategoryAxis categories = chart.createCategoryAxis(direction == BarDirection.BAR ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(direction == BarDirection.BAR ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(direction);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        return data;
    }

    private String range(int firstRow, int lastRow, int column) {
        return reference(new CellRangeAddress(firstRow, lastRow, column, column));
    }

    private String reference(CellRangeAddress range) {
        return "'" + sheet.getSheetName().replace("'", "''") + "'!" + range.formatAsString(null, true);
    }
}
