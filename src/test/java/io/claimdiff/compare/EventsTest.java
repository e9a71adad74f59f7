package io.claimdiff.compare;

import io.claimdiff.model.Article;
import io.claimdiff.model.ClaimGraph;
import io.claimdiff.model.Stance;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Articles are grouped into events by the people and organisations they name most. */
class EventsTest {

    private static final String TANKER_A = """
            Tehran says tanker seizure was lawful
            Iran's navy seized the tanker Arden Star near Hormuz on Friday, navy commander Reza Tangsiri said.
            Tangsiri said the Arden Star had rammed an Iranian fishing boat. The Arden Star's owner, Halvik Shipping,
            said its crew had done nothing wrong. Halvik said Tangsiri's account was false.
            """;
    private static final String TANKER_B = """
            Shipowner disputes Iranian account of Arden Star seizure
            Halvik Shipping denied on Saturday that the Arden Star had rammed an Iranian fishing boat before it was seized.
            Commander Reza Tangsiri had said the tanker rammed a fishing vessel. Halvik said the Arden Star kept its course.
            """;
    private static final String SANCTIONS = """
            Washington adds Iranian drone makers to sanctions list
            The U.S. Treasury said on Monday it had sanctioned five Iranian firms that supply drone engines.
            Iran's foreign ministry spokesman Nasser Kanaani said the sanctions were illegal. Treasury official Brian Nelson
            said Washington would keep up the pressure. Kanaani said Iran would respond.
            """;

    @Test
    void articlesNamingTheSamePeopleAreOneEventAndCountriesAloneAreNot() {
        List<String> texts = List.of(TANKER_A, TANKER_B, SANCTIONS);
        Events events = Events.of(texts, Tokens.names(texts));

        assertTrue(events.together(0, 1), events.protagonists(0) + " / " + events.protagonists(1));
        assertFalse(events.together(0, 2), events.protagonists(0) + " / " + events.protagonists(2));
        assertFalse(events.together(1, 2));
        assertEquals(List.of(List.of(0, 1), List.of(2)), events.stories());
        assertFalse(events.protagonists(2).contains("iran"), "a country is not what a story is about");
    }

    @Test
    void aStoryLinkedToTwoOthersDoesNotMakeThemOneEvent() {
        String trumpPutin = "Trump and Putin spoke. Trump said Putin wants peace. Putin said Trump is clever.\n";
        String putinMacron = "Putin and Macron met. Macron said Putin gave assurances. Putin said Macron listened.\n";
        String macronTrump = "Macron called Trump. Trump said Macron is a friend. Macron said Trump agreed.\n";
        String kimXi = "Kim met Xi. Xi said Kim is welcome. Kim said Xi agreed.\n";
        List<String> texts = List.of(trumpPutin, putinMacron, kimXi);
        Events events = Events.of(texts, Tokens.names(List.of(trumpPutin, putinMacron, macronTrump, kimXi)));

        assertFalse(events.together(0, 1), "they share Putin only");
        assertFalse(events.together(0, 2));
    }

    @Test
    void claimsOfUnrelatedEventsAreNeverPairedThoughTheyShareALeader() {
        Fixture f = new Fixture();
        Article a = f.article("a", """
                Macron says Putin promised calm
                French President Emmanuel Macron said Putin had promised him there would be no escalation at the border.
                Macron spoke in Kyiv after meeting Olena Hart. Macron said Hart welcomed the news.
                """);
        f.claim(a, "a1", "Putin had promised him there would be no escalation at the border", "Emmanuel Macron",
                "France", Stance.ASSERT);
        Article b = f.article("b", """
                Kremlin denies promise to Biden
                Kremlin aide Yuri Sorin denied that Putin had promised there would be no escalation at the border.
                Biden had told reporters in Delaware that Putin gave his word. Sorin said Biden misunderstood.
                """);
        f.claim(b, "b1", "Putin had promised there would be no escalation at the border", "Yuri Sorin", "Russia",
                Stance.DENY);

        ClaimGraph g = new ContradictionFinder().compare(f.articles, f.claims);
        ClaimGraph oneEvent = new ContradictionFinder().compare(List.of(a), f.claims.subList(0, 1));

        assertFalse(Fixture.paired(g, "a1", "b1"), "two stories about Putin, years apart: " + g.contradictions());
        assertTrue(oneEvent.contradictions().isEmpty());
    }

    @Test
    void inArticlesSurelyOfOneEventSharedWordsAreEnoughToClash() {
        Fixture f = new Fixture();
        Article a = f.article("a", """
                Navy says it downed drone over the strait
                President Aldo Brenn said the frigate destroyed an Iranian drone over the strait on Thursday.
                Brenn said the Varna acted in self-defence. Admiral Tess Okoro said the Varna was in open water.
                """);
        f.claim(a, "a1", "the frigate destroyed an Iranian drone over the strait on Thursday", "Aldo Brenn",
                "Ostland", Stance.ASSERT);
        Article b = f.article("b", """
                Tehran says all its drones are safe
                Minister Pavel Drach denied that an Iranian drone was destroyed over the strait. Drach mocked Brenn.
                Brenn had said the Varna fired; Okoro said the Varna never left open water.
                """);
        f.claim(b, "b1", "an Iranian drone was destroyed over the strait", "Pavel Drach", "Iran", Stance.DENY);
        List<String> texts = f.articles.stream().map(Article::text).toList();
        Events events = Events.of(texts, Tokens.names(texts));

        ClaimGraph g = new ContradictionFinder().compare(f.articles, f.claims);

        assertTrue(events.close(0, 1), events.protagonists(0) + " / " + events.protagonists(1));
        assertTrue(Fixture.paired(g, "a1", "b1"), "no name shared but the country: " + g.contradictions());
    }
}
