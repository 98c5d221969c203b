package dev.ace.cli.models;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ace.cli.DirectionConverter;
import dev.ace.core.Direction;
import dev.ace.core.Inspector;
import dev.ace.core.constitution.Constitution;
import dev.ace.core.constitution.ConstitutionException;
import dev.ace.core.constitution.ConstitutionLoader;
import dev.ace.models.ShippedInspector;
import dev.ace.models.data.DatasetException;
import dev.ace.models.data.Datasets;
import dev.ace.models.data.LabeledText;
import dev.ace.models.eval.BinaryCounts;
import dev.ace.models.eval.Evaluation;
import dev.ace.models.linear.LinearModel;
import dev.ace.models.linear.ModelArtifact;
import dev.ace.models.linear.ModelArtifactException;
import dev.ace.models.linear.NgramDetector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

/** {@code ace eval}: runs the inspector over labelled JSONL and reports quality and latency. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Evaluate the inspector on labelled JSONL files (label safe|unsafe).",
                "Prints, per file and per category, precision, recall, F1, false-positive rate, AUPRC and confusion "
                        + "matrix, and latency p50/p99 per tier. A record counts as flagged when the verdict's action is "
                        + "not ALLOW."})
public final class EvalCommand implements Callable<Integer> {
    /** Files whose labels do not support scoring (debatable prompts, labelled "safe" only for want of another label). */
    private static final java.util.Set<String> NEVER_SCORED = java.util.Set.of("phtest_controversial.jsonl");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "labelled JSONL files or directories")
    List<Path> files;

    @Option(names = "--model", paramLabel = "DIR", description = "linear model artifact to use instead of the shipped one")
    Path model;

    @Option(names = "--constitution", paramLabel = "FILE", description = "constitution YAML (default: the shipped one)")
    Path constitutionFile;

    @Option(names = "--no-embedding", description = "leave the embedding tier out (fast tier only)")
    boolean noEmbedding;

    @Option(names = "--embedding-band", description = "escalation band of the embedding tier (default: ${DEFAULT-VALUE})")
    double embeddingBand = ShippedInspector.Options.DEFAULT.embeddingBand();

    @Option(names = "--confirming", negatable = true, description = "the embedding tier also sees, and may overturn,"
            + " every turn the fast tier flags (default: ${DEFAULT-VALUE})")
    boolean confirming = ShippedInspector.Options.DEFAULT.embeddingConfirms();

    @Option(names = "--embedding-weight", paramLabel = "W", description = "on turns the embedding tier sees, score"
            + " W * embedding + (1 - W) * fast model; 1 = the embedding's score alone (default: ${DEFAULT-VALUE})")
    double embeddingWeight = ShippedInspector.Options.DEFAULT.embeddingWeight();

    @Option(names = "--answer-weight", paramLabel = "W", description = "the same for model answers (--direction"
            + " output); 1 = the embedding's score alone (default: ${DEFAULT-VALUE})")
    double answerWeight = ShippedInspector.Options.DEFAULT.answerWeight();

    @Option(names = "--direction", defaultValue = "input", paramLabel = "input|output",
            converter = DirectionConverter.class,
            description = "the records are prompts (input, default) or model answers (output)")
    Direction direction;

    @picocli.CommandLine.Mixin
    dev.ace.cli.JudgeOptions judge = new dev.ace.cli.JudgeOptions();

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Option(names = "--no-categories", description = "leave out the per-category table")
    boolean noCategories;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Constitution constitution;
        LinearModel linear;
        List<LabeledText> records = new ArrayList<>();
        try {
            constitution = constitutionFile == null ? ConstitutionLoader.loadDefault() : ConstitutionLoader.load(constitutionFile);
            linear = model == null ? ModelArtifact.loadShipped() : ModelArtifact.load(model);
            for (Path p : files) {
                for (Path f : Datasets.files(p)) {
                    if (NEVER_SCORED.contains(f.getFileName().toString())) {
                        err.println("ace eval: skipping " + f + ": its authors do not call these prompts harmless, so they"
                                + " are never scored (../shared/data/README.md)");
                        continue;
                    }
                    records.addAll(Datasets.read(f));
                }
            }
        } catch (ConstitutionException | ModelArtifactException | DatasetException e) {
            err.println("ace eval: " + e.getMessage());
            return 2;
        }
        Inspector inspector;
        try {
            ShippedInspector.Options options = ShippedInspector.Options.DEFAULT.withEmbeddingBand(embeddingBand)
                    .withEmbeddingConfirms(confirming).withEmbeddingWeight(embeddingWeight).withAnswerWeight(answerWeight);
            options = judge.apply(options);
            inspector = ShippedInspector.create(constitution, linear, noEmbedding ? options.withoutEmbedding() : options);
        } catch (IllegalArgumentException e) {
            err.println("ace eval: " + e.getMessage());
            return 2;
        }
        NgramDetector ngram = new NgramDetector(linear);
        Evaluation evaluation = new Evaluation(inspector, text -> maxScore(linear, text), direction);
        evaluation.warmUp(records, 300);
        Evaluation.Report report = evaluation.run(records);
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toJson(report)));
        } else {
            out.printf("model %s  constitution %s%n", ngram.info().version().substring(0, 16), constitution);
            table(out, "per file", report.files(), false);
            table(out, "all files", List.of(report.overall()), false);
            if (!noCategories) {
                table(out, "per category", report.categories(), true);
            }
            out.println("latency per tier (µs, over the requests on which the tier ran):");
            out.printf("  %-12s %8s %8s %10s %10s%n", "tier", "ran", "skipped", "p50", "p99");
            for (Evaluation.TierLatency t : report.tiers()) {
                out.printf("  %-12s %8d %8d %10.1f %10.1f%n", t.tier(), t.ran(), t.skipped(), t.p50Micros(), t.p99Micros());
            }
            out.printf("  %-12s %8d %8s %10.1f %10.1f%n", "(verdict)", report.overall().counts().total(), "",
                    report.totalP50Micros(), report.totalP99Micros());
        }
        return 0;
    }

    private static java.util.Map<String, Object> toJson(Evaluation.Report r) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("files", r.files().stream().map(EvalCommand::toJson).toList());
        m.put("overall", toJson(r.overall()));
        m.put("categories", r.categories().stream().map(EvalCommand::toJson).toList());
        m.put("tiers", r.tiers());
        m.put("verdictP50Micros", r.totalP50Micros());
        m.put("verdictP99Micros", r.totalP99Micros());
        return m;
    }

    /** One group as JSON; undefined rates are null. */
    private static java.util.Map<String, Object> toJson(Evaluation.GroupResult g) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        BinaryCounts c = g.counts();
        m.put("file", g.file());
        m.put("category", g.category());
        m.put("n", c.total());
        m.put("confusion", java.util.Map.of("tp", c.tp(), "fp", c.fp(), "tn", c.tn(), "fn", c.fn()));
        m.put("precision", orNull(c.precision()));
        m.put("recall", orNull(c.recall()));
        m.put("f1", orNull(c.f1()));
        m.put("fpr", orNull(c.falsePositiveRate()));
        m.put("auprc", orNull(g.auprc()));
        return m;
    }

    private static Double orNull(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : null;
    }

    /** The fast model's highest calibrated score over the principles, the ranking used for AUPRC. */
    private static double maxScore(LinearModel m, String text) {
        double[] s = m.calibrated(text.toLowerCase(Locale.ROOT));
        double max = 0;
        for (double v : s) {
            max = Math.max(max, v);
        }
        return max;
    }

    private static void table(PrintWriter out, String title, List<Evaluation.GroupResult> rows, boolean withCategory) {
        out.println(title + ":");
        out.printf("  %-44s %6s %6s %6s %6s %6s %7s %7s %7s %7s %7s%n", withCategory ? "file / category" : "file",
                "n", "TP", "FP", "TN", "FN", "prec", "recall", "F1", "FPR", "AUPRC");
        for (Evaluation.GroupResult r : rows) {
            String name = withCategory ? r.file().replace(".jsonl", "") + " / " + (r.category().isEmpty() ? "-" : r.category()) : r.file();
            BinaryCounts c = r.counts();
            out.printf("  %-44s %6d %6d %6d %6d %6d %7s %7s %7s %7s %7s%n", truncate(name, 44), c.total(), c.tp(), c.fp(),
                    c.tn(), c.fn(), fmt(c.precision()), fmt(c.recall()), fmt(c.f1()), fmt(c.falsePositiveRate()), fmt(r.auprc()));
        }
    }

    private static String truncate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    private static String fmt(OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.4f", v.getAsDouble()) : "n/a";
    }
}
