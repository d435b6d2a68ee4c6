package org.cellcompare.text;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The columns of a reference file, found by the names a header gives them in any case, spacing or
 * punctuation ({@link Folding#key}). Where two columns share a name, the first declared keeps it.
 */
public final class ColumnNames<C extends Enum<C>> {

    private final Map<String, C> byKey = new HashMap<>();

    public ColumnNames(Class<C> columns, Function<C, List<String>> names) {
        for (C column : EnumSet.allOf(columns)) {
            names.apply(column).forEach(name -> byKey.putIfAbsent(Folding.key(name), column));
        }
    }

    /** The column a header names, or null. */
    public C named(String header) {
        return byKey.get(Folding.key(header));
    }
}
