package org.cellcompare.normalize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import org.cellcompare.config.DateOrder;
import org.cellcompare.ingest.CellValue;
import org.cellcompare.ingest.InputProblem;
import org.cellcompare.ingest.InputProblem.Outcome;
import org.cellcompare.ingest.OfferingColumn;
import org.cellcompare.ingest.RawRow;
import org.cellcompare.normalize.PriceParser.PriceContext;
import org.cellcompare.normalize.RegistryMatch.Check;
import org.cellcompare.normalize.Vocabularies.CellSourceReading;
import org.cellcompare.normalize.Vocabularies.RouteReading;
import org.cellcompare.rates.ExchangeRates;
import org.cellcompare.registry.Registry;
import org.cellcompare.registry.RegistryId;
import org.cellcompare.registry.RegistryIds;
import org.cellcompare.registry.TrialRecord;
import org.cellcompare.registry.TrialRegistryExport;
import org.cellcompare.text.Folding;

/**
 * Turns a raw row into an {@link Offering}. A row that cannot be an offering at all (no provider
 * and no registration number, or nothing usable) is rejected; a row with one value that cannot be
 * read is kept, the value shown as written, and the cell listed as an input problem.
 */
public class OfferingNormalizer {

    private static final Set<String> TOTAL_ROWS = Set.of("total", "totals", "subtotal", "grandtotal", "sum", "average",
            "mean", "median", "suma", "promedio", "totalgeneral");
    private static final Pattern FIRST_INTEGER = Pattern.compile("\\d{1,4}");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final List<OfferingColumn> USABLE = List.of(OfferingColumn.COUNTRY, OfferingColumn.PROGRAM,
            OfferingColumn.PRICE, OfferingColumn.CELL_SOURCE, OfferingColumn.ROUTE, OfferingColumn.REGISTRATION,
            OfferingColumn.SOURCE_URL, OfferingColumn.CLAIMS, OfferingColumn.INCLUDES, OfferingColumn.REGULATORY_STATUS);

    private final CountryNames countries;
    private final CurrencyResolver currencies;
    private final PriceParser prices;
    private final ExchangeRates rates;
    private final TrialRegistryExport registry;
    private final String reportingCurrency;
    private final DateOrder ambiguousDates;
    private final YearMonth reportMonth;

    public OfferingNormalizer(CountryNames countries, CurrencyResolver currencies, ExchangeRates rates,
                              TrialRegistryExport registry, String reportingCurrency, DateOrder ambiguousDates,
                              YearMonth reportMonth) {
        this.countries = countries;
        this.currencies = currencies;
        this.prices = new PriceParser(currencies);
        this.rates = rates;
        this.registry = registry;
        this.reportingCurrency = reportingCurrency;
        this.ambiguousDates = ambiguousDates;
        this.reportMonth = reportMonth;
    }

