package dev.ace.cli.models;

import dev.ace.core.constitution.Constitution;
import dev.ace.core.constitution.ConstitutionException;
import dev.ace.core.constitution.ConstitutionLoader;
import dev.ace.core.constitution.Principle;
import dev.ace.models.data.DatasetException;
import dev.ace.models.data.Datasets;
import dev.ace.models.data.LabeledText;
import dev.ace.models.linear.HyperParameters;
import dev.ace.models.linear.ModelArtifact;
import dev.ace.models.linear.ModelManifest;
import dev.ace.models.linear.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code ace train}: trains the n-gram linear model and writes an artifact with its manifest. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the fast n-gram model on labelled JSONL and write an artifact (weights + manifest).",
                "To reproduce the shipped model: ./ace train --data ../shared/data/train --data data/examples "
                        + "--out ace-models/src/main/resources/dev/ace/models/default"})
public final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE_OR_DIR",
            description = "JSONL file, or directory of *.jsonl files; repeatable")
    List<Path> data;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "artifact directory to write")
    Path out;

    @Option(names = "--seed", description = "seed for shuffling and folds (default: ${DEFAULT-VALUE})")
    long seed = HyperParameters.defaults().seed();

    @Option(names = "--epochs", description = "passes over the data (default: ${DEFAULT-VALUE})")
    int epochs = HyperParameters.defaults().epochs();

    @Option(names = "--buckets-log2", description = "log2 of the hashed feature space (default: ${DEFAULT-VALUE})")
    int bucketsLog2 = HyperParameters.defaults().bucketsLog2();

    @Option(names = "--target-fpr", description = "false-positive rate on safe records for the any-unsafe cut (default: ${DEFAULT-VALUE})")
    double targetFpr = HyperParameters.defaults().targetFpr();

    @Option(names = "--principle-fpr", description = "the same for each principle's output (default: ${DEFAULT-VALUE})")
    double principleFpr = HyperParameters.defaults().principleFpr();

    @Option(names = "--examples-weight", paramLabel = "W",
            description = "extra weight of project-authored examples (files named ace-*) (default: ${DEFAULT-VALUE})")
    double examplesWeight = HyperParameters.defaults().examplesWeight();

    @Option(names = "--constitution", paramLabel = "FILE",
            description = "constitution whose example texts are also trained on (default: the shipped one)")
    Path constitutionFile;

    @Option(names = "--no-constitution-examples", description = "do not train on the constitution's example texts")
    boolean noConstitutionExamples;

    @Option(names = "--skip", paramLabel = "FILE_NAME",
            description = "file names to leave out of directories given with --data (default: ${DEFAULT-VALUE}: model"
                    + " answers, which this prompt model does not score); repeatable, and replaces the default list",
            split = ",")
    List<String> skip = new ArrayList<>(List.of("output-direction.jsonl"));

    @Option(names = "--leave-one-out", description = "also train once per file without it and record how it scores")
    boolean leaveOneOut;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        HyperParameters d = HyperParameters.defaults();
        HyperParameters hp;
        try {
            hp = new HyperParameters(bucketsLog2, epochs, d.learningRate(), d.l2(), targetFpr, principleFpr, d.folds(),
                    examplesWeight, seed, d.fileWeights());
        } catch (IllegalArgumentException e) {
            err.println("ace train: " + e.getMessage());
            return 2;
        }
        List<LabeledText> records = new ArrayList<>();
        List<ModelManifest.TrainingFile> files = new ArrayList<>();
        try {
            for (Path p : data) {
                for (Path f : Datasets.files(p)) {
                    if (skip.contains(f.getFileName().toString())) {
                        err.println("ace train: skipping " + f);
                        continue;
                    }
                    List<LabeledText> rows = Datasets.read(f);
                    int unsafe = (int) rows.stream().filter(LabeledText::unsafe).count();
                    files.add(new ModelManifest.TrainingFile(f.normalize().toString().replace('\\', '/'),
                            Datasets.sha256(f), rows.size(), rows.size() - unsafe, unsafe));
                    records.addAll(rows);
                }
            }
            if (!noConstitutionExamples) {
                Constitution c = constitutionFile == null ? ConstitutionLoader.loadDefault() : ConstitutionLoader.load(constitutionFile);
                List<LabeledText> rows = examples(c);
                int unsafe = (int) rows.stream().filter(LabeledText::unsafe).count();
                files.add(new ModelManifest.TrainingFile("constitution:" + c.id() + "@" + c.version(), c.digest(),
                        rows.size(), rows.size() - unsafe, unsafe));
                records.addAll(rows);
            }
        } catch (DatasetException | ConstitutionException e) {
            err.println("ace train: " + e.getMessage());
            return 2;
        }
        if (records.isEmpty()) {
            err.println("ace train: no records in " + data);
            return 2;
        }
        long t0 = System.nanoTime();
        o.printf("training on %d records from %d files%n", records.size(), files.size());
        o.flush();
        Trainer.Result r = new Trainer(hp, msg -> {
            err.printf("[%5.1fs] %s%n", (System.nanoTime() - t0) / 1e9, msg);
            err.flush();
        }).train(records, files, leaveOneOut);
        ModelArtifact.write(r.model(), r.manifest(), out);
        ModelManifest m = ModelArtifact.load(out).manifest();
        printMetrics(o, m);
        o.printf("wrote %s (weights sha256 %s) in %.1f s%n", out, m.weightsSha256(), (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    /** The constitution's example texts: violating ones unsafe, complying ones safe, category = principle id. */
    static List<LabeledText> examples(Constitution c) {
        List<LabeledText> out = new ArrayList<>();
        String file = "ace-constitution-examples";
        for (Principle p : c.principles()) {
            for (int i = 0; i < p.violating().size(); i++) {
                out.add(new LabeledText(p.id() + "/violating/" + i, p.violating().get(i), true, p.id(), "constitution", file));
            }
            for (int i = 0; i < p.complying().size(); i++) {
                out.add(new LabeledText(p.id() + "/complying/" + i, p.complying().get(i), false, p.id(), "constitution", file));
            }
        }
        return out;
    }

    static void printMetrics(PrintWriter o, ModelManifest m) {
        o.println("out-of-fold metrics (" + m.hyperParameters().folds() + " folds):");
        o.printf("  %-30s %6s %6s %7s %7s %7s %7s%n", "output", "pos", "neg", "AUPRC", "recall", "FPR", "cut");
        for (Map.Entry<String, ModelManifest.OutputMetrics> e : m.foldMetrics().entrySet()) {
            ModelManifest.OutputMetrics x = e.getValue();
            o.printf("  %-30s %6d %6d %7.4f %7.4f %7.4f %7.4f%n", e.getKey(), x.positives(), x.negatives(), x.auprc(),
                    x.recall(), x.fpr(), m.cuts().get(e.getKey()));
        }
        if (!m.leaveOneFileOut().isEmpty()) {
            o.println("leave-one-file-out (any-unsafe rate of the model trained without the file):");
            for (ModelManifest.FileMetrics f : m.leaveOneFileOut()) {
                o.printf("  %-40s %6d records  %s %.4f%n", f.file(), f.records(),
                        f.unsafe() == f.records() ? "recall" : f.unsafe() == 0 ? "FPR   " : "flagged", f.flaggedRate());
            }
        }
    }
}
