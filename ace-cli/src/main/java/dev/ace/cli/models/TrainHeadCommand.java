package dev.ace.cli.models;

import dev.ace.core.constitution.ConstitutionException;
import dev.ace.core.constitution.ConstitutionLoader;
import dev.ace.models.data.DatasetException;
import dev.ace.models.embed.HeadTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ace train-head}: trains the embedding tier's classification head ({@link HeadTrainer}) and writes
 * {@code head.json} and {@code head.bin}. The defaults are the shipped head's, so reproducing it is
 * {@code ./ace train-head --data ../shared/data/train --data data/examples --out DIR}.
 */
@Command(name = "train-head", mixinStandardHelpOptions = true,
        description = {"Train the embedding tier's head on labelled JSONL and write it (head.json + head.bin).",
                "To reproduce the shipped head: ./ace train-head --data ../shared/data/train --data data/examples "
                        + "--out ace-models/src/main/resources/dev/ace/models/embed"})
public final class TrainHeadCommand implements Callable<Integer> {
    /**
     * What the shipped head leaves out: model answers (it scores prompts), and the project files that the n-gram
     * model trains on but the head did worse with (docs/model-card.md, "Ninth pass" and "Tenth pass").
     */
    static final List<String> SKIPPED = List.of("output-direction.jsonl", "ace-benign-howto.jsonl",
            "ace-howto-contrast.jsonl");

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE_OR_DIR",
            description = "JSONL file, or directory of *.jsonl files; repeatable")
    List<Path> data;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "directory to write head.json and head.bin to")
    Path out;

    @Option(names = "--skip", paramLabel = "FILE_NAME", split = ",",
            description = "file names to leave out of directories given with --data; repeatable, and replaces the "
                    + "default list (default: ${DEFAULT-VALUE})")
    List<String> skip = new ArrayList<>(SKIPPED);

    @Option(names = "--constitution", paramLabel = "FILE",
            description = "constitution whose examples are also trained on (default: the shipped one)")
    Path constitution;

    @Option(names = "--eval", paramLabel = "FILE", arity = "1..*",
            description = "measurement-only JSONL files to score the final head on (recorded in head.json)")
    List<Path> eval = new ArrayList<>();

    @Option(names = "--cache", paramLabel = "DIR",
            description = "where embeddings of training texts are cached, keyed by the exact texts (default: ${DEFAULT-VALUE})")
    Path cache = Path.of(System.getProperty("java.io.tmpdir"), "ace-embed-cache");

    @Option(names = "--threads", description = "leave-one-file-out fits run in parallel on this many threads (default: ${DEFAULT-VALUE})")
    int threads = 2;

    @Option(names = "--members", description = "networks averaged into the head, from consecutive seeds (default: ${DEFAULT-VALUE})")
    int members = 3;

    @Override
    public Integer call() throws Exception {
        Path shipped = null;
        try {
            Path c = constitution;
            if (c == null) {
                // the shipped constitution, under its own file name so that head.json records the same name and SHA-256
                // as a run given the repository's file
                shipped = Files.createTempDirectory("ace-train-head");
                c = shipped.resolve("default.yaml");
                try (InputStream in = ConstitutionLoader.class.getResourceAsStream(ConstitutionLoader.DEFAULT_RESOURCE)) {
                    Files.copy(in, c);
                }
            }
            List<String> args = new ArrayList<>();
            for (Path p : data) {
                args.add("--train");
                args.add(p.toString());
            }
            for (String s : skip) {
                args.add("--skip");
                args.add(s);
            }
            for (Path p : eval) {
                args.add("--eval");
                args.add(p.toString());
            }
            args.addAll(List.of("--constitution", c.toString(), "--out", out.toString(), "--cache", cache.toString(),
                    "--threads", Integer.toString(threads), "--members", Integer.toString(members)));
            HeadTrainer.train(args.toArray(String[]::new));
            spec.commandLine().getOut().println("wrote " + out.resolve("head.json") + " and " + out.resolve("head.bin"));
            return 0;
        } catch (IllegalArgumentException | DatasetException | ConstitutionException | IOException | UncheckedIOException e) {
            spec.commandLine().getErr().println("ace train-head: " + e.getMessage());
            return 2;
        } finally {
            if (shipped != null) {
                Files.deleteIfExists(shipped.resolve("default.yaml"));
                Files.deleteIfExists(shipped);
            }
        }
    }
}
