package io.claimdiff.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code claimdiff [FILE...]}: opens the GUI; the subcommands work headless. */
@Command(name = "claimdiff",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Highlights who said what in news articles and proposes contradictions between parties.%n"
                + "With no command, opens the window with the given articles (.txt, .md).",
        subcommands = {AnalyzeCommand.class, CompareCommand.class, ExportCommand.class, ProjectCommand.class, BenchCommand.class})
public final class ClaimDiffCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Articles to open.")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--samples", description = "Also open the bundled sample articles.")
    private boolean samples;

    @Option(names = "--screenshot", paramLabel = "PNG",
            description = "Open the files, write a PNG of the window once they are shown, and exit.")
    private Path screenshot;

    @Option(names = "--startup-report",
            description = "Open the files, print startup-ms=N (from JVM start to the first frame with every"
                    + " article highlighted), and exit.")
    private boolean startupReport;

    @Option(names = "--startup-report-bare", hidden = true,
            description = "Show an empty JavaFX window, print startup-ms=N at its first frame, and exit.")
    private boolean startupReportBare;

    @Option(names = "--open-report", hidden = true,
            description = "Show the window, then open the files: print open-ms (to highlighted), analysed-ms"
                    + " and scrolling frame times, and exit.")
    private boolean openReport;

    @Option(names = "--open-report-warm", hidden = true,
            description = "As --open-report, but open the files once the start-up work in the background is done.")
    private boolean openReportWarm;

    private final GuiStarter gui;

    ClaimDiffCommand(GuiStarter gui) {
        this.gui = gui;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        boolean failed = false;
        for (Path file : files) {
            Optional<String> problem = FileChecks.problem(file);
            if (problem.isPresent()) {
                err.println("claimdiff: " + problem.get());
                failed = true;
            }
        }
        if (failed) {
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        GuiRequest.StartupReport report = openReportWarm ? GuiRequest.StartupReport.OPEN_WARM
                : openReport ? GuiRequest.StartupReport.OPEN
                : startupReportBare ? GuiRequest.StartupReport.BARE
                : startupReport ? GuiRequest.StartupReport.APP : GuiRequest.StartupReport.NONE;
        return gui.start(new GuiRequest(files, samples, screenshot, report));
    }
}