    public Offering normalize(RawRow row) {
        List<InputProblem> problems = new ArrayList<>();
        String provider = row.text(OfferingColumn.PROVIDER);
        String registrationText = row.text(OfferingColumn.REGISTRATION);
        List<RegistryId> ids = RegistryIds.find(registrationText);
        rejectIfNotAnOffering(row, provider, ids);

        String countryText = row.text(OfferingColumn.COUNTRY);
        String countryCode = countries.codeOf(countryText);
        if (!countryText.isEmpty() && countryCode == null) {
            problems.add(problem(row, OfferingColumn.COUNTRY, countryText,
                    "Not a country CellCompare recognises; shown as written and flagged.",
                    "Write the country's English name or its ISO code, e.g. Thailand or TH.", Outcome.VALUE_IGNORED));
        }

        String currencyText = row.text(OfferingColumn.CURRENCY);
        if (!currencyText.isEmpty() && currencies.candidates(currencyText).isEmpty()) {
            problems.add(problem(row, OfferingColumn.CURRENCY, currencyText, "Not a currency CellCompare recognises.",
                    "Write an ISO 4217 code such as USD, EUR or THB.", Outcome.VALUE_IGNORED));
            currencyText = null;
        }
        ParsedPrice price = parsePrice(row, new PriceContext(currencyText, countryCode, row.priceHeader(), null), problems);
        PriceBasis basis = basis(row, price, problems);
        Integer injections = injections(row, problems);
        Integer days = days(row, problems);
        CourseCost cost = courseCost(price, basis, injections, days);
        String tooLarge = tooLarge(cost, basis, injections, days);
        if (tooLarge != null) {
            price = ParsedPrice.unreadable(price.text(), price.basisInText(), tooLarge, PriceLimits.COURSE_TOO_LARGE_FIX);
            cost = CourseCost.UNKNOWN;
            problems.add(unreadablePrice(row, price));
        }

        CellSourceReading cells = Vocabularies.cellSources(row.text(OfferingColumn.CELL_SOURCE));
        if (!cells.recognised()) {
            problems.add(problem(row, OfferingColumn.CELL_SOURCE, row.text(OfferingColumn.CELL_SOURCE),
                    "Not a cell source CellCompare recognises; counted as not specified.",
                    "Use a term such as umbilical-cord MSC, bone-marrow mononuclear cells, cord blood or adipose-derived.",
                    Outcome.NOTE));
        }
        RouteReading routes = Vocabularies.routes(row.text(OfferingColumn.ROUTE));
        if (!routes.recognised()) {
            problems.add(problem(row, OfferingColumn.ROUTE, row.text(OfferingColumn.ROUTE),
                    "Not a route CellCompare recognises; counted as not specified.",
                    "Use terms such as intravenous (IV), intrathecal (IT, lumbar puncture), intramuscular (IM).", Outcome.NOTE));
        }
        RegulatoryStatus status = Vocabularies.regulatoryStatus(row.text(OfferingColumn.REGULATORY_STATUS));
        if (status == null) {
            problems.add(problem(row, OfferingColumn.REGULATORY_STATUS, row.text(OfferingColumn.REGULATORY_STATUS),
                    "Not a regulatory status CellCompare recognises; counted as unknown.",
                    "Use: approved product, registered trial, special/hospital exemption, unregulated or unknown.", Outcome.NOTE));
            status = RegulatoryStatus.UNKNOWN;
        }
        if (!registrationText.isEmpty() && ids.isEmpty()) {
            problems.add(problem(row, OfferingColumn.REGISTRATION, registrationText,
                    "No valid trial registration number in this text.",
                    "Write the registry's number exactly, e.g. NCT02569775, ChiCTR2000031234 or CTRI/2019/05/019087.",
                    Outcome.VALUE_IGNORED));
        }
        List<RegistryMatch> matches = ids.stream().map(this::check).toList();
        if (provider.isEmpty()) {
            provider = providerFromRegistry(matches);
        }

        PatientPays pays = Vocabularies.patientPays(row.text(OfferingColumn.PATIENT_PAYS));
        if (pays == null) {
            problems.add(problem(row, OfferingColumn.PATIENT_PAYS, row.text(OfferingColumn.PATIENT_PAYS),
                    "Not yes, no or unknown; counted as unknown.", "Write yes, no or unknown.", Outcome.VALUE_IGNORED));
            pays = PatientPays.UNKNOWN;
        }

        String claimsText = row.text(OfferingColumn.CLAIMS);
        List<String> claims = ClaimScanner.find(String.join(" \n ", claimsText, row.text(OfferingColumn.PROGRAM),
                row.text(OfferingColumn.INCLUDES)));

        String sourceText = row.text(OfferingColumn.SOURCE_URL);
        String link = SourceLinks.safeLink(sourceText);
        if (!sourceText.isEmpty() && link == null) {
            problems.add(problem(row, OfferingColumn.SOURCE_URL, sourceText,
                    "Not a web address starting with http:// or https://, so it is shown as text, not as a link.",
                    "Write the full address of the page, e.g. https://example.org/prices.", Outcome.NOTE));
        }
        LocalDate verified = lastVerified(row, problems);

        String program = row.text(OfferingColumn.PROGRAM);
        String duplicateKey = Folding.key(provider) + "|" + (countryCode != null ? countryCode : Folding.key(countryText))
                + "|" + Folding.key(program);
        return new Offering(row.file(), row.sheet(), row.row(), provider, countryCode, countryText,
                row.text(OfferingColumn.CITY), program, price, basis, injections, days, cost,
                row.text(OfferingColumn.INCLUDES), cells.sources(), cells.origin(), row.text(OfferingColumn.CELL_SOURCE),
                routes.routes(), row.text(OfferingColumn.ROUTE), status, row.text(OfferingColumn.REGULATORY_STATUS),
                registrationText, matches, pays, claimsText, claims, sourceText, link, verified, duplicateKey,
                List.copyOf(problems));
    }

