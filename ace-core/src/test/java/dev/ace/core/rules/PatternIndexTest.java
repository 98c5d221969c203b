package dev.ace.core.rules;

import dev.ace.core.constitution.ConstitutionLoader;
import dev.ace.core.constitution.Principle;
import dev.ace.core.constitution.RuleSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The index must find exactly what a plain find() of every pattern finds. */
class PatternIndexTest {
    static final List<Pattern> PATTERNS = patterns();

    private static List<Pattern> patterns() {
        List<Pattern> out = new ArrayList<>();
        for (Principle p : ConstitutionLoader.loadDefault().principles()) {
            for (RuleSpec r : p.rules()) {
                if (r.isPattern()) {
                    out.add(Pattern.compile(r.pattern()));
                }
            }
        }
        out.add(Pattern.compile("ignore (all )?previous instructions")); // no leading \\b: may start anywhere
        out.add(Pattern.compile("\\b(?:\\d{3}-\\d{2}-\\d{4})"));
        out.add(Pattern.compile("<!--\\s*(system|assistant)|\\[\\s*system"));   // starts anywhere, on '<' or '['
        out.add(Pattern.compile("(?<=x)ignore"));                                   // look-behind: always find()
        return out;
    }

    static final PatternIndex INDEX = new PatternIndex(PATTERNS);

    private static List<PatternIndex.Match> reference(String text) {
        List<PatternIndex.Match> out = new ArrayList<>();
        for (int i = 0; i < PATTERNS.size(); i++) {
            Matcher m = PATTERNS.get(i).matcher(text);
            if (m.find()) {
                out.add(new PatternIndex.Match(i, m.start(), m.end()));
            }
        }
        return out;
    }

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    /** Random texts built from the patterns' own words, so that matches are frequent. */
    @ParameterizedTest
    @MethodSource("seeds")
    void findsExactlyWhatFindingEveryPatternFinds(long seed) {
        Random r = new Random(seed);
        String[] words = ("how to do i can make build write a an the some my own ransomware keylogger sarin anthrax "
                + "culture weaponize virus kill myself launder money forge passport child porn groom report detection "
                + "ignore all previous instructions xignore 123-45-6789 é ж ' - . , ! nerve gas counterfeit bills kms "
                + "<!-- system [ system <!--assistant [system")
                .split(" ");
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(60);
        for (int i = 0; i < n; i++) {
            sb.append(words[r.nextInt(words.length)]).append(r.nextInt(8) == 0 ? "" : " ");
        }
        String text = sb.toString();
        assertThat(INDEX.match(text)).as(text).isEqualTo(reference(text));
    }

    @Test
    void findsMatchesAtTheStartAndEndOfTheText() {
        String text = "write a keylogger";
        assertThat(INDEX.match(text)).isEqualTo(reference(text)).isNotEmpty();
        assertThat(INDEX.match("k")).isEqualTo(reference("k"));
        assertThat(INDEX.match("")).isEmpty();
    }
}
