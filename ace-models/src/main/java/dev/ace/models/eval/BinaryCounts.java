package dev.ace.models.eval;

import java.util.OptionalDouble;

/**
 * A confusion matrix for "unsafe" as the positive class. Rates that are undefined for the counts (no
 * positives, nothing predicted positive) are empty, never NaN.
 */
public record BinaryCounts(long tp, long fp, long tn, long fn) {
    public static final BinaryCounts ZERO = new BinaryCounts(0, 0, 0, 0);

    public BinaryCounts add(boolean unsafe, boolean predictedUnsafe) {
        return new BinaryCounts(tp + (unsafe && predictedUnsafe ? 1 : 0), fp + (!unsafe && predictedUnsafe ? 1 : 0),
                tn + (!unsafe && !predictedUnsafe ? 1 : 0), fn + (unsafe && !predictedUnsafe ? 1 : 0));
    }

    public long total() {
        return tp + fp + tn + fn;
    }

    public OptionalDouble precision() {
        return ratio(tp, tp + fp);
    }

    public OptionalDouble recall() {
        return ratio(tp, tp + fn);
    }

    public OptionalDouble falsePositiveRate() {
        return ratio(fp, fp + tn);
    }

    public OptionalDouble f1() {
        OptionalDouble p = precision();
        OptionalDouble r = recall();
        if (p.isEmpty() || r.isEmpty() || p.getAsDouble() + r.getAsDouble() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(2 * p.getAsDouble() * r.getAsDouble() / (p.getAsDouble() + r.getAsDouble()));
    }

    private static OptionalDouble ratio(long num, long den) {
        return den == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) num / den);
    }
}
