package io.claimdiff.ui.workspace;

import io.claimdiff.app.AppContext;
import io.claimdiff.project.CommandStack;
import io.claimdiff.project.LinkKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Articles analysed while the window starts give the same workspace as opening them there. */
class HeadStartTest {

    /** Highlights that are only their inputs: what the workspace hands each pane, without a view. */
    private static final PreparedHighlights.Preparer INPUTS = (article, inputs) -> () -> inputs;
    private final AppContext context = AppContext.standard();

    @TempDir
    Path dir;

    private List<Path> samples() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("sample-articles"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void adoptedArticlesMatchOpeningThemInTheWindow() throws Exception {
        List<Path> files = samples();
        HeadStart head = HeadStart.begin(context, files, INPUTS);
        head.result().get(60, TimeUnit.SECONDS);
        WorkspaceViewModel adopted = new WorkspaceViewModel(context, TaskRunner.direct(), new CommandStack());
        adopted.adopt(head);
        WorkspaceViewModel opened = new WorkspaceViewModel(context, TaskRunner.direct(), new CommandStack());
        opened.openFiles(files);

        assertEquals(5, adopted.articles().size());
        assertEquals(opened.project().articles().stream().map(a -> a.id() + a.text()).toList(),
                adopted.project().articles().stream().map(a -> a.id() + a.text()).toList());
        assertEquals(opened.project().claims(), adopted.project().claims());
        assertEquals(opened.project().parties(), adopted.project().parties());
        assertEquals(opened.project().links(), adopted.project().links());
        assertFalse(adopted.project().links(LinkKind.CONTRADICTS).isEmpty());
        assertEquals(0, adopted.pendingProperty().get());
        assertTrue(adopted.statusProperty().get().startsWith("5 articles"), adopted.statusProperty().get());
        // the next article opened gets a fresh id
        adopted.openFiles(List.of(files.get(0)));
        assertEquals("a6", adopted.articles().get(5).article().id());
    }

    @Test
    void articlesGivenAtStartGetTheProposalsAnalyzeGives() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("src/test/resources/news/articles"))) {
            files = list.filter(p -> p.getFileName().toString().startsWith("ronaldo-")).sorted().toList();
        }
        List<io.claimdiff.model.Article> articles = new java.util.ArrayList<>();
        for (Path f : files) {
            articles.add(context.loader().read(f, "a" + (articles.size() + 1)).article());
        }
        var expected = context.analysis().analyze(articles).graph().contradictions().stream()
                .map(c -> java.util.Set.of(c.a(), c.b())).collect(java.util.stream.Collectors.toSet());

        HeadStart head = HeadStart.begin(context, files, INPUTS);
        head.result().get(60, TimeUnit.SECONDS);
        WorkspaceViewModel window = new WorkspaceViewModel(context, TaskRunner.direct(), new CommandStack());
        window.adopt(head);

        var shown = window.project().links(LinkKind.CONTRADICTS).stream()
                .map(l -> java.util.Set.of(l.a(), l.b())).collect(java.util.stream.Collectors.toSet());
        assertFalse(expected.isEmpty());
        // one speaker, one party across the articles, as analyze compares them: Ronaldo is one side
        assertEquals(expected, shown);
    }

    @Test
    void badFilesAreReportedAndTheOthersStillOpen() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "Headline\n\nThe minister said it was fine.");
        Path bad = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        HeadStart head = HeadStart.begin(context, List.of(bad, good, dir.resolve("gone.txt")), INPUTS);
        WorkspaceViewModel vm = new WorkspaceViewModel(context, TaskRunner.direct(), new CommandStack());
        vm.adopt(head);
        assertEquals(List.of("good.txt"), vm.articles().stream().map(ArticleViewModel::fileName).toList());
        assertEquals(2, vm.errors().size(), vm.errors().toString());
        assertTrue(vm.errors().get(0).contains("photo.txt"), vm.errors().get(0));
        assertTrue(vm.errors().get(1).contains("gone.txt"), vm.errors().get(1));
        assertEquals(1, vm.project().claimsOf(vm.articles().get(0).article().id()).size());
    }

    @Test
    void aWorkspaceThatIsNotNewOpensTheFilesUnderFreshIds() throws Exception {
        List<Path> files = samples();
        HeadStart head = HeadStart.begin(context, files.subList(0, 2), INPUTS);
        WorkspaceViewModel vm = new WorkspaceViewModel(context, TaskRunner.direct(), new CommandStack(), INPUTS);
        vm.openSamples();
        vm.adopt(head);
        assertEquals(7, vm.articles().size());
        assertEquals(7, vm.articles().stream().map(a -> a.article().id()).distinct().count());
        ArticleViewModel sixth = vm.articles().get(5);
        assertEquals("a6", sixth.article().id());
        // opened like any file: its highlights were worked out against the workspace it joined
        PreparedHighlights offered = sixth.takeHighlights();
        assertNotNull(offered);
        assertEquals(HighlightInputs.of(vm.project(), "a6", null), offered.inputs());
    }

    @Test
    void anArticleOpenedWhileTheHeadStartRunsIsComparedWithItsArticles() throws Exception {
        List<Path> files = samples();
        java.util.concurrent.CompletableFuture<OpenedArticles> later = new java.util.concurrent.CompletableFuture<>();
        HeadStart head = new HeadStart(files.subList(0, 4), List.of("a1", "a2", "a3", "a4"), later);
        QueuedRunner runner = new QueuedRunner();
        WorkspaceViewModel vm = new WorkspaceViewModel(context, runner, new CommandStack());
        vm.adopt(head);
        vm.openFiles(files.subList(4, 5));
        runner.run(1); // the fifth article shows first and asks for a comparison of itself
        ArticleOpener opener = new ArticleOpener(context, INPUTS);
        later.complete(opener.analyse(opener.load(head.files(), head.ids()), new io.claimdiff.project.Project().snapshot(),
                true));
        runner.run(0); // then the head start arrives
        runner.runAll();

        WorkspaceViewModel all = new WorkspaceViewModel(context, TaskRunner.direct(), new CommandStack());
        all.openFiles(files);
        assertEquals(5, vm.articles().size());
        // the same claims and links as opening all five at once (the articles came in another order)
        assertTrue(new java.util.HashSet<>(all.project().claims()).equals(new java.util.HashSet<>(vm.project().claims())),
                "same claims");
        assertEquals(all.project().links().size(), vm.project().links().size(), "links over all five articles");
        assertTrue(new java.util.HashSet<>(all.project().links()).equals(new java.util.HashSet<>(vm.project().links())),
                "same links");
        assertEquals(0, vm.pendingProperty().get());
    }

    @Test
    void aProjectOpenedWhileFilesAreStillOpeningKeepsItsArticles() throws Exception {
        List<Path> files = samples();
        WorkspaceViewModel other = new WorkspaceViewModel(context, TaskRunner.direct(), new CommandStack());
        other.openFiles(files.subList(0, 2));
        QueuedRunner runner = new QueuedRunner();
        WorkspaceViewModel vm = new WorkspaceViewModel(context, runner, new CommandStack());
        vm.openFiles(files.subList(2, 3)); // gets id a1
        vm.load(other.project().snapshot()); // a project with a1 and a2 comes in first
        runner.runAll();

        assertEquals(3, vm.articles().size());
        assertEquals(3, vm.articles().stream().map(a -> a.article().id()).distinct().count());
        assertEquals(other.project().article("a1").orElseThrow().text(), vm.project().article("a1").orElseThrow().text());
        assertEquals(other.project().claimsOf("a1"), vm.project().claimsOf("a1"));
        assertTrue(vm.articles().stream().anyMatch(a -> a.fileName().equals(files.get(2).getFileName().toString())));
    }

    @Test
    void aFailingComparisonStillShowsTheArticlesAndSaysSo() throws Exception {
        AppContext failing = new AppContext(new io.claimdiff.ingest.ArticleLoader(),
                new io.claimdiff.extract.AttributionExtractor(), (articles, claims) -> {
                    throw new IllegalStateException("comparer bug");
                });
        HeadStart head = HeadStart.begin(failing, samples().subList(0, 2), INPUTS);
        head.result().get(60, TimeUnit.SECONDS);
        WorkspaceViewModel vm = new WorkspaceViewModel(failing, TaskRunner.direct(), new CommandStack());
        vm.adopt(head);
        assertEquals(2, vm.articles().size());
        assertFalse(vm.project().claims().isEmpty());
        assertEquals(1, vm.errors().size(), vm.errors().toString());
        assertTrue(vm.errors().get(0).startsWith("Comparison failed"), vm.errors().get(0));
        assertEquals(0, vm.pendingProperty().get());
    }
}