    private void rejectIfNotAnOffering(RawRow row, String provider, List<RegistryId> ids) {
        if (provider.isEmpty() && ids.isEmpty()) {
            throw new RowRejectedException(problem(row, OfferingColumn.PROVIDER, "",
                    "No provider and no registration number, so this row cannot be an offering.",
                    "Add the clinic, hospital or trial sponsor, or the trial's registration number; or delete the row.",
                    Outcome.ROW_LEFT_OUT));
        }
        if (ids.isEmpty() && TOTAL_ROWS.contains(Folding.key(provider))) {
            throw new RowRejectedException(problem(row, OfferingColumn.PROVIDER, provider,
                    "This looks like a total or summary row, not an offering.",
                    "Nothing to do if it is a total; otherwise put the provider's name in this cell.", Outcome.ROW_LEFT_OUT));
        }
        if (ids.isEmpty() && USABLE.stream().allMatch(column -> row.value(column).isBlank())) {
            throw new RowRejectedException(problem(row, OfferingColumn.PROVIDER, provider,
                    "Only a provider name, with no country, program, price, cells, route or source, so there is nothing to compare.",
                    "Fill in at least the country and the price or program, or delete the row.", Outcome.ROW_LEFT_OUT));
        }
    }

    private ParsedPrice parsePrice(RawRow row, PriceContext context, List<InputProblem> problems) {
        CellValue cell = row.value(OfferingColumn.PRICE);
        ParsedPrice price = cell.number() != null
                ? prices.parseNumber(cell.number(), cell.numberFormat(), cell.text(), context)
                : prices.parse(cell.text(), context);
        if (price.kind() == PriceKind.UNREADABLE) {
            problems.add(unreadablePrice(row, price));
        }
        if (price.currencyNote() != null) {
            problems.add(problem(row, OfferingColumn.CURRENCY, row.text(OfferingColumn.CURRENCY), price.currencyNote(),
                    "Make the currency column and the price agree.", Outcome.NOTE));
        }
        return price;
    }

    private static InputProblem unreadablePrice(RawRow row, ParsedPrice price) {
        return problem(row, OfferingColumn.PRICE, row.value(OfferingColumn.PRICE).text(),
                "A price was given but it cannot be read as an amount: " + price.unreadableReason()
                        + ". It is shown as written and flagged.", price.unreadableFix(), Outcome.VALUE_IGNORED);
    }

    private static PriceBasis basis(RawRow row, ParsedPrice price, List<InputProblem> problems) {
        String text = row.text(OfferingColumn.PRICE_BASIS);
        if (!text.isEmpty()) {
            PriceBasis basis = PriceBasis.fromColumn(text);
            if (basis != null) {
                return basis;
            }
            problems.add(problem(row, OfferingColumn.PRICE_BASIS, text,
                    "Not a price basis CellCompare recognises; the price is taken as per course.",
                    "Use: per course, per injection, per day, per week or package.", Outcome.VALUE_IGNORED));
        }
        return price.basisInText() != null ? price.basisInText() : PriceBasis.PER_COURSE;
    }

