package org.cellcompare.report;

import java.math.BigDecimal;
import java.util.List;


import org.cellcompare.rates.ExchangeRates;
import org.cellcompare.rates.Rate;

/** The rates used, each with its date and source, and what one unit is worth in the reporting currency. */
final class RatesSheet {

    private final ReportText text;
    private final ReportStyles styles;

    RatesSheet(ReportText text, ReportStyles styles) {
        this.text = text;
        this.styles = styles;
    }

    void write(SheetTarget sheet, ExchangeRates rates, String currency) {
        SheetWriter out = new SheetWriter(sheet, styles, List.of(10, 16, 12, 50, 16));
        out.headers(List.of(text.get("rates.currency"), text.get("rates.unitsPerEur"), text.get("rates.date"),
                text.get("rates.source"), text.get("rates.inReporting", currency)));
        out.row().text(ExchangeRates.EUR).number(BigDecimal.ONE, styles.decimal).skip()
                .text(text.get("rates.base")).number(rates.crossRate(ExchangeRates.EUR, currency), styles.decimal);
        for (Rate rate : rates.all()) {
            out.row().text(rate.currency()).number(rate.unitsPerEur(), styles.decimal).date(rate.date())
                    .wrapped(rate.source()).number(rates.crossRate(rate.currency(), currency), styles.decimal);
        }
        out.blankRow();
        out.row().across(5, text.get("rates.note"), styles.wrapped);
        out.table(0);
    }
}
