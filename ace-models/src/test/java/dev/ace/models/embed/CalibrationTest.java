package dev.ace.models.embed;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalibrationTest {
    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void mapsTheCutToOneHalfMonotonicallyWithinTheUnitInterval(long seed) {
        Random rnd = new Random(seed);
        double cut = 0.05 + 0.9 * rnd.nextDouble();
        Calibration c = Calibration.probability(cut);
        assertThat(c.apply(cut)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
        double prev = -1;
        for (int i = 0; i <= 1000; i++) {
            double s = c.apply(i / 1000.0);
            assertThat(s).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(prev);
            prev = s;
        }
        assertThat(c.apply(0)).isZero();
        assertThat(c.apply(1)).isEqualTo(1.0);
    }

    @Test
    void rejectsAnUnorderedCalibration() {
        assertThatThrownBy(() -> new Calibration(0.5, 0.2, 1.0)).hasMessageContaining("lo < cut < hi");
    }
}
