package dev.ace.models.embed;

import java.util.List;
import java.util.Map;

/**
 * The manifest of a trained head, stored as JSON beside its weights: what it was trained on (files and
 * their SHA-256), how (hyper-parameters, seed), how well it did (leave-one-file-out folds), where each
 * output's calibrated cut point lies, and the digest the weights must have.
 *
 * @param format         artifact format version
 * @param encoder        the sentence encoder's name
 * @param encoderDigest  SHA-256 of the encoder's weights and tokenizer the head was trained on
 * @param dimension      embedding dimension
 * @param hidden         widths of the network's hidden layers (ReLU); empty for logistic regression
 * @param weightsFile    name of the weights file beside the manifest
 * @param weightsSha256  SHA-256 of the weights file; checked on load
 * @param outputs        one per output, in the order of the weights' rows
 * @param trainingFiles  the data the head was trained on
 * @param hyperParameters optimiser settings
 * @param seed           the seed of the shuffles
 * @param folds          leave-one-file-out metrics: each training file scored by a head trained without it
 * @param heldOutSets    the final head on measurement-only sets it never saw (never trained on)
 * @param engineVersion  the ACE version that trained it
 */
public record HeadManifest(int format, String encoder, String encoderDigest, int dimension, List<Integer> hidden, String weightsFile,
                           String weightsSha256, List<Output> outputs, List<TrainingFile> trainingFiles,
                           Map<String, Double> hyperParameters, long seed, List<Fold> folds, List<Fold> heldOutSets,
                           String engineVersion) {
    /** 2: layers of a network ({@code hidden}); 1 was a logistic regression stored one output per row. */
    public static final int FORMAT = 2;

    public HeadManifest {
        hidden = hidden == null ? List.of() : List.copyOf(hidden);
        outputs = List.copyOf(outputs);
        trainingFiles = List.copyOf(trainingFiles);
        // sorted, so that the manifest is written the same way on every run (Map.copyOf's order is not fixed)
        hyperParameters = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(hyperParameters));
        folds = List.copyOf(folds);
        heldOutSets = List.copyOf(heldOutSets);
    }

    /**
     * One output of the head.
     *
     * @param id        a principle id, or {@link EmbeddingHead#ANY} for "any principle violated"
     * @param cut       the raw probability that calibrates to 0.5
     * @param positives training texts labelled with it
     * @param negatives training texts labelled against it
     */
    public record Output(String id, double cut, int positives, int negatives) {
    }

    /** A training file and its digest. */
    public record TrainingFile(String file, String sha256, int records) {
    }

    /**
     * Held-out metrics of one file's texts of one label: the fraction on which some principle scored 0.5
     * or more. A file holding both labels gives two folds.
     *
     * @param flagged recall on an unsafe file, false-positive rate on a safe one
     */
    public record Fold(String heldOut, int records, boolean unsafe, double flagged) {
    }
}
