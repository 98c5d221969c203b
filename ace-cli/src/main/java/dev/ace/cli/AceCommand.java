package dev.ace.cli;

import dev.ace.core.EngineVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ace} command: inspect texts, scan datasets, manage the constitution. */
@Command(name = "ace", mixinStandardHelpOptions = true, versionProvider = AceCommand.Version.class,
        description = "ACE, the Automated Compliance Engine: inspect prompts and answers against a constitution.",
        subcommands = {CommandLine.HelpCommand.class,
                dev.ace.cli.models.TrainCommand.class,
                dev.ace.cli.models.EvalCommand.class})
public final class AceCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new AceCommand()).execute(args));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ace " + EngineVersion.get()};
        }
    }
}
