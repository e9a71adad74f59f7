package io.claimdiff.cli;

import io.claimdiff.app.AppContext;
import io.claimdiff.export.Report;
import io.claimdiff.export.ReportExporter;
import io.claimdiff.export.ReportOptions;
import io.claimdiff.project.LinkStatus;
import io.claimdiff.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code claimdiff export --format FORMAT -o OUT INPUT...}: writes a report of a project, or of
 * articles analysed on the spot. Any problem is one line naming the file, exit code 2, and
 * nothing is written.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a report: html, md, csv, json, qdpx or claimreview.%n"
                + "INPUT is one project (.claimdiff, or .qdpx from a QDA tool) or article files to analyse.%n"
                + "csv writes claims.csv, contradictions.csv and supports.csv into the folder OUT,"
                + " or into a zip when OUT ends with .zip.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
            description = "html, md, csv, json, qdpx or claimreview.")
    private String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "Where to write.")
    private Path output;

    @Option(names = "--title", paramLabel = "TITLE", description = "Report title (default: the project's name).")
    private String title;

    @Option(names = "--date", paramLabel = "INSTANT",
            description = "Report date as ISO instant, e.g. 2026-11-22T10:00:00Z (default: now).")
    private Instant date;

    @Option(names = "--confirmed-only",
            description = "List only the contradictions and supports the analyst accepted (default: those first,"
                    + " then unreviewed proposals and rejected ones, each under a heading of its own).")
    private boolean confirmedOnly;

    @Option(names = "--author", paramLabel = "NAME",
            description = "The analyst's name: author of the ClaimReview reviews, named in HTML and Markdown"
                    + " reports (default: no author is named).")
    private String author;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "A .claimdiff or .qdpx project, or articles.")
    private List<Path> inputs = new ArrayList<>();

    private final AppContext context;

    ExportCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<ReportExporter> exporter = context.exporters().byId(format);
        if (exporter.isEmpty()) {
            return fail(err, "unknown format '" + format + "'; choose one of " + context.exporters().ids());
        }
        Project project;
        boolean[] analysisFailed = {false};
        try {
            project = Inputs.load(context, inputs, note -> warn(err, note),
                    failure -> analysisFailed[0] = warn(err, failure));
        } catch (Inputs.Problem e) {
            return fail(err, e.getMessage());
        }
        Report report = Report.of(project, title == null ? Inputs.defaultTitle(inputs) : title,
                date == null ? Instant.now() : date, new ReportOptions(confirmedOnly, author));
        if (confirmedOnly && report.links(LinkStatus.ACCEPTED).isEmpty()) {
            warn(err, "nothing has been confirmed, so the report lists no contradiction; confirm proposals in the"
                    + " window first, or leave out --confirmed-only");
        }
        try {
            exporter.get().export(report, output);
        } catch (IOException e) {
            return fail(err, output + ": cannot write (" + e.getMessage() + ")");
        }
        err.flush();
        return analysisFailed[0] ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    /** Prints one "claimdiff: …" line on {@code err}; true, to mark that something failed. */
    static boolean warn(PrintWriter err, String message) {
        err.println("claimdiff: " + TerminalText.printable(message));
        return true;
    }

    static int fail(PrintWriter err, String message) {
        err.println("claimdiff: " + TerminalText.printable(message));
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}
