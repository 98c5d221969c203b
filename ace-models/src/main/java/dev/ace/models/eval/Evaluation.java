package dev.ace.models.eval;

import dev.ace.core.Conversation;
import dev.ace.core.Direction;
import dev.ace.core.InspectionRequest;
import dev.ace.core.Inspector;
import dev.ace.core.TenantContext;
import dev.ace.core.TierReport;
import dev.ace.core.Turn;
import dev.ace.core.Verdict;
import dev.ace.models.data.LabeledText;
import dev.ace.models.linear.PrecisionRecall;
import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * Runs an inspector over labelled records, one prompt at a time, and tallies per file and per category:
 * unsafe = the record's label; predicted unsafe = the verdict's action is not ALLOW. AUPRC ranks records by a
 * continuous score supplied by the caller (the fast model's highest calibrated score), since a verdict only
 * carries scores that crossed a threshold.
 */
public final class Evaluation {
    private final Inspector inspector;
    private final ToDoubleFunction<String> score;
    private final Direction direction;

    /** Records are prompts. */
    public Evaluation(Inspector inspector, ToDoubleFunction<String> score) {
        this(inspector, score, Direction.INPUT);
    }

    /** Records are prompts ({@link Direction#INPUT}) or model answers ({@link Direction#OUTPUT}). */
    public Evaluation(Inspector inspector, ToDoubleFunction<String> score, Direction direction) {
        this.inspector = inspector;
        this.score = score;
        this.direction = direction;
    }

    /** Scores on one group of records (a file, or a category within a file). */
    public record GroupResult(String file, String category, BinaryCounts counts, OptionalDouble auprc) {
    }

    /** Latency of one tier over the requests on which it ran. */
    public record TierLatency(String tier, long ran, long skipped, double p50Micros, double p99Micros) {
    }

    /** Everything an evaluation measured. */
    public record Report(List<GroupResult> files, List<GroupResult> categories, GroupResult overall,
                         List<TierLatency> tiers, double totalP50Micros, double totalP99Micros) {
    }

    /** Inspects a few records untimed so the JIT has compiled the hot paths before measuring. */
    public void warmUp(List<LabeledText> records, int n) {
        for (int i = 0; i < Math.min(n, records.size()); i++) {
            String text = records.get(i).text() + " " + i;
            inspector.inspect(direction == Direction.OUTPUT ? InspectionRequest.answer(text) : InspectionRequest.prompt(text));
        }
    }

    /**
     * What the inspector sees for a record: its text as the user's turn, after its system prompt when it has one
     * (a prompt injection is often an injection only against the system prompt it was sent under); or, for
     * answers, as the assistant's answer.
     */
    static InspectionRequest request(LabeledText r, Direction direction) {
        if (direction == Direction.OUTPUT) {
            return InspectionRequest.answer(r.text());
        }
        if (r.systemPrompt().isBlank()) {
            return InspectionRequest.prompt(r.text());
        }
        return new InspectionRequest(Conversation.of(Turn.system(r.systemPrompt()), Turn.user(r.text())),
                Direction.INPUT, TenantContext.local());
    }

    public Report run(List<LabeledText> records) {
        Map<String, Acc> files = new LinkedHashMap<>();
        Map<String, Acc> categories = new LinkedHashMap<>();
        Acc all = new Acc("(all)", "");
        Map<String, long[]> tierCounts = new LinkedHashMap<>();
        Map<String, Histogram> tierLatency = new LinkedHashMap<>();
        Histogram total = histogram();
        for (LabeledText r : records) {
            Verdict v = inspector.inspect(request(r, direction));
            boolean predicted = v.action().flagged();
            double s = score.applyAsDouble(r.text());
            files.computeIfAbsent(r.file(), f -> new Acc(f, "")).add(r.unsafe(), predicted, s);
            categories.computeIfAbsent(r.file() + "\u0000" + r.category(), k -> new Acc(r.file(), r.category()))
                    .add(r.unsafe(), predicted, s);
            all.add(r.unsafe(), predicted, s);
            total.recordValue(Math.max(1, v.elapsed().toNanos()));
            for (TierReport t : v.tiers()) {
                long[] c = tierCounts.computeIfAbsent(t.tier(), k -> new long[2]);
                if (t.ran()) {
                    c[0]++;
                    tierLatency.computeIfAbsent(t.tier(), k -> histogram()).recordValue(Math.max(1, t.latency().toNanos()));
                } else {
                    c[1]++;
                }
            }
        }
        List<TierLatency> tiers = new ArrayList<>();
        tierCounts.forEach((name, c) -> {
            Histogram h = tierLatency.get(name);
            tiers.add(new TierLatency(name, c[0], c[1], h == null ? 0 : micros(h, 50), h == null ? 0 : micros(h, 99)));
        });
        return new Report(files.values().stream().map(Acc::result).toList(),
                categories.values().stream().map(Acc::result).toList(), all.result(), tiers,
                micros(total, 50), micros(total, 99));
    }

    private static Histogram histogram() {
        return new Histogram(3_600_000_000_000L, 3);
    }

    private static double micros(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(percentile) / 1000.0;
    }

    private static final class Acc {
        private final String file;
        private final String category;
        private BinaryCounts counts = BinaryCounts.ZERO;
        private final List<double[]> scored = new ArrayList<>();

        Acc(String file, String category) {
            this.file = file;
            this.category = category;
        }

        void add(boolean unsafe, boolean predicted, double score) {
            counts = counts.add(unsafe, predicted);
            scored.add(new double[] {score, unsafe ? 1 : 0});
        }

        GroupResult result() {
            boolean bothClasses = counts.tp() + counts.fn() > 0 && counts.fp() + counts.tn() > 0;
            OptionalDouble ap = bothClasses ? OptionalDouble.of(PrecisionRecall.averagePrecision(scored)) : OptionalDouble.empty();
            return new GroupResult(file, category, counts, ap);
        }
    }
}
