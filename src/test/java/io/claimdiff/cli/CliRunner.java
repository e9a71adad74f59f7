package io.claimdiff.cli;

import io.claimdiff.app.AppContext;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in process for tests outside this package. */
public final class CliRunner {

    /** Exit code and what was printed. */
    public record Result(int code, String out, String err) {
    }

    private CliRunner() {
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, AppContext.standard(), request -> 0, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }
}
