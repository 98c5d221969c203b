package dev.ace.models.embed;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinearHeadTest {
    private static HeadManifest manifest(String sha) {
        return new HeadManifest(HeadManifest.FORMAT, Encoder.MODEL_NAME, "e", 2, LinearHead.WEIGHTS, sha,
                List.of(new HeadManifest.Output(LinearHead.ANY, 0.7, 1, 1), new HeadManifest.Output("a.b", 0.6, 1, 1)),
                List.of(), Map.of(), 1, List.of(), List.of(), "test");
    }

    @Test
    void roundTripsWeightsWhoseDigestMatches() {
        float[][] w = {{1, -1, 0.5f}, {0, 2, -3}};
        byte[] bytes = LinearHead.weightBytes(w);
        LinearHead h = LinearHead.read(manifest(LinearHead.sha256(bytes)), bytes, "head.bin");
        double[] p = h.probabilities(new float[] {1, 0});
        assertThat(p[0]).isCloseTo(1 / (1 + Math.exp(-1.5)), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(p[1]).isCloseTo(1 / (1 + Math.exp(3)), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void rejectsWeightsWithAFlippedBit() {
        byte[] bytes = LinearHead.weightBytes(new float[][] {{1, -1, 0.5f}, {0, 2, -3}});
        String sha = LinearHead.sha256(bytes);
        bytes[5] ^= 1;
        assertThatThrownBy(() -> LinearHead.read(manifest(sha), bytes, "head.bin"))
                .hasMessageContaining("head.bin").hasMessageContaining("SHA-256").hasMessageContaining(sha);
    }

    @Test
    void bundledHeadLoadsAndMatchesTheBundledEncoder() {
        LinearHead h = LinearHead.loadBundled();
        assertThat(h.manifest().dimension()).isEqualTo(Encoder.DIMENSION);
        assertThat(h.outputs().get(0).id()).isEqualTo(LinearHead.ANY);
        assertThat(h.manifest().trainingFiles()).noneMatch(f -> f.file().contains("dev-only"));
    }
}
