package dev.ace.core.cascade;

import dev.ace.core.detect.Detector;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One tier of the cascade.
 *
 * @param name      shown in verdicts and metrics, e.g. {@code fast}
 * @param detectors run in order on every turn the tier sees
 * @param budget    latency budget per detector call
 * @param band      escalation band: this tier runs (for tiers after the first) only on turns where some
 *                  applicable principle's score lies within {@code band} of its threshold; doubled for
 *                  critical principles. Ignored for the first tier, which always runs.
 * @param confirms  when true the tier also sees every turn already at or above a threshold, so it
 *                  confirms or overturns the earlier tiers' positives (a precise, slower model behind a
 *                  fast, recall-oriented one); benign turns below {@code threshold - band} still skip it
 * @param isolated  when true each call runs on its own virtual thread and is abandoned at the budget
 *                  (for network or heavy detectors); when false it runs on the caller's thread, which
 *                  costs nothing; an overrun is detected when the call returns and recorded as
 *                  {@code OVERRAN}, and its (late) answer is used
 */
public record TierSpec(String name, List<Detector> detectors, Duration budget, double band, boolean confirms,
                       boolean isolated) {
    public TierSpec {
        Objects.requireNonNull(name, "name");
        detectors = List.copyOf(detectors);
        Objects.requireNonNull(budget, "budget");
        if (detectors.isEmpty()) {
            throw new IllegalArgumentException("tier " + name + " has no detectors");
        }
        if (band < 0 || band > 1) {
            throw new IllegalArgumentException("tier " + name + ": band " + band + " is not in [0, 1]");
        }
    }

    /** A tier run on the caller's thread. */
    public static TierSpec inline(String name, Duration budget, double band, Detector... detectors) {
        return new TierSpec(name, List.of(detectors), budget, band, false, false);
    }

    /** A tier whose calls each run on a virtual thread and are abandoned at the budget. */
    public static TierSpec isolated(String name, Duration budget, double band, Detector... detectors) {
        return new TierSpec(name, List.of(detectors), budget, band, false, true);
    }

    /** This tier, also seeing every turn at or above a threshold (see {@code confirms}). */
    public TierSpec confirming() {
        return new TierSpec(name, detectors, budget, band, true, isolated);
    }
}
