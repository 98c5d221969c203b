package dev.ace.cli.ledger;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ace ledger keygen|verify|proof|export}. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "Keys, offline verification, proofs and export of the transparency log.",
        subcommands = {KeygenCommand.class, VerifyCommand.class, ProofCommand.class, ExportCommand.class})
public final class LedgerCommand implements Runnable {
    /** Exit status: verification passed or the command did its work. */
    static final int OK = 0;
    /** Exit status: a verification failed; the first failure is named. */
    static final int FAILED = 1;
    /** Exit status: bad usage or configuration, unreadable input. */
    static final int ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
