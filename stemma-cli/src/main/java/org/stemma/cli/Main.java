package org.stemma.cli;

import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code stemma} command: subcommands for each job, exit codes as {@link ExitCode} says. */
@Command(name = "stemma", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Shows how a news story travels and mutates across outlets: reused passages, "
                + "events and storylines, who copied whom, and what each copy changed.",
        subcommands = {
            AnalyzeCommand.class,
            TraceCommand.class,
            ServeCommand.class,
            AlignCommand.class,
            ExtractCommand.class,
            NetworkCommand.class,
            EvalCommand.class,
            GenerateCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command in-process with the given streams; returns the exit code. Tests use this. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof NoSuchFileException missing) {
                err.println("stemma: no such file or folder: " + missing.getFile());
                return ExitCode.USAGE;
            }
            if (e instanceof IllegalArgumentException bad) {
                err.println("stemma: " + bad.getMessage());
                return ExitCode.USAGE;
            }
            if (e instanceof BadInputException bad) {
                err.println("stemma: " + bad.getMessage());
                return ExitCode.BAD_INPUT;
            }
            err.println("stemma: failed: " + e);
            e.printStackTrace(err);
            return ExitCode.FAILURE;
        });
        cli.setParameterExceptionHandler((e, args2) -> {
            err.println("stemma: " + e.getMessage());
            e.getCommandLine().usage(err);
            return ExitCode.USAGE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The version from the jar's manifest, or "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"stemma " + (v == null ? "dev" : v)};
        }
    }
}
