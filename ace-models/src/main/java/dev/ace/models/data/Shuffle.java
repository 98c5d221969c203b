package dev.ace.models.data;

import java.util.Random;

/** The seeded Fisher-Yates shuffle both trainers use, so that training is repeatable for a seed. */
public final class Shuffle {
    private Shuffle() {
    }

    /** Shuffles {@code a} in place with {@code rnd}; the same seed gives the same order. */
    public static void inPlace(int[] a, Random rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
