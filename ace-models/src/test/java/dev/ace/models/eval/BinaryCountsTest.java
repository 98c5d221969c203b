package dev.ace.models.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BinaryCountsTest {
    @Test
    void computesRatesFromTheConfusionMatrix() {
        BinaryCounts c = new BinaryCounts(8, 2, 88, 2);
        assertThat(c.precision().getAsDouble()).isCloseTo(0.8, within(1e-12));
        assertThat(c.recall().getAsDouble()).isCloseTo(0.8, within(1e-12));
        assertThat(c.f1().getAsDouble()).isCloseTo(0.8, within(1e-12));
        assertThat(c.falsePositiveRate().getAsDouble()).isCloseTo(2.0 / 90, within(1e-12));
    }

    @Test
    void leavesUndefinedRatesEmptyForSingleClassFiles() {
        BinaryCounts safeOnly = BinaryCounts.ZERO.add(false, false).add(false, true);
        assertThat(safeOnly.recall()).isEmpty();
        assertThat(safeOnly.precision().getAsDouble()).isZero();
        assertThat(safeOnly.f1()).isEmpty();
        assertThat(safeOnly.falsePositiveRate().getAsDouble()).isEqualTo(0.5);
    }
}
