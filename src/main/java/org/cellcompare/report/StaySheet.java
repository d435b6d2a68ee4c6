package org.cellcompare.report;

import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;

import org.cellcompare.travel.FlightFare;
import org.cellcompare.travel.PerDiemRate;
import org.cellcompare.travel.TravelCosts;

/**
 * "Stay costs": the State Department's per diem rows the trip estimates used, with their file,
 * publication and row, and the return fares added, so that an analyst can check any estimate by
 * hand and a family can see where its figures come from.
 */
final class StaySheet {

    private static final List<Integer> WIDTHS = List.of(26, 26, 14, 14, 16, 14, 12);

    private final ReportText text;
    private final ReportStyles styles;

    StaySheet(ReportText text, ReportStyles styles) {
        this.text = text;
        this.styles = styles;
    }

    /** {@code rowsUsed}: how many offerings were estimated with each per diem row, by its row number. */
    void write(Sheet sheet, ReportContext context, TravelCosts costs, Map<Integer, Long> rowsUsed) {
        SheetWriter out = new SheetWriter(sheet, styles, WIDTHS);
        out.row().across(WIDTHS.size(), text.get("stay.title", context.month().toString()), styles.title);
        List<PerDiemRate> used = costs.perDiem() == null ? List.of() : costs.perDiem().rates().stream()
                .filter(rate -> rowsUsed.containsKey(rate.row()))
                .sorted(Comparator.comparing((PerDiemRate rate) -> text.country(rate.countryCode(), rate.country()))
                        .thenComparing(rate -> rate.location() == null ? "" : rate.location()))
                .toList();
        if (used.isEmpty()) {
            out.row().across(WIDTHS.size(), text.get("stay.none"), styles.wrapped);
        } else {
            out.row().across(WIDTHS.size(), text.get("stay.source", String.valueOf(costs.published()), costs.perDiem().file(),
                    context.reportDate().toString()), styles.wrapped);
            out.blankRow();
            out.headers(List.of(text.get("stay.country"), text.get("stay.place"), text.get("stay.season"),
                    text.get("stay.lodging"), text.get("stay.meals"), text.get("stay.offers"), text.get("stay.row")));
            for (PerDiemRate rate : used) {
                out.row().text(text.country(rate.countryCode(), rate.country()))
                        .text(rate.location() == null ? text.get("stay.restOfCountry") : rate.location())
                        .text(season(rate, context.locale())).number(rate.lodging(), styles.cents).number(rate.meals(), styles.cents)
                        .number(rowsUsed.get(rate.row())).rowNumber(rate.row());
            }
        }
        out.blankRow();
        flights(out, costs);
        out.headerOnEveryPage(0);
    }

    private void flights(SheetWriter out, TravelCosts costs) {
        if (costs.flightsFile() == null) {
            out.row().across(WIDTHS.size(), text.get("stay.noFlights"), styles.wrapped);
            return;
        }
        out.row().text(text.get("stay.flights", costs.flightsFile()), styles.subtitle).tall(18);
        out.headers(List.of(text.get("stay.country"), text.get("stay.fare"), text.get("stay.currency"), text.get("stay.quoted"),
                text.get("stay.fareSource")));
        costs.flights().values().stream()
                .sorted(Comparator.comparing((FlightFare fare) -> text.country(fare.countryCode(), null)))
                .forEach(fare -> out.row().text(text.country(fare.countryCode(), null)).number(fare.returnFare(), styles.cents)
                        .text(fare.currency()).date(fare.date()).wrapped(fare.source()));
    }

    /** "All year", or a season as its first and last days, "1 Apr – 31 Jan", in the workbook's language. */
    private String season(PerDiemRate rate, Locale locale) {
        if (rate.seasonStart().equals(MonthDay.of(1, 1)) && rate.seasonEnd().equals(MonthDay.of(12, 31))) {
            return text.get("stay.allYear");
        }
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", locale);
        return day.format(rate.seasonStart()) + " – " + day.format(rate.seasonEnd());
    }
}
