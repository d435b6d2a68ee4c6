package org.cellcompare.rank;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Flag sets as stored: codes in catalogue order, comma-separated, so analysts can filter on them. */
public final class Flags {

    private Flags() {
    }

    public static String join(Collection<Flag> flags) {
        return flags.stream().sorted().map(Flag::name).collect(Collectors.joining(","));
    }

    public static Set<Flag> parse(String codes) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (codes != null && !codes.isBlank()) {
            Arrays.stream(codes.split(",")).map(String::strip).filter(c -> !c.isEmpty()).map(Flag::valueOf)
                    .forEach(flags::add);
        }
        return flags;
    }
}
