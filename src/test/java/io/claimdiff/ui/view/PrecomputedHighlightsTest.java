package io.claimdiff.ui.view;

import io.claimdiff.app.AppContext;
import io.claimdiff.project.CommandStack;
import io.claimdiff.ui.workspace.ArticleViewModel;
import io.claimdiff.ui.workspace.HeadStart;
import io.claimdiff.ui.workspace.HighlightInputs;
import io.claimdiff.ui.workspace.TaskRunner;
import io.claimdiff.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The highlights worked out while the window starts are the ones a pane would work out itself. */
class PrecomputedHighlightsTest {

    private final AppContext context = AppContext.standard();

    private List<Path> samples() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("sample-articles"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void offeredHighlightsAreTheOnesThePaneWouldCompute() throws Exception {
        HeadStart head = HeadStart.begin(context, samples(), PrecomputedHighlights::of);
        WorkspaceViewModel vm = new WorkspaceViewModel(context, TaskRunner.direct(), new CommandStack());
        vm.adopt(head);
        for (ArticleViewModel article : vm.articles()) {
            PrecomputedHighlights offered = assertInstanceOf(PrecomputedHighlights.class, article.takeHighlights(),
                    article.fileName());
            HighlightInputs now = HighlightInputs.of(vm.project(), article.article().id(), null);
            assertEquals(now, offered.inputs(), article.fileName());
            assertEquals(HighlightStyles.compute(article.article(), now.claims(), now.parties(), null),
                    offered.spans(), article.fileName());
            assertNull(article.takeHighlights(), "taken once");
        }
    }
}
