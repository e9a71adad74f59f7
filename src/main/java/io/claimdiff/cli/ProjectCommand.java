package io.claimdiff.cli;

import io.claimdiff.app.AppContext;
import io.claimdiff.project.Project;
import io.claimdiff.project.qdpx.QdpxReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code claimdiff project -o X.claimdiff FILE...}: analyses articles and saves them as a project;
 * given one {@code .qdpx}, converts that REFI-QDA project.
 */
@Command(name = "project", mixinStandardHelpOptions = true,
        description = "Analyse articles and save them as a .claimdiff project (an existing file is kept as .bak),"
                + " or convert one REFI-QDA project (.qdpx from QualCoder, ATLAS.ti, MAXQDA, NVivo or ClaimDiff).")
final class ProjectCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "PROJECT", description = "The .claimdiff file.")
    private Path output;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Articles, or one .qdpx project.")
    private List<Path> files = new ArrayList<>();

    private final AppContext context;

    ProjectCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Inputs.isClaimDiff(output)) {
            return ExportCommand.fail(err, output + ": a project file must end with .claimdiff");
        }
        // one REFI-QDA project converts; anything else must be articles
        boolean converting = files.size() == 1 && QdpxReader.isQdpx(files.get(0));
        if (!converting && files.stream().anyMatch(Inputs::isProject)) {
            return ExportCommand.fail(err, "give article files to put in the project, or one .qdpx to convert");
        }
        boolean[] analysisFailed = {false};
        try {
            Project project = Inputs.load(context, files, note -> ExportCommand.warn(err, note),
                    failure -> analysisFailed[0] = ExportCommand.warn(err, failure));
            context.projectStore().save(project, output);
        } catch (Inputs.Problem e) {
            return ExportCommand.fail(err, e.getMessage());
        } catch (IOException e) {
            return ExportCommand.fail(err, output + ": cannot write (" + e.getMessage() + ")");
        }
        err.flush();
        return analysisFailed[0] ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }
}
