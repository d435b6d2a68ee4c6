package org.cellcompare.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the answers of a pure function of text. Columns such as cell source, route or claims
 * repeat the same few values over a whole file, so each is read once, not on every row. When
 * full it forgets everything and starts again, which keeps it small whatever the input.
 */
public final class Memo<V> {

    private static final int CAPACITY = 10_000;

    private final Function<String, V> function;
    private final Map<String, V> answers = new ConcurrentHashMap<>();

    public Memo(Function<String, V> function) {
        this.function = function;
    }

    /** The function's answer; texts over 200 characters are rarely repeated and are not kept. */
    public V apply(String text) {
        if (text == null || text.length() > 200) {
            return function.apply(text);
        }
        V answer = answers.get(text);
        if (answer == null) {
            answer = function.apply(text);
            if (answer != null) {
                if (answers.size() >= CAPACITY) {
                    answers.clear();
                }
                answers.put(text, answer);
            }
        }
        return answer;
    }
}
