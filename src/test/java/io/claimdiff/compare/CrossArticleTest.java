package io.claimdiff.compare;

import io.claimdiff.model.Article;
import io.claimdiff.model.ClaimGraph;
import io.claimdiff.model.Stance;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contradictions and clusters across articles of different outlets, on invented stories. */
class CrossArticleTest {

    private static boolean clustered(ClaimGraph g, String... ids) {
        return g.clusters().stream().anyMatch(c -> c.containsAll(List.of(ids)));
    }

    @Test
    void takeoverReportAndCompanyDenialAcrossOutlets() {
        Fixture f = new Fixture();
        Article a = f.article("a", """
                Nordwind in talks to buy Baltic Freight
                Nordwind Logistics is in talks to buy rival Baltic Freight for about 2 billion euros, three people familiar with the matter said.
                Baltic Freight declined to comment on the report.
                Shares of the shipping group rose 4 percent in Hamburg.
                """);
        f.claim(a, "a1", "Nordwind Logistics is in talks to buy rival Baltic Freight for about 2 billion euros",
                "people familiar with the matter", "anonymous sources", Stance.ASSERT);
        f.claim(a, "a2", "declined to comment on the report", "Baltic Freight", "Baltic Freight", Stance.DECLINE);
        Article b = f.article("b", """
                Nordwind says no deal for Baltic Freight
                Nordwind Logistics denied on Tuesday that it was in talks to acquire Baltic Freight.
                "We are not in any discussions with Baltic Freight," a Nordwind spokeswoman told reporters.
                """);
        f.claim(b, "b1", "it was in talks to acquire Baltic Freight", "Nordwind Logistics", "Nordwind Logistics", Stance.DENY);
        f.claim(b, "b2", "We are not in any discussions with Baltic Freight", "Nordwind spokeswoman",
                "Nordwind Logistics", Stance.DENY);
        Article c = f.article("c", """
                Freight stocks climb on merger talk
                Logistics shares climbed on Tuesday even though Nordwind Logistics denied it was in talks to buy Baltic Freight.
                """);
        f.claim(c, "c1", "it was in talks to buy Baltic Freight", "Nordwind Logistics", "Nordwind Logistics", Stance.DENY);

        ClaimGraph g = new ContradictionFinder().compare(f.articles, f.claims);

        assertTrue(Fixture.paired(g, "a1", "b1"), g.contradictions().toString());
        assertTrue(Fixture.paired(g, "a1", "c1"), g.contradictions().toString());
        assertTrue(clustered(g, "b1", "c1"), g.clusters().toString());
        assertFalse(g.contradictions().stream().anyMatch(x -> x.a().equals("a2") || x.b().equals("a2")),
                "declining to comment contradicts nothing");
        assertTrue(g.contradictions().stream().filter(x -> Set.of(x.a(), x.b()).equals(Set.of("a1", "b1")))
                .findFirst().orElseThrow().reason().contains("Nordwind Logistics"));
    }

    @Test
    void clubAnnouncesTransferAndAgentSaysNoDeal() {
        Fixture f = new Fixture();
        Article a = f.article("club", """
                Porto agree fee for Rocha
                FC Porto said on Friday it had agreed a deal with Benfica for the transfer of striker Mateus Rocha, with a medical planned for Monday.
                """);
        f.claim(a, "p1", "it had agreed a deal with Benfica for the transfer of striker Mateus Rocha, with a medical planned for Monday",
                "FC Porto", "FC Porto", Stance.ASSERT);
        Article b = f.article("agent", """
                Rocha's agent: no deal with Porto
                Speaking to Record, Luis Varela said there was no deal with Porto and that nothing has been signed.
                "Mateus is happy at Benfica and is not moving anywhere," Varela added.
                """);
        f.claim(b, "v1", "there was no deal with Porto and that nothing has been signed", "Luis Varela",
                "Mateus Rocha", Stance.DENY);
        f.claim(b, "v2", "Mateus is happy at Benfica and is not moving anywhere", "Luis Varela", "Mateus Rocha",
                Stance.ASSERT);

        ClaimGraph g = new ContradictionFinder().compare(f.articles, f.claims);

        assertTrue(Fixture.paired(g, "p1", "v1"), g.contradictions().toString());
    }

    @Test
    void oppositionAccountAndMinistryRejectionInBrazil() {
        Fixture f = new Fixture();
        Article a = f.article("folha", """
                Vote on pensions to slip, senator says
                Senator Ana Lima said the government had agreed to postpone the pension reform vote until March.
                """);
        f.claim(a, "l1", "the government had agreed to postpone the pension reform vote until March", "Ana Lima",
                "Opposition", Stance.ASSERT);
        Article b = f.article("globo", """
                Ministry: pension vote goes ahead
                The finance ministry rejected Lima's account, saying the pension reform vote would go ahead next week as planned.
                """);
        f.claim(b, "m1", "rejected Lima's account, saying the pension reform vote would go ahead next week as planned",
                "finance ministry", "Brazilian government", Stance.DENY);

        ClaimGraph g = new ContradictionFinder().compare(f.articles, f.claims);

        assertTrue(Fixture.paired(g, "l1", "m1"), g.contradictions().toString());
    }

