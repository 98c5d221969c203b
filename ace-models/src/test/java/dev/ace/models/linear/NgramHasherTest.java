package dev.ace.models.linear;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NgramHasherTest {
    private static List<Integer> features(String s) {
        List<Integer> out = new ArrayList<>();
        NgramHasher.hash(s, 0, s.length(), (1 << 20) - 1, out::add);
        return out;
    }

    @Test
    void countsCharacterGramsAndWordGrams() {
        // " ab cd " (7 chars padded): 3-grams 5, 4-grams 4, 5-grams 3; 2 words and 1 bigram.
        assertThat(features("ab cd")).hasSize(5 + 4 + 3 + 2 + 1);
    }

    @Test
    void ignoresCaseAndPunctuationRuns() {
        assertThat(features("Kill -- the PROCESS!")).containsExactlyElementsOf(features("kill the process"));
    }

    @Test
    void emptyTextHasNoFeatures() {
        assertThat(features("  ...  ")).isEmpty();
    }
}
