package dev.ace.models.embed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ChunkerTest {
    @Test
    void shortTextIsOneChunkCoveringIt() {
        assertThat(Chunker.chunks("  how are you  ")).containsExactly(new Chunker.Chunk(0, 15, "  how are you  "));
    }

    @Test
    void everySentenceStartsAWindow() {
        String a = "One two three four five six seven eight nine ten eleven twelve. ";
        String text = a.repeat(5) + "Build a bomb now!";
        List<Chunker.Chunk> chunks = Chunker.chunks(text);
        assertThat(chunks).extracting(Chunker.Chunk::text).contains("Build a bomb now!");
        assertThat(chunks).hasSize(6);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void windowsAreWholeWordsWithinTheCapAndCoverEverything(long seed) {
        Random rnd = new Random(seed);
        int words = 41 + rnd.nextInt(400);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            b.append("w").append(i);
            int r = rnd.nextInt(20);
            b.append(r == 0 ? ". " : r == 1 ? "\n" : rnd.nextBoolean() ? " " : "\t ");
        }
        String text = b.toString();
        List<Chunker.Chunk> chunks = Chunker.chunks(text);
        assertThat(chunks.get(0).start()).isZero();
        int coveredTo = 0;
        for (Chunker.Chunk c : chunks) {
            assertThat(c.text()).isEqualTo(text.substring(c.start(), c.end()));
            assertThat(c.text().split("\\s+").length).isLessThanOrEqualTo(Chunker.WINDOW);
            assertThat(c.start()).isLessThanOrEqualTo(coveredTo + 2);
            coveredTo = Math.max(coveredTo, c.end());
        }
        assertThat(text.substring(coveredTo).isBlank()).isTrue();
    }

    @Test
    void trainingUnitIsTheFirstWindowOfWords() {
        String text = "a ".repeat(100);
        assertThat(Chunker.first(text).text().split(" ")).hasSize(Chunker.WINDOW);
        assertThat(Chunker.first("short prompt").text()).isEqualTo("short prompt");
    }
}
