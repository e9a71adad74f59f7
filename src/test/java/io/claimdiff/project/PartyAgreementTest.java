package io.claimdiff.project;

import io.claimdiff.extract.AttributionExtractor;
import io.claimdiff.ingest.ArticleLoader;
import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** One speaker is one party in every open article, whichever article reveals it and in whichever order they open. */
class PartyAgreementTest {

    private static final ArticleLoader LOADER = new ArticleLoader();
    private static final AttributionExtractor ENGINE = new AttributionExtractor();

    private static final String BARE = "Talks stall\n\nPeskov said the talks had stalled. \"Nothing was agreed,\" Peskov added.";
    private static final String TITLED = "Kremlin speaks\n\nKremlin spokesman Dmitry Peskov said no deal had been struck.";

    @Test
    void aBareNameTakesThePartyAnotherArticleReveals() {
        for (boolean bareFirst : List.of(true, false)) {
            Article bare = LOADER.fromText("a1", "bare.txt", BARE);
            Article titled = LOADER.fromText("a2", "titled.txt", TITLED);
            Project project = new Project();
            project.addArticle(bare);
            project.addArticle(titled);
            for (Article a : bareFirst ? List.of(bare, titled) : List.of(titled, bare)) {
                project.setEngineClaims(a.id(), ENGINE.extract(a));
            }
            List<Claim> peskov = project.currentClaims().stream().filter(c -> c.speaker().contains("Peskov")).toList();
            assertEquals(3, peskov.size(), peskov.toString());
            peskov.forEach(c -> assertEquals("Russia", c.party(), c + " (bare first: " + bareFirst + ")"));
        }
    }

    @Test
    void aDepartmentNameIsNoOneBodyAcrossArticles() {
        Article russian = LOADER.fromText("a1", "ru.txt", "Drills\n\nRussia's Ministry of Defence said the drones were shot down.");
        Article bare = LOADER.fromText("a2", "uk.txt", "Drills\n\nThe Ministry of Defence said the exercise was routine.");
        Project project = new Project();
        project.addArticle(russian);
        project.addArticle(bare);
        project.setEngineClaims("a1", ENGINE.extract(russian));
        project.setEngineClaims("a2", ENGINE.extract(bare));
        List<Claim> ministry = project.currentClaims().stream().filter(c -> c.speaker().equals("Ministry of Defence")).toList();
        assertEquals(2, ministry.size(), project.currentClaims().toString());
        assertEquals("Russia", ministry.stream().filter(c -> c.articleId().equals("a1")).findFirst().orElseThrow().party());
        assertEquals("Ministry of Defence", ministry.stream().filter(c -> c.articleId().equals("a2")).findFirst().orElseThrow().party());
    }

    @Test
    void theAnalystsPartyIsNeverOverwritten() {
        Article bare = LOADER.fromText("a1", "bare.txt", BARE);
        Article titled = LOADER.fromText("a2", "titled.txt", TITLED);
        Project project = new Project();
        project.addArticle(bare);
        project.addArticle(titled);
        project.setEngineClaims("a1", ENGINE.extract(bare));
        Claim first = project.currentClaims().get(0);
        new ProjectEdits(project, new CommandStack()).editAttribution(first.id(), first.speaker(), "Independent", first.stance());
        project.setEngineClaims("a2", ENGINE.extract(titled));
        assertEquals("Independent", project.claim(first.id()).orElseThrow().claim().party());
        assertFalse(project.currentClaims().stream().anyMatch(c -> c.party().equals("Peskov")));
    }
}
