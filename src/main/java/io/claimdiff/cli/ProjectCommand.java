package io.claimdiff.cli;

import io.claimdiff.app.AppContext;
import io.claimdiff.project.Project;
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

/** {@code claimdiff project -o X.claimdiff FILE...}: analyses articles and saves them as a project. */
@Command(name = "project", mixinStandardHelpOptions = true,
        description = "Analyse articles and save them as a .claimdiff project (an existing file is kept as .bak).")
final class ProjectCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "PROJECT", description = "The .claimdiff file.")
    private Path output;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Articles (.txt, .md).")
    private List<Path> files = new ArrayList<>();

    private final AppContext context;

    ProjectCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Inputs.isProject(output)) {
            return ExportCommand.fail(err, output + ": a project file must end with .claimdiff");
        }
        if (files.stream().anyMatch(Inputs::isProject)) {
            return ExportCommand.fail(err, "give article files to put in the project, not projects");
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
