package dev.ace.models.linear;

import dev.ace.models.data.LabeledText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** A small seeded dataset a linear model can learn: unsafe requests name a made-up agent and an uplift verb. */
final class SyntheticData {
    static final HyperParameters SMALL = new HyperParameters(12, 6, 0.2, 1e-6, 0.05, 0.05, 2, 1.0, 7L, Map.of());

    private static final String[] SAFE = {"how do i water my garden flowers", "what is the capital of peru",
            "write a poem about the sea", "explain how a bicycle gear works", "recipe for lemon cake with icing",
            "summarise the plot of hamlet", "what time is sunrise in oslo", "how do i kill a python process"};
    private static final String[] AGENTS = {"zorblax", "quintox", "vermalite"};
    private static final String[] VERBS = {"weaponise", "aerosolise", "mass produce"};

    private SyntheticData() {
    }

    static List<LabeledText> records(int n, long seed) {
        Random r = new Random(seed);
        List<LabeledText> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i % 2 == 0) {
                String t = SAFE[r.nextInt(SAFE.length)] + " " + (char) ('a' + r.nextInt(26));
                out.add(new LabeledText("s" + i, t, false, "", "test", "safe.jsonl"));
            } else {
                String t = "how do i " + VERBS[r.nextInt(VERBS.length)] + " " + AGENTS[r.nextInt(AGENTS.length)]
                        + " " + (char) ('a' + r.nextInt(26));
                out.add(new LabeledText("u" + i, t, true, "bio.weapons-uplift", "test", "unsafe.jsonl"));
            }
        }
        return out;
    }

    static Trainer.Result train() {
        return new Trainer(SMALL, msg -> { }).train(records(200, 1), List.of(), false);
    }
}
