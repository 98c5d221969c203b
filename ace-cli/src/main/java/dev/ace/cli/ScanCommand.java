package dev.ace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ace.core.Action;
import dev.ace.core.Conversation;
import dev.ace.core.Direction;
import dev.ace.core.InspectionRequest;
import dev.ace.core.Inspector;
import dev.ace.core.TenantContext;
import dev.ace.core.Turn;
import dev.ace.core.Verdict;
import dev.ace.core.VerdictJson;
import dev.ace.core.constitution.ConstitutionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code ace scan FILE...}: inspect every record of JSONL, CSV or text files. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Inspect every record of JSONL (field 'text'), CSV (column 'text') or plain text files "
                + "(one prompt a line), write one verdict a line to --out and print a summary.%n"
                + "Exit status: 0 when every file was read (whatever the verdicts), 2 on an error.")
final class ScanCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "files to scan")
    List<Path> files;

    @Option(names = "--out", paramLabel = "FILE", description = "write one JSON verdict a line here")
    Path out;

    @CommandLine.Mixin
    InspectionOptions inspection;

    @Option(names = "--no-progress", description = "never draw the progress bar")
    boolean noProgress;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() throws IOException, ConstitutionException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Direction dir = inspection.direction;
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                err.println("ace scan: " + f + ": no such file");
                return ExitCodes.ERROR;
            }
        }
        Inspector inspector = inspection.inspector(); // a bad constitution: AceCommand reports it, exit 2
        Summary summary = new Summary();
        TenantContext tenant = inspection.tenant();
        Progress progress = new Progress(noProgress ? null : System.console(), total());
        try (BufferedWriter w = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Path f : files) {
                ScanInput.read(f, item -> {
                    Turn turn = inspection.turn(item.text());
                    // the system prompt a record was sent under comes first, as in a request to the gateway
                    Conversation c = item.systemPrompt().isBlank() ? Conversation.of(turn)
                            : Conversation.of(Turn.system(item.systemPrompt()), turn);
                    Verdict v = inspector.inspect(new InspectionRequest(c, dir, tenant));
                    summary.add(f, item, v);
                    if (w != null) {
                        write(w, item, v);
                    }
                    progress.step();
                }, problem -> {
                    progress.clear();
                    err.println(problem);
                    err.flush();
                    summary.skipped++;
                });
            }
        } catch (NoSuchFileException e) {
            err.println("ace scan: " + e.getFile() + ": cannot be created (does its folder exist?)");
            return ExitCodes.ERROR;
        }
        progress.clear();
        summary.print(stdout, out);
        stdout.flush();
        return 0;
    }

    private long total() {
        long n = 0;
        for (Path f : files) {
            try (var lines = Files.lines(f, StandardCharsets.UTF_8)) {
                n += lines.count();
            } catch (IOException | java.io.UncheckedIOException e) {
                return -1;
            }
        }
        return n;
    }

    private void write(BufferedWriter w, ScanInput.Item item, Verdict v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", item.id());
        m.put("action", v.action().name().toLowerCase(Locale.ROOT));
        m.put("flagged", v.flagged());
        m.put("score", VerdictJson.round(v.maxScore()));
        m.put("principles", List.copyOf(v.principleIds()));
        if (item.label() != null) {
            m.put("label", item.label());
        }
        m.put("constitution_digest", v.constitutionDigest());
        try {
            w.write(json.writeValueAsString(m));
            w.newLine();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Counts per file, action and principle; a confusion matrix where records carry labels. */
    private static final class Summary {
        final Map<Path, Map<Action, Integer>> perFile = new LinkedHashMap<>();
        final Map<String, Integer> perPrinciple = new TreeMap<>();
        final int[][] confusion = new int[2][2]; // [label unsafe][flagged]
        int labelled;
        int skipped;

        void add(Path f, ScanInput.Item item, Verdict v) {
            perFile.computeIfAbsent(f, k -> new EnumMap<>(Action.class)).merge(v.action(), 1, Integer::sum);
            v.principleIds().forEach(p -> perPrinciple.merge(p, 1, Integer::sum));
            Boolean unsafe = unsafe(item.label());
            if (unsafe != null) {
                labelled++;
                confusion[unsafe ? 1 : 0][v.flagged() ? 1 : 0]++;
            }
        }

        /** What a record's label says, read as {@code ace eval} reads it; null when it has none or it says neither. */
        private static Boolean unsafe(String label) {
            if (label == null) {
                return null;
            }
            try {
                return dev.ace.models.data.Datasets.unsafe(com.fasterxml.jackson.databind.node.TextNode.valueOf(label));
            } catch (IllegalArgumentException neither) {
                return null;
            }
        }

        void print(PrintWriter o, Path out) {
            o.printf("%-40s %8s %8s %8s %8s %8s%n", "FILE", "RECORDS", "ALLOW", "FLAG", "REDACT", "BLOCK");
            for (var e : perFile.entrySet()) {
                Map<Action, Integer> c = e.getValue();
                int total = c.values().stream().mapToInt(Integer::intValue).sum();
                o.printf("%-40s %8d %8d %8d %8d %8d%n", shorten(e.getKey().toString()), total, c.getOrDefault(Action.ALLOW, 0),
                        c.getOrDefault(Action.FLAG, 0), c.getOrDefault(Action.REDACT, 0), c.getOrDefault(Action.BLOCK, 0));
            }
            if (!perPrinciple.isEmpty()) {
                o.println();
                o.printf("%-40s %8s%n", "PRINCIPLE", "CITED");
                perPrinciple.forEach((p, n) -> o.printf("%-40s %8d%n", p, n));
            }
            if (labelled > 0) {
                o.println();
                o.printf(Locale.ROOT, "labelled records: %d   unsafe flagged %d/%d (recall %s)   safe flagged %d/%d (false-positive rate %s)%n",
                        labelled, confusion[1][1], confusion[1][0] + confusion[1][1], ratio(confusion[1][1], confusion[1][0] + confusion[1][1]),
                        confusion[0][1], confusion[0][0] + confusion[0][1], ratio(confusion[0][1], confusion[0][0] + confusion[0][1]));
            }
            if (skipped > 0) {
                o.println("skipped " + skipped + " bad record(s); see the messages above");
            }
            if (out != null) {
                o.println("verdicts written to " + out);
            }
        }

        private static String ratio(int a, int b) {
            return b == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", (double) a / b);
        }

        private static String shorten(String s) {
            return s.length() <= 40 ? s : "..." + s.substring(s.length() - 37);
        }
    }

    /** A progress bar on standard error, drawn only when attached to a terminal. */
    private static final class Progress {
        private final java.io.Console console;
        private final long total;
        private long done;
        private long lastDraw;

        Progress(java.io.Console console, long total) {
            this.console = console;
            this.total = total;
        }

        void step() {
            done++;
            if (console == null) {
                return;
            }
            long now = System.nanoTime();
            if (now - lastDraw < 100_000_000L && done != total) {
                return;
            }
            lastDraw = now;
            int width = 30;
            int filled = total > 0 ? (int) Math.min(width, done * width / total) : 0;
            System.err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done
                    + (total > 0 ? "/" + total : ""));
            System.err.flush();
        }

        void clear() {
            if (console != null) {
                System.err.print("\r" + " ".repeat(60) + "\r");
                System.err.flush();
            }
        }
    }
}
