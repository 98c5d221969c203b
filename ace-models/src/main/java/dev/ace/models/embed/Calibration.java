package dev.ace.models.embed;

/**
 * Maps a raw score onto the cascade's scale, where a principle's threshold (0.5 by default) is the
 * decision line: piecewise linear through {@code (lo, 0)}, {@code (cut, 0.5)} and {@code (hi, 1)},
 * clamped to [0, 1]. Monotone, so the ranking of texts is kept.
 */
record Calibration(double lo, double cut, double hi) {
    Calibration {
        if (!(lo < cut && cut < hi)) {
            throw new IllegalArgumentException("calibration needs lo < cut < hi, got " + lo + ", " + cut + ", " + hi);
        }
    }

    /** For a probability: 0 and 1 are the ends. */
    static Calibration probability(double cut) {
        return new Calibration(0.0, Math.min(Math.max(cut, 1e-6), 1 - 1e-6), 1.0);
    }

    double apply(double raw) {
        double s = raw <= cut ? 0.5 * (raw - lo) / (cut - lo) : 0.5 + 0.5 * (raw - cut) / (hi - cut);
        return Math.min(1.0, Math.max(0.0, s));
    }
}