    /** The injections column, or else what the program or includes say ("two intrathecal injections"). */
    private static Integer injections(RawRow row, List<InputProblem> problems) {
        CellValue cell = row.value(OfferingColumn.INJECTIONS);
        if (cell.isBlank()) {
            return Durations.injections(row.text(OfferingColumn.PROGRAM) + " ; " + row.text(OfferingColumn.INCLUDES));
        }
        Integer count = wholeNumber(cell);
        if (count == null) {
            problems.add(problem(row, OfferingColumn.INJECTIONS, cell.text(), "Not a whole number of injections.",
                    "Write the number of administrations in one course, e.g. 4.", Outcome.VALUE_IGNORED));
        }
        return count;
    }

    /** Days of a course: the duration column ("14 days", "2 weeks"), or else what the program or includes say. */
    private static Integer days(RawRow row, List<InputProblem> problems) {
        CellValue cell = row.value(OfferingColumn.DURATION);
        if (cell.isBlank()) {
            return Durations.days(row.text(OfferingColumn.PROGRAM) + " ; " + row.text(OfferingColumn.INCLUDES));
        }
        Integer days = cell.number() != null ? wholeNumber(cell) : Durations.days(cell.text());
        if (days == null) {
            days = bareNumber(cell);
        }
        if (days == null) {
            problems.add(problem(row, OfferingColumn.DURATION, cell.text(), "Not a length of stay CellCompare can read.",
                    "Write the number of days of one course, e.g. 14 or 14 days or 2 weeks.", Outcome.VALUE_IGNORED));
        }
        return days;
    }

    private static Integer wholeNumber(CellValue cell) {
        if (cell.number() != null) {
            boolean whole = cell.number().signum() > 0 && cell.number().stripTrailingZeros().scale() <= 0
                    && cell.number().compareTo(BigDecimal.valueOf(1000)) < 0;
            return whole ? cell.number().intValue() : null;
        }
        Matcher m = FIRST_INTEGER.matcher(cell.text());
        return m.find() && Integer.parseInt(m.group()) > 0 ? Integer.valueOf(m.group()) : null;
    }

    /**
     * A Duration cell's number alone ("21", "14 d"): the words read no length from the text, and
     * words other than a letter or two of unit would make the number something else, such as
     * "every 2 months" or "follow-up at 6 months".
     */
    private static Integer bareNumber(CellValue cell) {
        return LETTERS.matcher(cell.text()).results().mapToInt(r -> r.group().length()).sum() <= 2 ? wholeNumber(cell) : null;
    }

    /**
     * Per-injection prices times the injections, per-day prices times the days, per-week prices
     * times the weeks, make a course; without those numbers there is no course cost to compare.
     */
    private CourseCost courseCost(ParsedPrice price, PriceBasis basis, Integer injections, Integer days) {
        if (!price.kind().hasAmount() || price.currency() == null) {
            return CourseCost.UNKNOWN;
        }
        BigDecimal factor = switch (basis) {
            case PER_INJECTION -> injections == null ? null : BigDecimal.valueOf(injections);
            case PER_DAY -> days == null ? null : BigDecimal.valueOf(days);
            case PER_WEEK -> days == null ? null : BigDecimal.valueOf(days).divide(BigDecimal.valueOf(7), 4, RoundingMode.HALF_UP);
            default -> BigDecimal.ONE;
        };
        if (factor == null) {
            return CourseCost.UNKNOWN;
        }
        BigDecimal low = times(price.low(), factor);
        BigDecimal high = times(price.high(), factor);
        BigDecimal amount = times(price.rankingAmount(), factor);
        String currency = price.currency();
        return new CourseCost(low, high, amount, currency, rates.convert(low, currency, reportingCurrency),
                rates.convert(high, currency, reportingCurrency), rates.convert(amount, currency, reportingCurrency));
    }

