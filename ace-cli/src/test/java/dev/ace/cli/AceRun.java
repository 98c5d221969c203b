package dev.ace.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the {@code ace} command line: its exit status and what it printed. */
public record AceRun(int exit, String out, String err) {
    public static AceRun of(String... args) {
        CommandLine cl = AceCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new AceRun(exit, out.toString(), err.toString());
    }
}
