package io.claimdiff.ui.startup;

import io.claimdiff.ui.view.ArticlePane;
import io.claimdiff.ui.view.MainStage;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * For {@code --open-report}: once the empty window has drawn its first frame (and, with
 * {@code --open-report-warm}, the start-up work in the background is done), opens the files, prints
 * {@code open-at-ms=N} (since JVM start) and
 * prints {@code open-ms=N} at the first frame with every pane highlighted, {@code analysed-ms=N}
 * when the comparison is done too, then scrolls the first pane one step per frame, first by
 * 100 px, then by a page, and prints the frame times of each
 * ({@code scroll-wheel-frame-ms median=N p95=N max=N frames=N}), then selects claims spread over
 * the first pane's article and prints how long each took to show ({@code select-ms median=N max=N
 * selections=N}), and exits.
 */
final class OpenReport {

    private static final int SCROLL_FRAMES = 90;
    private static final int SELECTIONS = 9;

    private final MainStage workspace;
    private final List<Path> files;
    private final java.util.concurrent.CompletionStage<Void> ready;
    private long opened;
    private boolean highlighted;

    OpenReport(MainStage workspace, List<Path> files, java.util.concurrent.CompletionStage<Void> ready) {
        this.workspace = workspace;
        this.files = List.copyOf(files);
        this.ready = ready;
    }

    void arm() {
        var scene = workspace.stage().getScene();
        Runnable firstFrame = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                ready.thenRun(() -> Platform.runLater(OpenReport.this::open));
            }
        };
        scene.addPostLayoutPulseListener(firstFrame);
    }

    private void open() {
        var scene = workspace.stage().getScene();
        opened = System.nanoTime();
        System.out.println("open-at-ms=" + (System.currentTimeMillis()
                - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()));
        workspace.viewModel().openFiles(files);
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                List<ArticlePane> panes = workspace.window().articlePanes();
                // highlighted with claims: before its claims arrive a pane is highlighted with furniture only
                boolean all = panes.size() >= files.size() && panes.stream().allMatch(p -> p.isHighlighted()
                        && p.article().claimCountProperty().get() > 0);
                if (all && !highlighted) {
                    highlighted = true;
                    System.out.println("open-ms=" + (System.nanoTime() - opened) / 1_000_000);
                }
                if (all && workspace.viewModel().pendingProperty().get() == 0) {
                    System.out.println("analysed-ms=" + (System.nanoTime() - opened) / 1_000_000);
                    scene.removePostLayoutPulseListener(this);
                    scroll(panes.get(0));
                }
            }
        });
    }

    private void scroll(ArticlePane pane) {
        // first like a mouse wheel (a few lines a frame: most cells are reused), then a page a frame
        // (every frame lays out and styles new paragraphs)
        scroll(pane, "wheel", 100, () -> scroll(pane, "page", pane.textArea().getHeight(),
                () -> select(pane, new long[SELECTIONS], 0)));
    }

    // Selecting a claim restyles its pane (the selected claim is drawn stronger): times from the
    // selection to the first frame that shows it, for claims spread over the article.
    private void select(ArticlePane pane, long[] times, int done) {
        if (done == times.length) {
            long[] ms = Arrays.stream(times).map(n -> n / 1_000_000).sorted().toArray();
            System.out.println(String.format(Locale.ROOT, "select-ms median=%d max=%d selections=%d",
                    ms[ms.length / 2], ms[ms.length - 1], ms.length));
            System.out.flush();
            Platform.exit();
            return;
        }
        var article = pane.article().article();
        int offset = (int) ((long) article.text().length() * (2 * done + 1) / (2 * times.length));
        String claim = workspace.viewModel().claims().claimAt(article.id(), offset)
                .orElseGet(() -> workspace.viewModel().project().claimsOf(article.id()).get(done).claim().id());
        var scene = workspace.stage().getScene();
        long start = System.nanoTime();
        workspace.viewModel().claims().select(claim);
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                if (pane.isHighlighted()) {
                    scene.removePostLayoutPulseListener(this);
                    times[done] = System.nanoTime() - start;
                    Platform.runLater(() -> select(pane, times, done + 1));
                }
            }
        });
    }

    private void scroll(ArticlePane pane, String kind, double step, Runnable then) {
        long[] frames = new long[SCROLL_FRAMES];
        new AnimationTimer() {
            private int frame = -1;
            private long last;

            @Override
            public void handle(long now) {
                if (frame >= 0) {
                    frames[frame] = now - last;
                }
                last = now;
                if (++frame == SCROLL_FRAMES) {
                    stop();
                    report(kind, frames);
                    then.run();
                    return;
                }
                pane.textArea().scrollYBy(step);
            }
        }.start();
    }

    private static void report(String kind, long[] frames) {
        long[] ms = Arrays.stream(frames).map(n -> n / 1_000_000).sorted().toArray();
        System.out.println(String.format(Locale.ROOT, "scroll-%s-frame-ms median=%d p95=%d max=%d frames=%d", kind,
                ms[ms.length / 2], ms[(int) (ms.length * 0.95)], ms[ms.length - 1], ms.length));
        System.out.flush();
    }
}
