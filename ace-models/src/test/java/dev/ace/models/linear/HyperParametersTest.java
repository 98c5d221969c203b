package dev.ace.models.linear;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HyperParametersTest {
    @Test
    void rejectsAnExamplesWeightThatIsNotPositive() {
        assertThatThrownBy(() -> new HyperParameters(12, 6, 0.2, 1e-6, 0.05, 0.05, 2, 0.0, 7L, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("examples weight 0.0");
        assertThatThrownBy(() -> new HyperParameters(12, 6, 0.2, 1e-6, 0.05, 0.05, 2, Double.NaN, 7L, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weighsRecordsByTheFirstMatchingFilePrefix() {
        HyperParameters hp = HyperParameters.defaults();
        assertThat(hp.fileWeight("harmfulqa.jsonl")).isEqualTo(0.25);
        assertThat(hp.fileWeight("advbench.jsonl")).isEqualTo(1.0);
    }
}
