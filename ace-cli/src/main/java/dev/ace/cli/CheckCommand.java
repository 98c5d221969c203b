package dev.ace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ace.core.Conversation;
import dev.ace.core.Direction;
import dev.ace.core.Finding;
import dev.ace.core.InspectionRequest;
import dev.ace.core.Inspector;
import dev.ace.core.TierReport;
import dev.ace.core.Verdict;
import dev.ace.core.VerdictJson;
import dev.ace.core.constitution.ConstitutionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code ace check TEXT}: inspect one text and print the verdict. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Inspect one text and print the verdict.%n"
                + "Exit status: 0 allow, 1 flag, 3 redact, 4 block, 2 error.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TEXT", description = "the text to inspect, or - to read standard input")
    String text;

    @Option(names = "--json", description = "print the full verdict as JSON")
    boolean json;

    @CommandLine.Mixin
    InspectionOptions inspection;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, ConstitutionException {
        PrintWriter out = spec.commandLine().getOut();
        Direction dir = inspection.direction;
        String input = "-".equals(text) ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8) : text;
        Inspector inspector = inspection.inspector(); // a bad constitution: AceCommand reports it, exit 2
        Conversation conversation = Conversation.of(inspection.turn(input));
        Verdict v = inspector.inspect(new InspectionRequest(conversation, dir, inspection.tenant()));
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(VerdictJson.toMap(v, conversation)));
        } else {
            printReadable(out, v, conversation);
        }
        out.flush();
        return ExitCodes.of(v.action());
    }

    static void printReadable(PrintWriter out, Verdict v, Conversation conversation) {
        out.println(v.action() + (v.findings().isEmpty() ? "  (no principle reached its threshold)" : ""));
        for (Finding f : v.findings()) {
            out.printf(Locale.ROOT, "  %-28s %s  score %.2f (threshold %.2f)  by %s %s%s%n", f.principleId(),
                    f.action().name().toLowerCase(Locale.ROOT), f.score(), f.threshold(), f.detectorId(), f.detectorVersion(),
                    f.basis() == Finding.Basis.FAIL_CLOSED ? "  [detector failed; principle fails closed]" : "");
            String excerpt = f.evidence().excerpt(conversation).replaceAll("\\s+", " ");
            if (excerpt.length() > 100) {
                excerpt = excerpt.substring(0, 97) + "...";
            }
            out.printf("    evidence: \"%s\" [chars %d-%d]%s%n", excerpt, f.evidence().start(), f.evidence().end(),
                    f.evidence().decoded() ? "  decoded from " + String.join(" > ", f.evidence().decodings()) : "");
        }
        StringBuilder tiers = new StringBuilder();
        for (TierReport t : v.tiers()) {
            tiers.append(tiers.isEmpty() ? "" : ", ").append(t.tier()).append(' ')
                    .append(t.ran() ? String.format(Locale.ROOT, "%.2f ms", t.latency().toNanos() / 1e6) : "skipped");
        }
        out.println("  tiers: " + tiers);
        v.failures().forEach(f -> out.println("  detector failure: " + f.detectorId() + " in tier " + f.tier()
                + " " + f.kind().name().toLowerCase(Locale.ROOT) + ": " + f.message()));
        out.println("  constitution sha256:" + v.constitutionDigest() + "  engine " + v.engineVersion());
    }
}
