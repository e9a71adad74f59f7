package io.claimdiff.cli;

import io.claimdiff.app.AppContext;
import io.claimdiff.ingest.ArticleLoadException;
import io.claimdiff.model.Analysis;
import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code claimdiff analyze [--json] FILE...}: analyses articles headless. Files that fail are
 * reported one line each on stderr; the others are still analysed; the exit code is then 2.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Find attributed claims and contradictions and print them.")
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print the JSON contract instead of a readable summary.")
    private boolean json;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Articles (.txt, .md).")
    private List<Path> files = new ArrayList<>();

    private final AppContext context;

    AnalyzeCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Article> articles = new ArrayList<>();
        boolean failed = false;
        for (Path file : files) {
            try {
                io.claimdiff.ingest.LoadedArticle loaded = context.loader().read(file, "a" + (articles.size() + 1));
                articles.add(loaded.article());
                loaded.notes().forEach(note -> err.println("claimdiff: " + TerminalText.printable(note)));
            } catch (ArticleLoadException e) {
                err.println("claimdiff: " + TerminalText.printable(e.getMessage()));
                failed = true;
            }
        }
        boolean[] analysisFailed = {false};
        Analysis analysis = context.analysis().analyze(articles, (article, e) -> {
            err.println("claimdiff: " + TerminalText.printable(article.path()) + ": analysis failed ("
                    + e.getClass().getSimpleName() + ")");
            analysisFailed[0] = true;
        });
        failed |= analysisFailed[0];
        if (json) {
            out.println(context.contractJson().toJson(analysis));
        } else {
            printSummary(out, analysis);
        }
        out.flush();
        err.flush();
        return failed ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    private static void printSummary(PrintWriter out, Analysis analysis) {
        for (Article article : analysis.articles()) {
            out.printf("%s  %s%n", TerminalText.printable(article.path()), TerminalText.printable(article.title()));
            for (Claim claim : analysis.claims()) {
                if (claim.articleId().equals(article.id())) {
                    String text = claim.content().of(article.text()).replace('\n', ' ');
                    text = text.length() > 100 ? text.substring(0, 99) + "…" : text;
                    out.printf("  %-8s %-24s %s%n", claim.stance().id(), TerminalText.printable(claim.speaker()),
                            TerminalText.printable(text));
                }
            }
        }
        out.printf("%d claims, %d contradictions proposed%n", analysis.claims().size(),
                analysis.graph().contradictions().size());
    }
}
