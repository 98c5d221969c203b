package dev.ace.cli.ledger;

import dev.ace.ledger.NoteSigner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ace ledger keygen --name NAME --out DIR}: a new Ed25519 checkpoint-signing key pair. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = "Write a new signing key (DIR/signer.key, owner-only) and its verifier key (DIR/verifier.key).")
final class KeygenCommand implements Callable<Integer> {
    static final String SIGNER_FILE = "signer.key";
    static final String VERIFIER_FILE = "verifier.key";

    @Option(names = "--name", required = true, paramLabel = "NAME",
            description = "the key name, usually the log origin, e.g. ace.example.com/decisions")
    String name;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where to write the two files")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        NoteSigner signer;
        try {
            signer = NoteSigner.generate(name, new SecureRandom());
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("ace ledger keygen: --name: " + e.getMessage());
            return LedgerCommand.ERROR;
        }
        Path secret = out.resolve(SIGNER_FILE);
        try {
            Files.createDirectories(out);
            Files.createFile(secret, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(secret, signer.text() + "\n", StandardCharsets.UTF_8);
            Files.writeString(out.resolve(VERIFIER_FILE), signer.verifier().text() + "\n", StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException e) {
            spec.commandLine().getErr().println("ace ledger keygen: " + secret + " exists; refusing to overwrite a signing key");
            return LedgerCommand.ERROR;
        } catch (IOException | UnsupportedOperationException e) {
            spec.commandLine().getErr().println("ace ledger keygen: cannot write " + out + ": " + e.getMessage());
            return LedgerCommand.ERROR;
        }
        spec.commandLine().getOut().println(signer.verifier().text());
        spec.commandLine().getOut().flush();
        return LedgerCommand.OK;
    }
}
