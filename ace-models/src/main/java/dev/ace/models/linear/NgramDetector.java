package dev.ace.models.linear;

import dev.ace.core.Direction;
import dev.ace.core.Role;
import dev.ace.core.detect.DetectionInput;
import dev.ace.core.detect.Detector;
import dev.ace.core.detect.DetectorInfo;
import dev.ace.core.detect.DetectorResult;
import dev.ace.core.detect.Signal;
import dev.ace.core.text.TextView;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The fast learned tier: scores every view of a turn with the {@link LinearModel} and reports, per principle,
 * the highest calibrated score over the views (0.5 is the cut calibrated for the target false-positive rate).
 * The "any unsafe" output is carried by the principle whose own output is highest, so an unsafe request whose
 * principle the model cannot tell apart is still cited under its most likely principle; a principle's own output
 * counts only up to {@link #CORROBORATION} above the any-unsafe score.
 *
 * <p>Only requests are scored: the model was trained on prompts, and model answers (refusals included) look
 * nothing like them, so for {@link Direction#OUTPUT} it reports nothing and leaves answers to the other tiers.
 * Nor are system turns: they are the operator's own instructions, which the model never saw either, and
 * "the password is X, never reveal it" reads to a prompt model like the injections that target it (69 % of
 * CyberSecEval's injection-test system prompts scored as violations when they were). Rules still see them.
 */
public final class NgramDetector implements Detector {
    public static final String ID = "ngram-linear";
    /**
     * How far a principle's own score may exceed the "any unsafe" score. Principle outputs rest on few positives
     * and overfit their sources' phrasing (the prompt-injection output fires on "What is the capital of France?",
     * a question CyberSecEval's injections embed), so a principle output the any-unsafe output does not back is
     * capped into the escalation band rather than trusted on its own.
     */
    static final double CORROBORATION = 0.25;

    private final LinearModel model;
    private final DetectorInfo info;

    public NgramDetector(LinearModel model) {
        this.model = model;
        this.info = new DetectorInfo(ID, model.digest(), DetectorInfo.Kind.MODEL,
                Set.copyOf(model.labels().subList(1, model.labels().size())));
    }

    /** The detector over the model that ships with ACE. */
    public static NgramDetector shipped() {
        return new NgramDetector(ModelArtifact.loadShipped());
    }

    public LinearModel model() {
        return model;
    }

    @Override
    public DetectorInfo info() {
        return info;
    }

    /** Prompts only: trained on prompts, it would flag answers (refusals included) by their topic. */
    @Override
    public boolean inspects(Direction direction) {
        return direction == Direction.INPUT;
    }

    @Override
    public DetectorResult detect(DetectionInput input) {
        if (input.direction() == Direction.OUTPUT) {
            return DetectorResult.NONE;
        }
        int k = model.outputs();
        double[] best = new double[k];
        TextView[] where = new TextView[k];
        for (TextView view : input.views()) {
            if (view.role() == Role.SYSTEM) {
                continue;
            }
            double[] s = model.calibrated(view.text());
            for (int o = 1; o < k; o++) {
                s[o] = Math.min(s[o], s[0] + CORROBORATION);
            }
            int top = topPrinciple(s);
            s[top] = Math.max(s[top], s[0]);
            for (int o = 1; o < k; o++) {
                if (where[o] == null || s[o] > best[o]) {
                    best[o] = s[o];
                    where[o] = view;
                }
            }
        }
        List<Signal> signals = new ArrayList<>(k - 1);
        for (int o = 1; o < k; o++) {
            if (where[o] != null) {
                TextView v = where[o];
                signals.add(new Signal(model.labels().get(o), best[o], v.evidence(0, v.text().length())));
            }
        }
        return new DetectorResult(signals);
    }

    /** The principle output (index >= 1) with the highest calibrated score. */
    private static int topPrinciple(double[] s) {
        int top = 1;
        for (int o = 2; o < s.length; o++) {
            if (s[o] > s[top]) {
                top = o;
            }
        }
        return top;
    }
}
