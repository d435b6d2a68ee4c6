package org.cellcompare.normalize;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

import org.cellcompare.ingest.InputTemplate.Choices;
import org.cellcompare.ingest.OfferingColumn;

/**
 * The words the input template offers in its drop-down lists: each one is understood by the
 * normalizer as it stands, so a template filled in from its lists raises no input problem.
 */
public final class TemplateChoices {

    private TemplateChoices() {
    }

    public static List<Choices> all() {
        return List.of(
                new Choices(OfferingColumn.COUNTRY, countries()),
                new Choices(OfferingColumn.CURRENCY, currencies()),
                new Choices(OfferingColumn.PRICE_BASIS, List.of("per course", "per injection", "per day", "per week", "package")),
                new Choices(OfferingColumn.CELL_SOURCE, List.of("autologous cord blood", "allogeneic cord blood",
                        "umbilical-cord MSC", "bone-marrow mononuclear cells", "bone-marrow MSC", "adipose-derived",
                        "placental/amniotic", "neural stem/progenitor cells", "embryonic or fetal", "cell-free (exosomes, secretome)",
                        "unspecified")),
                new Choices(OfferingColumn.ROUTE, List.of("intravenous", "intrathecal (lumbar puncture)", "intramuscular",
                        "intra-arterial", "intracerebral/intraventricular", "intranasal", "subcutaneous",
                        "intravenous + intrathecal", "unspecified")),
                new Choices(OfferingColumn.REGULATORY_STATUS, List.of("approved product", "registered trial",
                        "special/hospital exemption", "unregulated", "unknown")),
                new Choices(OfferingColumn.PATIENT_PAYS, List.of("yes", "no", "unknown")));
    }

    private static List<String> countries() {
        return Arrays.stream(Locale.getISOCountries()).map(CountryNames::nameOf).filter(Objects::nonNull)
                .sorted(Comparator.naturalOrder()).toList();
    }

    /** The currencies some country uses today, not the francs and marks of the past. */
    private static List<String> currencies() {
        TreeSet<String> codes = new TreeSet<>();
        for (String country : Locale.getISOCountries()) {
            String currency = CurrencyResolver.currencyOfCountry(country);
            if (currency != null) {
                codes.add(currency);
            }
        }
        return List.copyOf(codes);
    }
}
