package org.cellcompare.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class MemoTests {

    private final List<String> asked = new ArrayList<>();

    @Test
    void asksOncePerTextAndRemembersThatATextHadNoAnswer() {
        Memo<Integer> length = new Memo<>(text -> {
            asked.add(text);
            return text.isEmpty() ? null : text.length();
        });

        assertThat(length.apply("14 days")).isEqualTo(7);
        assertThat(length.apply("14 days")).isEqualTo(7);
        assertThat(length.apply("")).isNull();
        assertThat(length.apply("")).isNull();

        assertThat(asked).containsExactly("14 days", "");
    }

    @Test
    void asksEveryTimeForTextsTooLongToBeRepeated() {
        Memo<Integer> length = new Memo<>(text -> {
            asked.add(text);
            return text.length();
        });
        String longText = "x".repeat(201);

        length.apply(longText);
        length.apply(longText);

        assertThat(asked).hasSize(2);
    }
}
