package dev.ace.cli;

import dev.ace.core.EngineVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ace} command: inspect texts, scan datasets, manage the constitution. */
@Command(name = "ace", mixinStandardHelpOptions = true, versionProvider = AceCommand.Version.class,
        description = "ACE, the Automated Compliance Engine: inspect prompts and answers against a constitution.",
        subcommands = {
                CheckCommand.class,
                ScanCommand.class,
                ConstitutionCommand.class,
                dev.ace.cli.models.TrainCommand.class,
                dev.ace.cli.models.TrainHeadCommand.class,
                dev.ace.cli.models.EvalCommand.class,
                dev.ace.cli.ledger.LedgerCommand.class,
                dev.ace.cli.serve.ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class AceCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: bad usage exits 2 with a one-line message, never a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new AceCommand());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof dev.ace.core.constitution.ConstitutionException bad) {
                cmd.getErr().println(bad.getMessage()); // every error with file:line:column already
            } else if (ex instanceof IllegalArgumentException bad) { // an option value its consumer refused
                cmd.getErr().println("ace " + cmd.getCommandName() + ": " + bad.getMessage());
            } else {
                cmd.getErr().println("ace " + cmd.getCommandName() + ": " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
            }
            return ExitCodes.ERROR;
        });
        return cl;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ace " + EngineVersion.get()};
        }
    }
}
