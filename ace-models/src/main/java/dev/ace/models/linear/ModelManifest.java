package dev.ace.models.linear;

import java.util.List;
import java.util.Map;

/**
 * The provenance and configuration of a trained model, written beside its weights as {@code manifest.json}.
 *
 * @param format          artifact format id
 * @param engineVersion   the ACE version that trained it
 * @param labels          output order ({@code any} first, then principle ids)
 * @param buckets         number of hashed feature buckets (a power of two)
 * @param hyperParameters how it was trained
 * @param trainingFiles   every file trained on, with its SHA-256 and counts
 * @param cuts            per output, the raw probability that the calibration maps to 0.5
 * @param foldMetrics     per output, metrics on k folds not trained on (out-of-fold predictions)
 * @param leaveOneFileOut per file, the "any unsafe" rate when that file was held out (empty when not run)
 * @param weightsFile     name of the weights file beside the manifest
 * @param weightsSha256   SHA-256 of the weights file, checked on load
 */
public record ModelManifest(String format, String engineVersion, List<String> labels, int buckets,
                            HyperParameters hyperParameters, List<TrainingFile> trainingFiles,
                            Map<String, Double> cuts, Map<String, OutputMetrics> foldMetrics,
                            List<FileMetrics> leaveOneFileOut, String weightsFile, String weightsSha256) {
    public static final String FORMAT = "ace-ngram-linear/1";

    public ModelManifest {
        labels = labels == null ? List.of() : List.copyOf(labels);
        trainingFiles = trainingFiles == null ? List.of() : List.copyOf(trainingFiles);
        cuts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cuts == null ? Map.of() : cuts));
        foldMetrics = java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(foldMetrics == null ? Map.of() : foldMetrics));
        leaveOneFileOut = leaveOneFileOut == null ? List.of() : List.copyOf(leaveOneFileOut);
    }

    /** One training file: its path as given, its digest and its label counts. */
    public record TrainingFile(String path, String sha256, int records, int safe, int unsafe) {
    }

    /**
     * Out-of-fold metrics of one output.
     *
     * @param positives  records labelled positive for it
     * @param negatives  records labelled negative for it
     * @param auprc      area under the precision-recall curve (average precision)
     * @param recall     recall at the calibrated cut
     * @param fpr        false-positive rate at the calibrated cut
     */
    public record OutputMetrics(int positives, int negatives, double auprc, double recall, double fpr) {
    }

    /**
     * Leave-one-file-out result for one file: the share of its records that the model trained without it
     * scored at or above the "any unsafe" cut (recall for unsafe files, false-positive rate for safe ones).
     */
    public record FileMetrics(String file, int records, int unsafe, double flaggedRate) {
    }

    /** Makes a copy with the weights' digest filled in. */
    ModelManifest withWeights(String file, String sha256) {
        return new ModelManifest(format, engineVersion, labels, buckets, hyperParameters, trainingFiles, cuts,
                foldMetrics, leaveOneFileOut, file, sha256);
    }
}
