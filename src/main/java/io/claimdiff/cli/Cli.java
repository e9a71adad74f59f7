package io.claimdiff.cli;

import io.claimdiff.app.AppContext;
import picocli.CommandLine;

import java.io.PrintWriter;

/** Parses the command line and runs it: the GUI or a headless subcommand. */
public final class Cli {

    private Cli() {
    }

    /** Runs {@code args} and returns the process exit code. */
    public static int run(String[] args, AppContext context, GuiStarter gui, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new ClaimDiffCommand(gui), new Factory(context));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((ex, ignored) -> {
            // one line, not picocli's usage dump: analysts run this from scripts too
            ex.getCommandLine().getErr().println("claimdiff: " + ex.getMessage()
                    + " (see 'claimdiff --help')");
            ex.getCommandLine().getErr().flush();
            return ExitCodes.BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            // one line, never a stack trace; the text may quote an article, so it is made printable
            cmd.getErr().println("claimdiff: " + TerminalText.printable(String.valueOf(ex)));
            cmd.getErr().flush();
            return 1;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Creates subcommands with their services. */
    private static final class Factory implements CommandLine.IFactory {
        private final AppContext context;

        Factory(AppContext context) {
            this.context = context;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == AnalyzeCommand.class) {
                return cls.cast(new AnalyzeCommand(context));
            }
            if (cls == CompareCommand.class) {
                return cls.cast(new CompareCommand(context, System.in));
            }
            if (cls == ExportCommand.class) {
                return cls.cast(new ExportCommand(context));
            }
            if (cls == ProjectCommand.class) {
                return cls.cast(new ProjectCommand(context));
            }
            if (cls == BenchCommand.class) {
                return cls.cast(new BenchCommand(context));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
