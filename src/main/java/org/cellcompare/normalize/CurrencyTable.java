package org.cellcompare.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvValidationException;

/**
 * One of the tables of how people write currencies, kept as data in {@code currencies/}: each
 * row a mention (a symbol as written, or a word), the ISO 4217 codes it can mean with the
 * default first, and why, where a shared mention needs saying. A mention listed twice, or a code
 * ISO 4217 does not have, stops the table from loading: the last row would otherwise win unseen.
 */
final class CurrencyTable {

    private CurrencyTable() {
    }

    /** The table in {@code resource}, each mention as {@code key} makes it, in the order of its rows. */
    static Map<String, List<String>> load(String resource, UnaryOperator<String> key, Set<String> isoCodes) {
        try (InputStream in = CurrencyTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The currency table " + resource + " is missing from the application");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), resource, key, isoCodes);
        } catch (IOException | CsvValidationException e) {
            throw new IllegalStateException("The currency table " + resource + " cannot be read", e);
        }
    }

    static Map<String, List<String>> read(Reader reader, String name, UnaryOperator<String> key, Set<String> isoCodes)
            throws IOException, CsvValidationException {
        Map<String, List<String>> table = new LinkedHashMap<>();
        try (CSVReaderHeaderAware csv = new CSVReaderHeaderAware(reader)) {
            Map<String, String> row;
            while ((row = csv.readMap()) != null) {
                String mention = key.apply(row.get("mention"));
                List<String> means = List.of(row.get("means").strip().split(" +"));
                means.stream().filter(code -> !isoCodes.contains(code)).findFirst().ifPresent(code -> {
                    throw new IllegalStateException(name + " says " + mention + " means " + code
                            + ", which is not an ISO 4217 code");
                });
                if (table.put(mention, means) != null) {
                    throw new IllegalStateException(name + " lists " + mention + " twice");
                }
            }
        }
        return Collections.unmodifiableMap(table);
    }
}
