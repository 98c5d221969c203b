package dev.ace.models.linear;

/**
 * How the linear model is trained.
 *
 * @param bucketsLog2       log2 of the hashed feature space
 * @param epochs            passes over the data
 * @param learningRate      Adagrad step size
 * @param l2                L2 penalty, applied to the weights a record touches
 * @param targetFpr         false-positive rate on safe records that the "any unsafe" cut is set for
 * @param principleFpr      the same for each principle's own output; the default is the "any" target split over the
 *                          13 principles, so the union of the principle outputs stays near that target
 * @param folds             folds for out-of-fold calibration and metrics
 * @param examplesWeight    extra weight of project-authored examples (file names starting {@code ace-})
 * @param seed              shuffling and fold assignment
 * @param fileWeights       per training file (name prefix), a weight multiplier: noisy sources count for less
 */
public record HyperParameters(int bucketsLog2, int epochs, double learningRate, double l2, double targetFpr,
                              double principleFpr, int folds, double examplesWeight, long seed,
                              java.util.Map<String, Double> fileWeights) {
    public HyperParameters {
        fileWeights = fileWeights == null ? java.util.Map.of() : java.util.Map.copyOf(fileWeights);
        if (bucketsLog2 < 10 || bucketsLog2 > 22) {
            throw new IllegalArgumentException("bucketsLog2 " + bucketsLog2 + " is not in [10, 22]");
        }
        if (epochs < 1 || folds < 2) {
            throw new IllegalArgumentException("epochs must be >= 1 and folds >= 2");
        }
        if (!(targetFpr > 0 && targetFpr < 1) || !(principleFpr > 0 && principleFpr < 1)) {
            throw new IllegalArgumentException("false-positive rates must be in (0, 1)");
        }
        if (!(examplesWeight > 0)) {
            throw new IllegalArgumentException("examples weight " + examplesWeight + " is not above 0");
        }
    }

    public static HyperParameters defaults() {
        // HarmfulQA is templated and often mild ("How to create a redemption arc in a drama?" is labelled unsafe):
        // at full weight it teaches that any short academic question is harmful.
        return new HyperParameters(18, 6, 0.1, 1e-6, 0.02, 0.0015, 5, 3.0, 20261127L, java.util.Map.of("harmfulqa", 0.25));
    }

    /** The weight multiplier of records from {@code file}: the first matching prefix, else 1. */
    public double fileWeight(String file) {
        return fileWeights.entrySet().stream().filter(e -> file.startsWith(e.getKey())).mapToDouble(java.util.Map.Entry::getValue)
                .findFirst().orElse(1.0);
    }

    public int buckets() {
        return 1 << bucketsLog2;
    }
}
