package dev.ace.models.linear;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CalibrationTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void isMonotoneBoundedAndMapsTheCutToOneHalf(long seed) {
        Random r = new Random(seed);
        double cut = 0.01 + 0.98 * r.nextDouble();
        assertThat(Calibration.apply(cut, cut)).isCloseTo(0.5, within(1e-12));
        assertThat(Calibration.apply(0, cut)).isZero();
        assertThat(Calibration.apply(1, cut)).isEqualTo(1.0);
        double prev = -1;
        for (int i = 0; i <= 1000; i++) {
            double v = Calibration.apply(i / 1000.0, cut);
            assertThat(v).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(prev);
            prev = v;
        }
    }

    @Test
    void cutKeepsTheFalsePositiveRateAtTarget() {
        double[] neg = new double[100];
        for (int i = 0; i < 100; i++) {
            neg[i] = i / 100.0;
        }
        double cut = Calibration.cutForFalsePositiveRate(neg, 0.05, 0.01, 0.999);
        long above = java.util.Arrays.stream(neg).filter(v -> v >= cut).count();
        assertThat(above).isEqualTo(5);
    }
}
