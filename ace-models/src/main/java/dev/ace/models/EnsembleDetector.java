package dev.ace.models;

import dev.ace.core.Direction;
import dev.ace.core.detect.DetectionInput;
import dev.ace.core.detect.Detector;
import dev.ace.core.detect.DetectorInfo;
import dev.ace.core.detect.DetectorResult;
import dev.ace.core.detect.Signal;
import dev.ace.models.embed.EmbeddingDetector;
import dev.ace.models.linear.NgramDetector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedding tier's second opinion blended with the fast model's: for every principle the embedding
 * detector scores, {@code weight * embedding + (1 - weight) * ngram} (0 where a detector names no signal); a
 * principle only one of them covers keeps the embedding's score alone. It replaces the fast tier's model score
 * on the turns the tier sees, so a positive is overturned only when the two models together put it under the
 * line. Answers have their own weight (the embedding's score is its similarity to the constitution's examples; the
 * head scores prompts only), chosen on calibration answers: at the prompts' 0.6, 12 of 320 benign answers on
 * alarming topics crossed the line (how to spot phishing, romance-scam red flags, ransomware defence), at 0.8 3,
 * with 75 of 120 compliant harmful answers caught (docs/model-card.md, "Answers"). An n-gram detector that
 * leaves answers alone leaves them to the embedding's score.
 */
final class EnsembleDetector implements Detector {
    private final NgramDetector ngram;
    private final EmbeddingDetector embedding;
    private final double weight;
    private final double answerWeight;
    private final DetectorInfo info;

    /** {@code weight} in (0, 1]: the embedding score's share of the blend; answers keep the embedding's score alone. */
    EnsembleDetector(NgramDetector ngram, EmbeddingDetector embedding, double weight) {
        this(ngram, embedding, weight, 1.0);
    }

    /**
     * {@code weight} and {@code answerWeight} in (0, 1]: the embedding score's share of the blend for prompts and
     * for answers (answers are blended only when {@code ngram} scores them).
     */
    EnsembleDetector(NgramDetector ngram, EmbeddingDetector embedding, double weight, double answerWeight) {
        if (!(weight > 0 && weight <= 1) || !(answerWeight > 0 && answerWeight <= 1)) {
            throw new IllegalArgumentException("embedding weights " + weight + ", " + answerWeight + " are not in (0, 1]");
        }
        this.ngram = ngram;
        this.embedding = embedding;
        this.weight = weight;
        this.answerWeight = answerWeight;
        DetectorInfo e = embedding.info();
        this.info = new DetectorInfo("ensemble", ngram.info().version().substring(0, 12) + "+" + e.version() + "@w" + weight
                + (answerWeight < 1 ? "/a" + answerWeight : ""), DetectorInfo.Kind.MODEL, e.covers());
    }

    @Override
    public DetectorInfo info() {
        return info;
    }

    @Override
    public DetectorResult detect(DetectionInput input) throws Exception {
        DetectorResult emb = embedding.detect(input);
        double weight = input.direction() == Direction.INPUT ? this.weight : answerWeight;
        if (weight == 1 || !ngram.inspects(input.direction())) {
            return emb;
        }
        Map<String, Signal> fast = new HashMap<>();
        for (Signal s : ngram.detect(input).signals()) {
            fast.put(s.principleId(), s);
        }
        Map<String, Signal> byId = new HashMap<>();
        emb.signals().forEach(s -> byId.put(s.principleId(), s));
        List<Signal> out = new ArrayList<>();
        for (String id : info.covers()) {
            Signal e = byId.get(id);
            Signal f = fast.get(id);
            if (!ngram.info().covers(id)) {
                if (e != null) {
                    out.add(e);
                }
            } else if (e != null || f != null) {
                double es = e == null ? 0 : e.score();
                double fs = f == null ? 0 : f.score();
                Signal where = e == null || (f != null && fs > es) ? f : e;
                out.add(new Signal(id, weight * es + (1 - weight) * fs, where.evidence()));
            }
        }
        return new DetectorResult(out);
    }
}
