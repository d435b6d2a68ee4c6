package org.cellcompare.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.cellcompare.text.Folding;

/**
 * Recognises a header row by its column names. A header is a row with a provider column and at
 * least one other known column; everything above it is taken for title rows.
 */
@Component
public final class HeaderMatcher {

    private static final Set<String> CURRENCY_CODES = Currency.getAvailableCurrencies().stream()
            .map(c -> c.getCurrencyCode().toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> LINKING_WORDS = Set.of("in", "en", "per", "the");

    private final Map<String, OfferingColumn> columnsByKey = new HashMap<>();

    public HeaderMatcher() {
        for (OfferingColumn column : OfferingColumn.values()) {
            columnsByKey.put(Folding.key(column.header()), column);
            column.aliases().forEach(alias -> columnsByKey.put(Folding.key(alias), column));
        }
    }

    /** The column a header names, if CellCompare knows it. */
    public OfferingColumn columnFor(String header) {
        String key = Folding.key(header);
        OfferingColumn column = columnsByKey.get(key);
        if (column == null) {
            column = columnWithoutCurrencyCode(header);
        }
        return column;
    }

    /** "Price (USD)" or "Cost in THB" name the price column and carry its currency. */
    private OfferingColumn columnWithoutCurrencyCode(String header) {
        List<String> words = new ArrayList<>(List.of(Folding.words(header).split(" ")));
        boolean hadCode = words.removeIf(CURRENCY_CODES::contains);
        words.removeIf(LINKING_WORDS::contains);
        OfferingColumn column = hadCode ? columnsByKey.get(String.join("", words)) : null;
        return column == OfferingColumn.PRICE ? column : null;
    }

    public HeaderMatch match(SourceRow row) {
        Map<Integer, OfferingColumn> columns = new LinkedHashMap<>();
        Map<OfferingColumn, String> headers = new EnumMap<>(OfferingColumn.class);
        List<String> unknown = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String text = row.cell(i).text();
            if (text.isEmpty()) {
                continue;
            }
            OfferingColumn column = columnFor(text);
            if (column == null) {
                unknown.add(text);
            } else if (headers.containsKey(column)) {
                repeated.add(text);
            } else {
                columns.put(i, column);
                headers.put(column, text);
            }
        }
        return new HeaderMatch(Collections.unmodifiableMap(columns), Collections.unmodifiableMap(headers),
                List.copyOf(unknown), List.copyOf(repeated));
    }

    /** What a candidate header row says about the columns below it. */
    public record HeaderMatch(Map<Integer, OfferingColumn> columns, Map<OfferingColumn, String> headers,
                              List<String> unknownHeaders, List<String> repeatedHeaders) {

        public boolean isOfferingHeader() {
            return columns.containsValue(OfferingColumn.PROVIDER) && columns.size() >= 2;
        }
    }
}