    @Test
    void unrelatedStoriesSharingANameDoNotClash() {
        Fixture f = new Fixture();
        Article a = f.article("x", """
                Minister visits Lisbon port
                Transport minister Rui Sousa said the Lisbon port expansion would open in June.
                """);
        f.claim(a, "x1", "the Lisbon port expansion would open in June", "Rui Sousa", "Portugal", Stance.ASSERT);
        Article b = f.article("y", """
                Unions deny strike deal
                Dock unions denied that Lisbon had offered them a new pay agreement.
                """);
        f.claim(b, "y1", "Lisbon had offered them a new pay agreement", "dock unions", "Unions", Stance.DENY);

        ClaimGraph g = new ContradictionFinder().compare(f.articles, f.claims);

        assertTrue(g.contradictions().isEmpty(), g.contradictions().toString());
    }

    @Test
    void confirmationAcrossSidesIsASupportNotAContradiction() {
        Fixture f = new Fixture();
        Article a = f.article("s", """
                Leaders spoke by phone
                The Japanese government said Prime Minister Ito and President Moon held a phone call on Sunday about fishing quotas.
                Seoul confirmed the phone call about fishing quotas had taken place.
                """);
        f.claim(a, "j1", "Prime Minister Ito and President Moon held a phone call on Sunday about fishing quotas",
                "Japanese government", "Japan", Stance.ASSERT);
        f.claim(a, "k1", "the phone call about fishing quotas had taken place", "Seoul", "South Korea", Stance.CONFIRM);

        ClaimGraph g = new ContradictionFinder().compare(f.articles, f.claims);

        assertTrue(g.contradictions().isEmpty(), g.contradictions().toString());
        assertTrue(g.supports().stream().anyMatch(s -> Set.of(s.a(), s.b()).equals(Set.of("j1", "k1"))),
                g.supports().toString());
    }

    @Test
    void aBodyDenialWithNothingBeforeItAnswersTheHeadline() {
        Fixture f = new Fixture();
        Article a = f.article("h", """
                Minister Okafor to resign, aides say
                Speaking on Wednesday, the minister's office called it "a baseless rumour".
                """);
        f.claim(a, "h1", "Minister Okafor to resign", "aides", "anonymous sources", Stance.ASSERT);
        f.claim(a, "h2", "a baseless rumour", "the minister's office", "Okafor", Stance.DENY);

        ClaimGraph g = new ContradictionFinder().compare(f.articles, f.claims);

        assertTrue(Fixture.paired(g, "h1", "h2"), g.contradictions().toString());
    }

    @Test
    void claimsOfMissingArticlesOrPastTheTextAreTolerated() {
        Fixture f = new Fixture();
        Article a = f.article("r", """
                Title
                Short text.
                """);
        io.claimdiff.model.Claim past = new io.claimdiff.model.Claim("r1", "r", new io.claimdiff.model.TextSpan(5, 500),
                new io.claimdiff.model.TextSpan(5, 5), null, "Ana", "Chile", Stance.DENY, "t", 1);
        io.claimdiff.model.Claim orphan = new io.claimdiff.model.Claim("o1", "gone", new io.claimdiff.model.TextSpan(0, 10),
                new io.claimdiff.model.TextSpan(0, 0), null, "Rui", "Peru", Stance.ASSERT, "t", 1);
        ClaimGraph g = new ContradictionFinder().compare(List.of(a), List.of(past, orphan));
        assertTrue(g.contradictions().isEmpty(), g.toString());
    }

    @Test
    void noClaimsOrUnknownSourcesGiveAnEmptyGraph() {
        assertTrue(new ContradictionFinder().compare(List.of(), List.of()).contradictions().isEmpty());
        Fixture f = new Fixture();
        Article a = f.article("u", """
                Title
                The plan was agreed. The plan was never agreed.
                """);
        f.claim(a, "u1", "The plan was agreed.", "unknown", "unknown", Stance.ASSERT);
        f.claim(a, "u2", "The plan was never agreed.", null, null, Stance.DENY);
        ClaimGraph g = new ContradictionFinder().compare(f.articles, f.claims);
        assertTrue(g.contradictions().isEmpty() && g.supports().isEmpty(), g.toString());
    }

