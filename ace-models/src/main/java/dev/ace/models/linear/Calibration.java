package dev.ace.models.linear;

import java.util.Arrays;

/**
 * Maps a raw probability to the scale the cascade compares with principle thresholds: piecewise linear,
 * monotone, fixing 0 and 1 and sending the calibrated cut point to 0.5, so a score at or above 0.5 means
 * "at or above the cut chosen for the target false-positive rate".
 */
public final class Calibration {
    private Calibration() {
    }

    /** The calibrated score of raw probability {@code p} for cut point {@code cut} (in (0, 1)). */
    public static double apply(double p, double cut) {
        double q = Math.min(1.0, Math.max(0.0, p));
        double v = q < cut ? 0.5 * q / cut : 0.5 + 0.5 * (q - cut) / (1.0 - cut);
        return Math.min(1.0, Math.max(0.0, v));
    }

    /**
     * The smallest cut such that at most {@code fpr} of the negatives' scores reach it; never below
     * {@code floor} nor above {@code ceiling}. The cut lies just above the highest negative that must be
     * cleared.
     */
    public static double cutForFalsePositiveRate(double[] negativeScores, double fpr, double floor, double ceiling) {
        if (negativeScores.length == 0) {
            return Math.max(floor, Math.min(ceiling, 0.5));
        }
        double[] s = negativeScores.clone();
        Arrays.sort(s);
        int allowed = (int) Math.floor(fpr * s.length);
        int idx = s.length - 1 - allowed;
        double cut = idx < 0 ? floor : Math.nextUp(s[idx]);
        return Math.max(floor, Math.min(ceiling, cut));
    }
}
