package org.cellcompare.normalize;

import java.util.ArrayList;
import java.util.List;

import org.cellcompare.normalize.CurrencyResolver.Mention;

/**
 * Which currency a text writes next to an amount, and what lies between two amounts once their
 * currencies are set aside. Mentions are in order and do not overlap, so each question looks only
 * at the few characters around the amount, never at every mention in the text.
 */
final class CurrencyNearAmount {

    /** The text from {@code from} to {@code to}, each currency mention wholly inside it replaced by a space. */
    static String withoutMentions(String s, int from, int to, List<Mention> mentions) {
        StringBuilder gap = new StringBuilder(Math.max(to - from, 0));
        int at = from;
        for (int i = firstStartingFrom(mentions, from); i < mentions.size() && mentions.get(i).end() <= to; i++) {
            gap.append(s, at, mentions.get(i).start()).append(' ');
            at = mentions.get(i).end();
        }
        return gap.append(s, at, Math.max(to, at)).toString();
    }

    /**
     * The currency written right before or right after an amount. "$350.000 MXN" has two; the one
     * that names a single currency settles what the shared symbol means.
     */
    static List<String> adjacentCurrency(Amount amount, List<Mention> mentions, String s) {
        List<String> found = List.of();
        for (Mention mention : adjacentMentions(amount, mentions, s)) {
            if (found.isEmpty() || (mention.candidates().size() == 1 && found.contains(mention.candidates().get(0)))) {
                found = mention.candidates();
            }
        }
        return found;
    }

    /**
     * The mentions next to an amount, in order: before it, those with only spaces and other such
     * mentions between ("US$ $ 1000"); after it, also "+" ("15,000+ USD"). They are found by walking
     * out from the amount, so the time spent on an amount is that of the few characters around
     * it, not of every mention in the text.
     */
    private static List<Mention> adjacentMentions(Amount amount, List<Mention> mentions, String s) {
        int last = firstStartingFrom(mentions, amount.start()) - 1;
        while (last >= 0 && mentions.get(last).end() > amount.start()) {
            last--;
        }
        int first = last + 1;
        int gapEnd = amount.start();
        while (first > 0 && isBlankBackwards(s, mentions.get(first - 1).end(), gapEnd)) {
            first--;
            gapEnd = mentions.get(first).start();
        }
        List<Mention> adjacent = new ArrayList<>(mentions.subList(first, last + 1));
        int gapStart = amount.end();
        for (int i = firstStartingFrom(mentions, amount.end()); i < mentions.size()
                && isBlankOrPlus(s, gapStart, mentions.get(i).start()); i++) {
            adjacent.add(mentions.get(i));
            gapStart = mentions.get(i).end();
        }
        return adjacent;
    }

    /** The index of the first mention that starts at or after {@code position}; mentions are in order and do not overlap. */
    private static int firstStartingFrom(List<Mention> mentions, int position) {
        int low = 0;
        int high = mentions.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (mentions.get(middle).start() < position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * Whether only white space lies between {@code from} and {@code to}. Read from the end: the
     * white space right before an amount is then read once, however far back the gap goes.
     */
    private static boolean isBlankBackwards(String s, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlankOrPlus(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != '+' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private CurrencyNearAmount() {
    }
}
