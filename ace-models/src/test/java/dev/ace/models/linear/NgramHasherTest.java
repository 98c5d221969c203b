package dev.ace.models.linear;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class NgramHasherTest {
    private static final int MASK = (1 << 20) - 1;
    private static final Random RANDOM = new Random(20261127);

    private static List<Integer> features(String s) {
        List<Integer> out = new ArrayList<>();
        NgramHasher.hash(s, 0, s.length(), MASK, out::add);
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

    @Test
    void hashesOnlyTheGivenRange() {
        String s = "xx ab cd yy";
        List<Integer> out = new ArrayList<>();
        NgramHasher.hash(s, 3, 8, MASK, out::add);
        assertThat(out).containsExactlyElementsOf(features("ab cd"));
    }

    /** The shipped model's buckets are defined by this plain reading; the hot path must keep them exactly. */
    @RepeatedTest(200)
    void givesTheSameBucketsAsHashingEveryGramFromItsFirstCharacter() {
        String s = randomText(RANDOM.nextInt(120));
        assertThat(features(s)).containsExactlyElementsOf(Reference.features(s, MASK));
    }

    private static String randomText(int length) {
        String alphabet = "abcdeXYZ019 .,-!é中ÄßΩ\t\n";
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** Folds the text into a padded string of words and hashes each feature on its own, as documented (the
     *  Murmur3 finaliser is shared; what this checks is which characters each hash covers). */
    private static final class Reference {
        static List<Integer> features(String s, int mask) {
            StringBuilder folded = new StringBuilder(" ");
            for (char c : s.toCharArray()) {
                char f = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ';
                if (f != ' ' || folded.charAt(folded.length() - 1) != ' ') {
                    folded.append(f);
                }
            }
            if (folded.charAt(folded.length() - 1) != ' ') {
                folded.append(' ');
            }
            List<Integer> out = new ArrayList<>();
            if (folded.length() == 1) {
                return out;
            }
            String t = folded.toString();
            int word = 0x811c9dc5;
            int wordLen = 0;
            Integer prev = null;
            for (int i = 1; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == ' ') {
                    int w = NgramHasher.fmix(word ^ 0x5bd1e995);
                    out.add(w & mask);
                    if (prev != null) {
                        out.add(NgramHasher.fmix(prev * 31 + w + 0x27d4eb2f) & mask);
                    }
                    prev = w;
                    word = 0x811c9dc5;
                    wordLen = 0;
                } else {
                    word = (word ^ c) * 0x01000193;
                    wordLen++;
                }
                for (int n = 3; n <= 5 && i + 1 >= n; n++) {
                    int h = 0x811c9dc5;
                    for (int j = i + 1 - n; j <= i; j++) {
                        h = (h ^ t.charAt(j)) * 0x01000193;
                    }
                    out.add(NgramHasher.fmix(h ^ n) & mask);
                }
            }
            return out;
        }
    }
}