    /**
     * Why the course, worked out from a price the parser accepted, is too large to be one: times
     * the injections or days, or in the reporting currency, it can reach {@link
     * PriceLimits#AMOUNT_CEILING}. Null when every amount is below it, as it must be for the
     * staged columns and the workbook (see {@link PriceLimits}).
     */
    private String tooLarge(CourseCost cost, PriceBasis basis, Integer injections, Integer days) {
        BigDecimal course = largest(cost.low(), cost.high(), cost.amount());
        if (!PriceLimits.fits(course)) {
            String how = switch (basis) {
                case PER_INJECTION -> "at " + injections + (injections == 1 ? " injection" : " injections") + " a course";
                case PER_DAY, PER_WEEK -> "at " + days + (days == 1 ? " day" : " days") + " a course";
                default -> "as a course";
            };
            return PriceLimits.courseTooLarge(how, course, cost.currency());
        }
        BigDecimal reporting = largest(cost.reportingLow(), cost.reportingHigh(), cost.reportingAmount());
        if (!PriceLimits.fits(reporting)) {
            return PriceLimits.courseTooLarge("converted to " + reportingCurrency, reporting, reportingCurrency);
        }
        return null;
    }

    private static BigDecimal largest(BigDecimal... amounts) {
        BigDecimal largest = null;
        for (BigDecimal amount : amounts) {
            if (amount != null && (largest == null || amount.abs().compareTo(largest.abs()) > 0)) {
                largest = amount;
            }
        }
        return largest;
    }

    private static BigDecimal times(BigDecimal amount, BigDecimal factor) {
        if (amount == null) {
            return null;
        }
        BigDecimal product = amount.multiply(factor).stripTrailingZeros();
        return product.scale() < 0 ? product.setScale(0) : product;
    }

    private RegistryMatch check(RegistryId id) {
        if (id.registry() != Registry.CLINICALTRIALS_GOV || registry.isEmpty()) {
            return new RegistryMatch(id, Check.NOT_CHECKED, null);
        }
        TrialRecord record = registry.find(id.id());
        if (record == null) {
            return new RegistryMatch(id, Check.NOT_FOUND, null);
        }
        return new RegistryMatch(id, record.isAboutCerebralPalsy() ? Check.FOUND : Check.FOUND_NOT_CP, record);
    }

    private static String providerFromRegistry(List<RegistryMatch> matches) {
        return matches.stream().map(RegistryMatch::record).filter(r -> r != null && !r.sponsor().isBlank())
                .map(TrialRecord::sponsor).findFirst().orElse("(provider not stated)");
    }

    private LocalDate lastVerified(RawRow row, List<InputProblem> problems) {
        CellValue cell = row.value(OfferingColumn.LAST_VERIFIED);
        if (cell.isSerialDate() && !VerifiedDates.isPlausibleSerialDate(cell.date(), reportMonth)) {
            problems.add(problem(row, OfferingColumn.LAST_VERIFIED, cell.text(),
                    "A bare number, not a date: as an Excel date it would be " + cell.date() + ", outside "
                            + VerifiedDates.FIRST_SERIAL_DATE + " to " + VerifiedDates.lastSerialDate(reportMonth)
                            + ", so the row counts as never verified.",
                    "Format the cell as a date (Format Cells, Date), or write the date as 2026-03-15.", Outcome.VALUE_IGNORED));
            return null;
        }
        if (cell.date() != null) {
            return cell.date();
        }
        if (cell.isBlank()) {
            return null;
        }
        VerifiedDates.ReadDate read = VerifiedDates.read(cell.text(), ambiguousDates);
        if (read == null) {
            problems.add(problem(row, OfferingColumn.LAST_VERIFIED, cell.text(),
                    "Not a date, so the row counts as never verified.", "Write the date as 2026-03-15.", Outcome.VALUE_IGNORED));
            return null;
        }
        if (read.ambiguous()) {
            problems.add(problem(row, OfferingColumn.LAST_VERIFIED, cell.text(),
                    "Day and month could be either way round; read as " + ambiguousDates.label() + " (" + read.date() + ").",
                    "Write dates as year-month-day, e.g. 2026-03-15.", Outcome.NOTE));
        }
        return read.date();
    }

    private static InputProblem problem(RawRow row, OfferingColumn column, String value, String reason, String fix,
                                        Outcome outcome) {
        return new InputProblem(row.file(), row.sheet(), row.row(), row.header(column), value, reason, fix, outcome);
    }
}
