package dev.ace.cli;

import dev.ace.core.constitution.Constitution;
import dev.ace.core.constitution.ConstitutionException;
import dev.ace.core.constitution.Principle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code ace constitution validate|show|digest [FILE]}. */
@Command(name = "constitution", mixinStandardHelpOptions = true,
        description = "Validate, show or digest a constitution (default: the shipped one).",
        subcommands = {ConstitutionCommand.Validate.class, ConstitutionCommand.Show.class, ConstitutionCommand.Digest.class})
final class ConstitutionCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    abstract static class Base implements Callable<Integer> {
        @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "constitution YAML (default: the shipped one)")
        Path file;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws ConstitutionException {
            Constitution c = Engines.constitution(file); // errors: AceCommand prints them, exit 2
            print(spec.commandLine().getOut(), c);
            spec.commandLine().getOut().flush();
            return 0;
        }

        abstract void print(PrintWriter out, Constitution c);
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check a constitution; print every error with file:line:column and exit 2 if there is one.")
    static final class Validate extends Base {
        @Override
        void print(PrintWriter out, Constitution c) {
            out.println("valid: " + c);
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "List the principles of a constitution.")
    static final class Show extends Base {
        @Override
        void print(PrintWriter out, Constitution c) {
            out.println(c.title() + "  (" + c.id() + " " + c.version() + ")");
            out.println("sha256:" + c.digest());
            out.printf("%-30s %-9s %-8s %-7s %-13s %-13s %-11s %s%n", "PRINCIPLE", "SEVERITY", "APPLIES", "THRESH",
                    "HIGH_TRUST", "LOW_TRUST", "FAILS", "RULES/EXAMPLES");
            for (Principle p : c.principles()) {
                out.printf(Locale.ROOT, "%-30s %-9s %-8s %-7.2f %-13s %-13s %-11s %d rules, %d+%d examples%n", p.id(),
                        lower(p.severity()), lower(p.appliesTo()), p.threshold(),
                        lower(p.actionFor(dev.ace.core.TrustTier.HIGH_TRUST)), lower(p.actionFor(dev.ace.core.TrustTier.LOW_TRUST)),
                        p.failsClosed() ? "closed" : "open", p.rules().size(), p.violating().size(), p.complying().size());
            }
        }

        private static String lower(Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
    }

    @Command(name = "digest", mixinStandardHelpOptions = true,
            description = "Print the SHA-256 of the constitution's canonical form, as verdicts cite it.")
    static final class Digest extends Base {
        @Override
        void print(PrintWriter out, Constitution c) {
            out.println(c.digest());
        }
    }
}
