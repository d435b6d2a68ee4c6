package org.cellcompare.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the answers of a pure function of text. Columns such as cell source, route, claims or
 * price repeat the same few values over a whole file, so each is read once, not on every row. A
 * null answer ("no duration in this text") is remembered too: it is the commonest. When full it
 * forgets everything and starts again, which keeps it small whatever the input.
 */
public final class Memo<V> {

    private static final int CAPACITY = 10_000;
    /** Stands for a null answer, which the map cannot hold. */
    private static final Object NO_ANSWER = new Object();

    private final Function<String, V> function;
    private final Map<String, Object> answers = new ConcurrentHashMap<>();

    public Memo(Function<String, V> function) {
        this.function = function;
    }

    /** The function's answer; texts over 200 characters are rarely repeated and are not kept. */
    @SuppressWarnings("unchecked")
    public V apply(String text) {
        if (text == null || text.length() > 200) {
            return function.apply(text);
        }
        Object answer = answers.get(text);
        if (answer == null) {
            V computed = function.apply(text);
            if (answers.size() >= CAPACITY) {
                answers.clear();
            }
            answers.put(text, computed == null ? NO_ANSWER : computed);
            return computed;
        }
        return answer == NO_ANSWER ? null : (V) answer;
    }
}
