package dev.ace.models.linear;

import dev.ace.core.Direction;
import dev.ace.core.Role;
import dev.ace.core.detect.DetectionInput;
import dev.ace.core.detect.Detector;
import dev.ace.core.detect.DetectorInfo;
import dev.ace.core.detect.DetectorResult;
import dev.ace.core.detect.Signal;
import dev.ace.core.rules.Refusals;
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
 * <p>Answers ({@link Direction#OUTPUT}) are scored only by a detector made {@link #scoringAnswers() to score them},
 * and then only their opening ({@link #ANSWER_OPENING}) without its refusing sentences ({@link Refusals#opening}):
 * a refusal restates the request it declines ("I can't help you culture anthrax") and would be scored by its topic,
 * while an answer that complies restates the request as it begins to carry it out ("Sure! Here is how to culture anthrax. Step 1:"), which reads to a
 * prompt model like the request itself. An answer that only refuses is not scored. The model was trained on
 * prompts, so a whole answer is judged once, not window by window as it streams: every window judged is one more
 * chance for a benign answer to cross the line (docs/model-card.md, "Answers").
 * System turns are not scored: they are the operator's own instructions, which the model never saw either, and
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
    /**
     * How much of an answer the learned tiers score: its first 1,024 characters. An answer that complies with a
     * harmful request says so as it begins ("Sure! Here's how to ..."), and the rest is left to the rules: each more
     * kilobyte the models read is one more chance for a long benign answer to cross a line. Of 100 benign answers of
     * about 8 KB (calibration answers joined), the models flagged 25 reading all of it (with the rules alone: 6),
     * 18 reading 3 KB, 14 reading 2 KB and 10 reading 1 KB, which also bounds the embedding tier's time (mean 111 ms
     * and at most 779 ms per answer reading all, 16 and 103 ms reading 1 KB); of about 2 KB: 15, 15, 9 and 1.
     */
    public static final int ANSWER_OPENING = 1024;

    private final LinearModel model;
    private final boolean answers;
    private final DetectorInfo info;

    /** A detector that scores prompts only. */
    public NgramDetector(LinearModel model) {
        this(model, false);
    }

    /** A detector that scores prompts, and model answers when {@code answers} is true. */
    public NgramDetector(LinearModel model, boolean answers) {
        this.model = model;
        this.answers = answers;
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

    /** A detector over the same model that also scores model answers. */
    public NgramDetector scoringAnswers() {
        return answers ? this : new NgramDetector(model, true);
    }

    @Override
    public DetectorInfo info() {
        return info;
    }

    /** Prompts, and answers only when made to score them. */
    @Override
    public boolean inspects(Direction direction) {
        return direction == Direction.INPUT || answers;
    }

    @Override
    public DetectorResult detect(DetectionInput input) {
        boolean answer = input.direction() == Direction.OUTPUT;
        if (answer && !answers) {
            return DetectorResult.NONE;
        }
        int k = model.outputs();
        double[] best = new double[k];
        TextView[] where = new TextView[k];
        int[] scored = new int[k]; // how much of that view was scored: all of a prompt, an answer's opening
        for (TextView view : input.modelViews()) {
            if (view.role() == Role.SYSTEM) {
                continue;
            }
            String text = answer ? Refusals.opening(view.text(), ANSWER_OPENING) : view.text();
            if (text.isBlank()) {
                continue;
            }
            double[] s = model.calibrated(text);
            for (int o = 1; o < k; o++) {
                s[o] = Math.min(s[o], s[0] + CORROBORATION);
            }
            int top = topPrinciple(s);
            s[top] = Math.max(s[top], s[0]);
            for (int o = 1; o < k; o++) {
                if (where[o] == null || s[o] > best[o]) {
                    best[o] = s[o];
                    where[o] = view;
                    scored[o] = text.length();
                }
            }
        }
        List<Signal> signals = new ArrayList<>(k - 1);
        for (int o = 1; o < k; o++) {
            if (where[o] != null) {
                TextView v = where[o];
                signals.add(new Signal(model.labels().get(o), best[o], v.evidence(0, scored[o])));
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