    @Test
    void oppositePredicatesOnOneMatterClash() {
        Fixture f = new Fixture();
        Article a = f.article("t", """
                Gas talks in Vienna
                The Hungarian delegation said the gas price talks in Vienna would continue on Friday.
                Slovakia's negotiator Peter Kral said the gas price talks in Vienna had collapsed.
                """);
        f.claim(a, "t1", "the gas price talks in Vienna would continue on Friday", "Hungarian delegation",
                "Hungary", Stance.ASSERT);
        f.claim(a, "t2", "the gas price talks in Vienna had collapsed", "Peter Kral", "Slovakia", Stance.ASSERT);

        ClaimGraph g = new ContradictionFinder().compare(f.articles, f.claims);

        assertTrue(Fixture.paired(g, "t1", "t2"), g.contradictions().toString());
    }

    @Test
    void aDenialPinnedOnOtherNamesIsNotAnAnswer() {
        Fixture f = new Fixture();
        Article a = f.article("m", """
                Kremlin: no summit plans
                Zelensky said his negotiators were trying to arrange a meeting with the Russian leader.
                Peskov said there were no discussions about a meeting between Putin and Biden.
                Peskov said there were no discussions about a meeting between Putin and Zelensky.
                """);
        f.claim(a, "z1", "his negotiators were trying to arrange a meeting with the Russian leader", "Volodymyr Zelensky",
                "Ukraine", Stance.ASSERT);
        f.claim(a, "p1", "there were no discussions about a meeting between Putin and Biden", "Dmitry Peskov",
                "Russia", Stance.DENY);
        f.claim(a, "p2", "there were no discussions about a meeting between Putin and Zelensky", "Dmitry Peskov",
                "Russia", Stance.DENY);

        ClaimGraph g = new ContradictionFinder().compare(f.articles, f.claims);

        assertTrue(Fixture.paired(g, "z1", "p2"), g.contradictions().toString());
        assertFalse(Fixture.paired(g, "z1", "p1"), g.contradictions().toString());
    }

    @Test
    void kremlinDenialInOneOutletAnswersThePostReportInAnother() {
        Fixture f = new Fixture();
        Article a = f.article("wp", """
                Trump and Putin spoke by phone, Post reports
                The Washington Post reported that Donald Trump and Vladimir Putin spoke by phone on Thursday about the war in Ukraine.
                """);
        f.claim(a, "w1", "Donald Trump and Vladimir Putin spoke by phone on Thursday about the war in Ukraine",
                "The Washington Post", "The Washington Post", Stance.ASSERT);
        Article b = f.article("afp", """
                Kremlin rejects report of Trump call
                The Kremlin on Monday denied a Washington Post report that Putin and Trump had spoken by phone.
                "This is pure fiction," Kremlin spokesman Dmitry Peskov told reporters.
                """);
        f.claim(b, "k1", "a Washington Post report that Putin and Trump had spoken by phone", "Kremlin", "Russia",
                Stance.DENY);
        f.claim(b, "k2", "This is pure fiction", "Dmitry Peskov", "Russia", Stance.DENY);

        ClaimGraph g = new ContradictionFinder().compare(f.articles, f.claims);

        assertTrue(Fixture.paired(g, "w1", "k1"), g.contradictions().toString());
        assertTrue(Fixture.paired(g, "w1", "k2"), g.contradictions().toString());
        assertTrue(g.contradictions().stream().filter(c -> Set.of(c.a(), c.b()).equals(Set.of("w1", "k2")))
                .allMatch(c -> c.reason().contains("Peskov") && c.reason().contains("Washington Post")));
    }

    @Test
    void twoSpeakersOfOneSideSayingTheSameInTwoOutletsAreOneProposition() {
        Fixture f = new Fixture();
        Article a = f.article("a", """
                Carmaker recalls 40,000 vans
                Velora Motors said the brake fault in its Transit vans had caused no accidents in Europe.
                """);
        f.claim(a, "a1", "the brake fault in its Transit vans had caused no accidents in Europe", "Velora Motors",
                "Velora", Stance.ASSERT);
        Article b = f.article("b", """
                Velora recall widens
                Velora chief executive Lina Hart said the brake fault in the Transit vans had caused no accidents in Europe so far.
                """);
        f.claim(b, "b1", "the brake fault in the Transit vans had caused no accidents in Europe so far", "Lina Hart",
                "Velora", Stance.ASSERT);
        Article c = f.article("c", """
                Velora vans crash in Lyon
                French police said a Velora Transit van with the brake fault had crashed in Lyon, injuring two.
                """);
        f.claim(c, "c1", "a Velora Transit van with the brake fault had crashed in Lyon, injuring two", "French police",
                "France", Stance.ASSERT);

        ClaimGraph g = new ContradictionFinder().compare(f.articles, f.claims);

        assertTrue(clustered(g, "a1", "b1"), g.clusters().toString());
        assertFalse(clustered(g, "a1", "c1"), g.clusters().toString());
    }
}
