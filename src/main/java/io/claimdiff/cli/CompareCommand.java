package io.claimdiff.cli;

import io.claimdiff.app.AppContext;
import io.claimdiff.export.ContractJsonReader;
import io.claimdiff.ingest.ArticleLoadException;
import io.claimdiff.model.Analysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code claimdiff compare FILE}: the comparison stage alone. Reads the JSON that {@code analyze --json}
 * prints (its claims possibly edited by hand or written by another tool), loads the articles it names,
 * and prints it back with {@code contradictions}, {@code supports} and {@code clusters} worked out anew.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Propose contradictions, supports and clusters for the claims in an analyze --json file.")
final class CompareCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "JSON as printed by analyze --json; - reads standard input.")
    private String file;

    private final AppContext context;
    private final InputStream stdin;

    CompareCommand(AppContext context, InputStream stdin) {
        this.context = context;
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = "-".equals(file) ? "standard input" : file;
        ContractJsonReader reader = new ContractJsonReader((path, id) -> {
            try {
                return context.loader().read(Path.of(path), id).article();
            } catch (ArticleLoadException | java.nio.file.InvalidPathException e) {
                throw new IOException(e.getMessage(), e);
            }
        });
        ContractJsonReader.Contents contents;
        try (InputStream in = "-".equals(file) ? stdin : Files.newInputStream(Path.of(file))) {
            contents = reader.read(in);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            err.println("claimdiff: " + TerminalText.printable(name) + ": " + TerminalText.printable(problem(e)));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        contents.problems().forEach(p -> err.println("claimdiff: " + TerminalText.printable(name) + ": "
                + TerminalText.printable(p)));
        Analysis analysis = new Analysis(contents.articles(), contents.claims(),
                context.analysis().compare(contents.articles(), contents.claims()));
        out.println(context.contractJson().toJson(analysis));
        out.flush();
        err.flush();
        return contents.problems().isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    private static String problem(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
            return "not valid JSON (" + j.getOriginalMessage() + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
