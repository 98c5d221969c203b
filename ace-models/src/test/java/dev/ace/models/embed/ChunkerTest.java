package dev.ace.models.embed;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ChunkerTest {
    @Test
    void shortTextIsOneChunkCoveringIt() {
        assertThat(Chunker.chunks("  how are you  ")).containsExactly(new Chunker.Chunk(0, 15, "  how are you  "));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void windowsOverlapAndCoverEveryWord(long seed) {
        Random rnd = new Random(seed);
        int words = 81 + rnd.nextInt(400);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            b.append("w").append(i).append(rnd.nextBoolean() ? " " : "\n\t ");
        }
        String text = b.toString();
        List<Chunker.Chunk> chunks = Chunker.chunks(text);
        assertThat(chunks.get(0).start()).isZero();
        assertThat(chunks.get(chunks.size() - 1).text()).endsWith("w" + (words - 1));
        for (int i = 0; i < chunks.size(); i++) {
            Chunker.Chunk c = chunks.get(i);
            assertThat(c.text()).isEqualTo(text.substring(c.start(), c.end()));
            assertThat(c.text().split("\\s+").length).isLessThanOrEqualTo(Chunker.WINDOW);
            if (i > 0) {
                Chunker.Chunk prev = chunks.get(i - 1);
                assertThat(c.start()).isLessThan(prev.end());
                String overlap = text.substring(c.start(), prev.end());
                assertThat(overlap.split("\\s+").length).isEqualTo(Chunker.OVERLAP);
            }
        }
    }
}
