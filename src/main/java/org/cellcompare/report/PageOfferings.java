package org.cellcompare.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.cellcompare.normalize.SourceLinks;
import org.cellcompare.rank.Section;
import org.cellcompare.rank.ShownOffering;
import org.cellcompare.report.RankedSheet.RankedLine;

/**
 * The offerings the web page lists, taken from the ranked sheets' own lines as they are written,
 * so the page and the workbook cannot disagree on a cost, a concern or a rank. A page is read on a
 * phone: past {@code most} offerings a section it lists no more, and says the workbook has them.
 */
final class PageOfferings {

    /** Between an amount and its currency, so a phone never puts "USD" on a line of its own. */
    private static final char NO_BREAK = '\u00a0';

    private final Map<Section, FirstRows<PageOffering>> sections = new EnumMap<>(Section.class);
    private final ReportText text;
    private final TripWords trips;
    private final String currency;
    private final DateTimeFormatter dates;
    private final NumberFormat wholeNumbers = NumberFormat.getIntegerInstance(Locale.US);

    PageOfferings(ReportText text, String currency, Locale locale, int most) {
        this.text = text;
        this.currency = currency;
        this.trips = new TripWords(text, currency);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        // as Excel shows a whole amount: half away from zero
        wholeNumbers.setRoundingMode(RoundingMode.HALF_UP);
        for (Section section : Section.values()) {
            sections.put(section, new FirstRows<>(most));
        }
    }

    void add(Section section, RankedLine line) {
        FirstRows<PageOffering> rows = sections.get(section);
        if (rows.wanted()) {
            rows.add(offering(line));
        } else {
            rows.skip();
        }
    }

    FirstRows<PageOffering> of(Section section) {
        return sections.get(section);
    }

    private PageOffering offering(RankedLine line) {
        ShownOffering shown = line.row().shown();
        LocalDate verified = shown.lastVerified();
        String link = line.registrationLink();
        return new PageOffering(line.rank(), shown.provider(), FamilySheet.place(shown.city(), line.country()),
                shown.program(), line.cellSource(), line.routes(), cost(shown, line),
                shown.reportingAmount() == null ? null : shown.reportingAmount().toPlainString(), shown.priceText(),
                trips.forFamilies(shown.trip(), line.tripCovers()), line.row().concern().name().toLowerCase(Locale.ROOT),
                line.concern(), line.why(), line.registrationIds(), SourceLinks.isSafeLink(link) ? link : null,
                FamilySheet.sourceLabel(shown.sourceText()),
                SourceLinks.isSafeLink(shown.sourceLink()) ? shown.sourceLink() : null,
                verified == null ? null : dates.format(verified), verified == null ? null : verified.toString());
    }

    /** The course cost as the family sheet gives it: the amount, the amount not converted, or that there is none. */
    private String cost(ShownOffering shown, RankedLine line) {
        if (shown.reportingAmount() != null) {
            return money(shown.reportingAmount());
        }
        return line.courseCostInWords() != null ? line.courseCostInWords() : text.get("family.noCost");
    }

    /** A whole amount and the reporting currency, kept on one line. */
    String money(BigDecimal amount) {
        return wholeNumbers.format(amount) + NO_BREAK + currency;
    }

    /** A count, grouped as the amounts are. */
    String number(long count) {
        return wholeNumbers.format(count);
    }
}
