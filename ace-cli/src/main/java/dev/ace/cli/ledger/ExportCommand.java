package dev.ace.cli.ledger;

import dev.ace.ledger.Ledger;
import dev.ace.ledger.LedgerException;
import dev.ace.ledger.LedgerHttp;
import dev.ace.ledger.LogReader;
import dev.ace.ledger.TilePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ace ledger export --dir LOG --out DIR}: writes the log, up to its latest signed checkpoint, as static C2SP
 * tlog-tiles files ({@code checkpoint}, {@code verifier-key}, {@code tile/...}, {@code tile/entries/...}) that any
 * static web server can publish and {@code ace ledger verify --dir DIR} can audit.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write an embedded log as static tlog-tiles files (checkpoint, tiles, entry bundles).")
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--dir", required = true, paramLabel = "LOG", description = "the embedded log directory")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where to write the files")
    Path out;

    @Option(names = "--no-entries", description = "leave the entry bundles out (publish the tree only)")
    boolean noEntries;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (LogReader log = Ledger.readDirectory(dir)) {
            LedgerHttp http = new LedgerHttp(log);
            long size = log.size();
            int files = 0;
            write(http, "checkpoint");
            write(http, "verifier-key");
            files += 2;
            for (int level = 0; level <= TilePath.MAX_LEVEL && (size >>> (8 * level)) > 0; level++) {
                files += tiles(http, false, level, size >>> (8 * level));
            }
            if (!noEntries) {
                files += tiles(http, true, 0, size);
            }
            spec.commandLine().getOut().printf("exported %d entries as %d files to %s%n", size, files, out);
            spec.commandLine().getOut().flush();
            return LedgerCommand.OK;
        } catch (IOException | LedgerException e) {
            spec.commandLine().getErr().println("ace ledger export: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return LedgerCommand.ERROR;
        }
    }

    private int tiles(LedgerHttp http, boolean entries, int level, long count) throws IOException {
        int files = 0;
        for (long n = 0; n * TilePath.WIDTH < count; n++) {
            int width = (int) Math.min(TilePath.WIDTH, count - n * TilePath.WIDTH);
            write(http, (entries ? TilePath.entries(n, width) : TilePath.hashes(level, n, width)).path());
            files++;
        }
        return files;
    }

    private void write(LedgerHttp http, String path) throws IOException {
        LedgerHttp.Response r = http.handle(path, Map.of());
        if (r.status() != 200) {
            throw new IOException(path + ": " + r.bodyText().strip());
        }
        Path file = out.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, r.body());
    }
}
