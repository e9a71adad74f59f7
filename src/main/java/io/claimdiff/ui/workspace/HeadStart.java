package io.claimdiff.ui.workspace;

import io.claimdiff.app.AppContext;
import io.claimdiff.project.Project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * The articles named on the command line, read, analysed, compared and highlighted on a
 * background thread that starts before JavaFX does, so that the window can show them as soon as
 * it is up.
 *
 * @param files  the files, in order
 * @param ids    the article id each file gets: {@code a1}, {@code a2}, … as in a new workspace
 * @param result what opening them in a new workspace gave
 */
public record HeadStart(List<Path> files, List<String> ids, Future<OpenedArticles> result) {

    /**
     * Starts the work on a new daemon thread and returns at once; each article's highlights are
     * worked out by {@code highlighter}.
     */
    public static HeadStart begin(AppContext context, List<Path> files, PreparedHighlights.Preparer highlighter) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= files.size(); i++) {
            ids.add("a" + i);
        }
        CompletableFuture<OpenedArticles> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                ArticleOpener opener = new ArticleOpener(context, highlighter);
                result.complete(opener.analyse(opener.load(files, ids), new Project().snapshot(), true));
                Trace.mark("head start: files read, analysed, compared and highlighted");
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "claimdiff-head-start");
        thread.setDaemon(true);
        thread.start();
        return new HeadStart(List.copyOf(files), List.copyOf(ids), result);
    }
}
