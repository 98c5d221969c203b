package dev.ace.models.linear;

import java.util.Comparator;
import java.util.List;

/** Ranking metrics over scored binary labels. */
public final class PrecisionRecall {
    private PrecisionRecall() {
    }

    /**
     * Average precision (the step-wise area under the precision-recall curve) of {@code (score, label)} pairs,
     * label 1 positive; tied scores are taken as one threshold. NaN when there are no positives.
     */
    public static double averagePrecision(List<double[]> scored) {
        List<double[]> s = scored.stream().sorted(Comparator.comparingDouble((double[] a) -> -a[0])).toList();
        long positives = s.stream().filter(a -> a[1] > 0.5).count();
        if (positives == 0) {
            return Double.NaN;
        }
        double ap = 0;
        int tp = 0;
        int seen = 0;
        int i = 0;
        while (i < s.size()) {
            int j = i;
            int tpHere = 0;
            while (j < s.size() && s.get(j)[0] == s.get(i)[0]) {
                tpHere += s.get(j)[1] > 0.5 ? 1 : 0;
                j++;
            }
            tp += tpHere;
            seen += j - i;
            ap += (double) tpHere / positives * ((double) tp / seen);
            i = j;
        }
        return ap;
    }
}
