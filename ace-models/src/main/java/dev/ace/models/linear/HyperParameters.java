package dev.ace.models.linear;

/**
 * How the linear model is trained.
 *
 * @param bucketsLog2       log2 of the hashed feature space
 * @param epochs            passes over the data
 * @param learningRate      Adagrad step size
 * @param l2                L2 penalty, applied to the weights a record touches
 * @param targetFpr         false-positive rate on safe records that the "any unsafe" cut is set for
 * @param principleFpr      the same for each principle's own output (tighter: their union adds up)
 * @param folds             folds for out-of-fold calibration and metrics
 * @param examplesWeight    extra weight of project-authored examples (file names starting {@code ace-})
 * @param seed              shuffling and fold assignment
 */
public record HyperParameters(int bucketsLog2, int epochs, double learningRate, double l2, double targetFpr,
                              double principleFpr, int folds, double examplesWeight, long seed) {
    public HyperParameters {
        if (bucketsLog2 < 10 || bucketsLog2 > 22) {
            throw new IllegalArgumentException("bucketsLog2 " + bucketsLog2 + " is not in [10, 22]");
        }
        if (epochs < 1 || folds < 2) {
            throw new IllegalArgumentException("epochs must be >= 1 and folds >= 2");
        }
        if (!(targetFpr > 0 && targetFpr < 1) || !(principleFpr > 0 && principleFpr < 1)) {
            throw new IllegalArgumentException("false-positive rates must be in (0, 1)");
        }
    }

    public static HyperParameters defaults() {
        return new HyperParameters(18, 6, 0.1, 1e-6, 0.02, 0.005, 5, 3.0, 20261127L);
    }

    public int buckets() {
        return 1 << bucketsLog2;
    }
}
