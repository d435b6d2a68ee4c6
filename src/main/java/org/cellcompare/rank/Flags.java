package org.cellcompare.rank;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Flag sets as stored: codes in catalogue order, comma-separated, so analysts can filter on them.
 * Written and read for every offering of a million rows, twice over, so with loops, not streams.
 */
public final class Flags {

    private Flags() {
    }

    public static String join(Collection<Flag> flags) {
        if (flags.isEmpty()) {
            return "";
        }
        StringBuilder codes = new StringBuilder(flags.size() * 16);
        // an EnumSet iterates in catalogue order
        for (Flag flag : flags instanceof EnumSet<Flag> ordered ? ordered : EnumSet.copyOf(flags)) {
            if (!codes.isEmpty()) {
                codes.append(',');
            }
            codes.append(flag.name());
        }
        return codes.toString();
    }

    public static Set<Flag> parse(String codes) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (codes == null) {
            return flags;
        }
        for (int start = 0; start <= codes.length(); ) {
            int comma = codes.indexOf(',', start);
            int end = comma < 0 ? codes.length() : comma;
            String code = codes.substring(start, end).strip();
            if (!code.isEmpty()) {
                flags.add(Flag.valueOf(code));
            }
            start = end + 1;
        }
        return flags;
    }
}
