package dev.ace.cli.ledger;

import dev.ace.ledger.LedgerException;
import dev.ace.ledger.LogAuditor;
import dev.ace.ledger.LogSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ace ledger verify (--dir DIR | --url URL) [--key KEY] [--entries] [--state FILE]}: the offline auditor. Exit 0
 * if everything verifies, 1 naming the first failure, 2 on usage errors or unreadable input.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Audit a log, from its directory or over HTTP.",
            "Checks every checkpoint's signature, consistency between checkpoints (the stored history, and the one seen "
                    + "on the last run), the tree against its tiles, and with --entries every entry."})
final class VerifyCommand implements Callable<Integer> {
    /** Where a directory audit keeps the last checkpoint it verified. */
    static final String DIR_STATE = "verified-checkpoint";

    @Mixin
    Source source;

    @Option(names = "--entries", description = "also fetch every entry and check it is the leaf the tree holds (always on with --dir)")
    boolean entries;

    @Option(names = "--state", paramLabel = "FILE",
            description = "keeps the last verified checkpoint between runs (default with --dir: DIR/" + DIR_STATE + ")")
    Path state;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            source.check();
            Path stateFile = state != null ? state : source.dir != null && Files.isRegularFile(source.dir.resolve("entries.log"))
                    ? source.dir.resolve(DIR_STATE) : null;
            List<String> seen = stateFile != null && Files.isRegularFile(stateFile)
                    ? List.of(Files.readString(stateFile, StandardCharsets.UTF_8)) : List.of();
            LogAuditor.Options options = new LogAuditor.Options(source.verifier(), seen, entries || source.dir != null);
            LogAuditor.Report report = source.dir != null
                    ? LogAuditor.auditDirectory(source.dir, options)
                    : LogAuditor.audit(LogSource.http(source.url), options);
            if (stateFile != null) {
                writeState(stateFile, report.latest().note());
            }
            if (report.keyFromLog()) {
                err.println("ace ledger verify: warning: the key came from the log itself (" + report.key().text()
                        + "); pass --key to pin it");
                err.flush(); // before the result line, on a terminal that shows both streams
            }
            var cp = report.latest().checkpoint();
            out.printf("ok: %s size %d root %s; %d checkpoint(s) and %d entries verified%n", cp.origin(), cp.size(),
                    cp.root().hex(), report.checkpointsChecked(), report.entriesChecked());
            out.flush();
            return LedgerCommand.OK;
        } catch (LogAuditor.AuditException e) {
            err.println("ace ledger verify: FAILED: " + e.getMessage());
            return LedgerCommand.FAILED;
        } catch (Source.UsageException | IOException | LedgerException e) {
            err.println("ace ledger verify: " + e.getMessage());
            return LedgerCommand.ERROR;
        } finally {
            err.flush();
        }
    }

    private static void writeState(Path file, String note) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, note, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
