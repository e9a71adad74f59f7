package io.claimdiff.compare;

import io.claimdiff.model.Article;
import io.claimdiff.model.ClaimGraph;
import io.claimdiff.model.Stance;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A blanket rebuttal disputes the whole case of the side it rebuts, in its article and across outlets. */
class RebuttalsTest {

    /** An accusation in three statements, a neutral party's statement, and a "fake news" rebuttal. */
    private static Fixture accusation() {
        Fixture f = new Fixture();
        Article a = f.article("a", """
                Singer sued over festival injuries
                Concert-goer Mara Quist alleges that singer Dario Vell pushed her off the stage in Rotterdam.
                Quist also claims Vell ignored her calls for help after the fall.
                She says Vell's manager offered her money to stay silent.
                City police said the case file had been reopened and detectives were reviewing footage.
                "It is fake news," Vell said in a video on Sunday.
                """);
        f.claim(a, "q1", "singer Dario Vell pushed her off the stage in Rotterdam", "Mara Quist", "Mara Quist", Stance.ASSERT);
        f.claim(a, "q2", "Vell ignored her calls for help after the fall", "Mara Quist", "Mara Quist", Stance.ASSERT);
        f.claim(a, "q3", "Vell's manager offered her money to stay silent", "Mara Quist", "Mara Quist", Stance.ASSERT);
        f.claim(a, "p1", "the case file had been reopened and detectives were reviewing footage", "City police",
                "Rotterdam police", Stance.ASSERT);
        f.claim(a, "v1", "It is fake news,", "Dario Vell", "Dario Vell", Stance.DENY);
        return f;
    }

    @Test
    void fakeNewsDisputesEveryStatementOfTheAccuserAboutTheOneRebutting() {
        Fixture f = accusation();

        ClaimGraph g = new ContradictionFinder().compare(f.articles, f.claims);

        assertTrue(Fixture.paired(g, "q1", "v1"), g.contradictions().toString());
        assertTrue(Fixture.paired(g, "q2", "v1"), g.contradictions().toString());
        assertTrue(Fixture.paired(g, "q3", "v1"), g.contradictions().toString());
        assertFalse(Fixture.paired(g, "p1", "v1"), "the police say nothing about the singer: " + g.contradictions());
    }

    @Test
    void aRebuttalThatNamesTheReportDisputesWhatThatSideReported() {
        Fixture f = new Fixture();
        Article a = f.article("a", """
                Chipmaker denies leak report
                The Ledger reported that Korvath Semiconductor had lost design files for its new processor to hackers.
                The Ledger also said Korvath had delayed telling its customers for six months.
                The newspaper stands by its story, its editor said.
                Korvath Semiconductor said the Ledger's report was false.
                Analysts said the shares had recovered by the afternoon.
                """);
        f.claim(a, "l1", "Korvath Semiconductor had lost design files for its new processor to hackers", "The Ledger",
                "The Ledger", Stance.ASSERT);
        f.claim(a, "l2", "Korvath had delayed telling its customers for six months", "The Ledger", "The Ledger",
                Stance.ASSERT);
        f.claim(a, "l3", "The newspaper stands by its story", "its editor", "The Ledger", Stance.ASSERT);
        f.claim(a, "k1", "the Ledger's report was false", "Korvath Semiconductor", "Korvath", Stance.DENY);
        f.claim(a, "n1", "the shares had recovered by the afternoon", "Analysts", "Analysts", Stance.ASSERT);

        ClaimGraph g = new ContradictionFinder().compare(f.articles, f.claims);

        assertTrue(Fixture.paired(g, "l1", "k1"), g.contradictions().toString());
        assertTrue(Fixture.paired(g, "l2", "k1"), g.contradictions().toString());
        assertTrue(Fixture.paired(g, "l3", "k1"), "standing by the story is the case itself: " + g.contradictions());
        assertFalse(Fixture.paired(g, "n1", "k1"), g.contradictions().toString());
    }

    @Test
    void theRebuttalReachesTheAccusationAsAnotherOutletTellsIt() {
        Fixture f = accusation();
        Article b = f.article("b", """
                Dario Vell accused of assault at Rotterdam concert
                Mara Quist says Dario Vell shoved her from the stage during the encore.
                Vell's manager Ruud Kemp did not respond to requests for comment.
                """);
        f.claim(b, "b1", "Dario Vell shoved her from the stage during the encore", "Mara Quist", "Mara Quist", Stance.ASSERT);

        ClaimGraph g = new ContradictionFinder().compare(f.articles, f.claims);

        assertTrue(Fixture.paired(g, "b1", "v1"), g.contradictions().toString());
    }

    @Test
    void aSpecificDenialIsNotABlanketOne() {
        Fixture f = new Fixture();
        Article a = f.article("a", """
                Port strike talks
                Union leader Ines Roth said the port operator had cut night-shift pay by a fifth.
                Roth said the operator had also refused to meet the union since May.
                The operator denied that it had refused to meet the union.
                """);
        f.claim(a, "r1", "the port operator had cut night-shift pay by a fifth", "Ines Roth", "Union", Stance.ASSERT);
        f.claim(a, "r2", "the operator had also refused to meet the union since May", "Ines Roth", "Union", Stance.ASSERT);
        f.claim(a, "o1", "it had refused to meet the union", "The operator", "Port operator", Stance.DENY);

        ClaimGraph g = new ContradictionFinder().compare(f.articles, f.claims);

        assertTrue(Fixture.paired(g, "r2", "o1"), g.contradictions().toString());
        assertFalse(Fixture.paired(g, "r1", "o1"), "the operator denies one thing, not the pay cut: " + g.contradictions());
    }

    @Test
    void theRebuttersOwnLawyerIsNotHisAccuser() {
        Fixture f = new Fixture();
        Article a = f.article("a", """
                Singer calls assault claim fake news
                Lawyer Tomas Brandt said the report violated the rights of our client Dario Vell in a serious way.
                Brandt said the firm would sue the magazine on behalf of our client Dario Vell.
                Concert-goer Mara Quist alleges that Vell pushed her off the stage in Rotterdam.
                "It is fake news," Vell said in a video on Sunday.
                """);
        f.claim(a, "l1", "the report violated the rights of our client Dario Vell in a serious way", "Tomas Brandt",
                "Tomas Brandt", Stance.ASSERT);
        f.claim(a, "l2", "the firm would sue the magazine on behalf of our client Dario Vell", "Tomas Brandt",
                "Tomas Brandt", Stance.ASSERT);
        f.claim(a, "q1", "Vell pushed her off the stage in Rotterdam", "Mara Quist", "Mara Quist", Stance.ASSERT);
        f.claim(a, "v1", "It is fake news,", "Dario Vell", "Dario Vell", Stance.DENY);

        ClaimGraph g = new ContradictionFinder().compare(f.articles, f.claims);

        assertTrue(Fixture.paired(g, "q1", "v1"), g.contradictions().toString());
        assertFalse(Fixture.paired(g, "l1", "v1"), "his lawyer speaks for him: " + g.contradictions());
        assertFalse(Fixture.paired(g, "l2", "v1"), g.contradictions().toString());
    }

    @Test
    void destroyedAndReturnedSafelyExcludeEachOtherWithoutANegation() {
        Fixture f = new Fixture();
        Article a = f.article("a", """
                Navy downs drone
                Admiral Tess Okoro said the frigate destroyed a Sorvian drone over the strait.
                Sorvia's army said the Sorvian drone over the strait had returned safely to its base.
                """);
        f.claim(a, "o1", "the frigate destroyed a Sorvian drone over the strait", "Tess Okoro", "Ostland", Stance.ASSERT);
        f.claim(a, "s1", "the Sorvian drone over the strait had returned safely to its base", "Sorvia's army", "Sorvia",
                Stance.ASSERT);

        ClaimGraph g = new ContradictionFinder().compare(f.articles, f.claims);

        assertTrue(Fixture.paired(g, "o1", "s1"), g.contradictions().toString());
    }

    @Test
    void inALiveBlogAStatementAboutTheRebutterFarAwayIsAnotherStory() {
        StringBuilder text = new StringBuilder("Election live blog\n");
        text.append("Mara Quist alleges that senator Dario Vell took bribes from a builder.\n");
        text.append("\"It is fake news,\" Vell said on Sunday.\n");
        for (int k = 0; k < 12; k++) {
            text.append("Analyst Ola Berg").append(k).append(" said turnout in district ").append(k)
                    .append(" had reached a record.\n");
        }
        text.append("Quist also said Vell would open the new bridge in May.\n");
        Fixture f = new Fixture();
        Article a = f.article("a", text.toString());
        f.claim(a, "q1", "senator Dario Vell took bribes from a builder", "Mara Quist", "Mara Quist", Stance.ASSERT);
        f.claim(a, "v1", "It is fake news,", "Dario Vell", "Dario Vell", Stance.DENY);
        for (int k = 0; k < 12; k++) {
            f.claim(a, "n" + k, "turnout in district " + k + " had reached a record", "Ola Berg" + k, "Analysts",
                    Stance.ASSERT);
        }
        f.claim(a, "r1", "Vell would open the new bridge in May", "Mara Quist", "Mara Quist", Stance.ASSERT);

        ClaimGraph g = new ContradictionFinder().compare(f.articles, f.claims);

        assertTrue(Fixture.paired(g, "q1", "v1"), g.contradictions().toString());
        assertFalse(Fixture.paired(g, "r1", "v1"), "a dozen items later, another story: " + g.contradictions());
    }

    @Test
    void oneDealtWithIsNotOneAccused() {
        Fixture f = new Fixture();
        Article a = f.article("a", """
                Ostland accuses Sorvia
                Ostland's prime minister Lena Falk said agents of Sorvia had planned the sabotage of the pipeline.
                Falk said Ostland wanted to work constructively with Sorvia on the inquiry.
                Sorvia's foreign ministry said the accusation was absurd.
                """);
        f.claim(a, "o1", "agents of Sorvia had planned the sabotage of the pipeline", "Lena Falk", "Ostland", Stance.ASSERT);
        f.claim(a, "o2", "Ostland wanted to work constructively with Sorvia on the inquiry", "Lena Falk", "Ostland",
                Stance.ASSERT);
        f.claim(a, "s1", "the accusation was absurd", "Sorvia's foreign ministry", "Sorvia", Stance.DENY);

        ClaimGraph g = new ContradictionFinder().compare(f.articles, f.claims);

        assertTrue(Fixture.paired(g, "o1", "s1"), g.contradictions().toString());
        assertFalse(Fixture.paired(g, "o2", "s1"), "working with Sorvia accuses it of nothing: " + g.contradictions());
    }

    @Test
    void aDemandIsNotPartOfTheCaseARebuttalAnswers() {
        Fixture f = new Fixture();
        Article a = f.article("a", """
                Ostland accuses Sorvia
                Ostland's prime minister Lena Falk said agents of Sorvia had planned the sabotage of the pipeline.
                Falk said Sorvia needs to take this matter with the utmost seriousness.
                Sorvia's foreign ministry rejected the allegations by Falk as absurd.
                """);
        f.claim(a, "o1", "agents of Sorvia had planned the sabotage of the pipeline", "Lena Falk", "Ostland", Stance.ASSERT);
        f.claim(a, "o2", "Sorvia needs to take this matter with the utmost seriousness", "Lena Falk", "Ostland",
                Stance.ASSERT);
        f.claim(a, "s1", "rejected the allegations by Falk as absurd", "Sorvia's foreign ministry", "Sorvia",
                Stance.DENY);

        ClaimGraph g = new ContradictionFinder().compare(f.articles, f.claims);

        assertTrue(Fixture.paired(g, "o1", "s1"), g.contradictions().toString());
        assertFalse(Fixture.paired(g, "o2", "s1"), "a demand states nothing to deny: " + g.contradictions());
    }

    @Test
    void aLaterRebuttalOfTheSameSpeakerAnswersTheSameAccuser() {
        Fixture f = new Fixture();
        Article a = f.article("a", """
                Chipmaker chief rejects spy report
                Korvath chief Ida Lind denies all allegations that hackers stole the chip designs of Korvath.
                Lind said the company searched every record.
                "There is no truth to this," Lind said.
                The Ledger said seventeen sources confirmed that hackers stole the chip designs.
                The Ledger said in a statement that it stands by its story.
                """);
        f.claim(a, "k1", "denies all allegations that hackers stole the chip designs of Korvath", "Ida Lind", "Korvath",
                Stance.DENY);
        f.claim(a, "k2", "the company searched every record", "Ida Lind", "Korvath", Stance.ASSERT);
        f.claim(a, "k3", "There is no truth to this,", "Ida Lind", "Korvath", Stance.DENY);
        f.claim(a, "l1", "seventeen sources confirmed that hackers stole the chip designs", "The Ledger", "The Ledger",
                Stance.ASSERT);
        f.claim(a, "l2", "it stands by its story", "The Ledger", "The Ledger", Stance.ASSERT);

        ClaimGraph g = new ContradictionFinder().compare(f.articles, f.claims);

        assertTrue(Fixture.paired(g, "k1", "l1"), g.contradictions().toString());
        assertTrue(Fixture.paired(g, "k3", "l2"), "nothing of the Ledger's comes before it: " + g.contradictions());
    }

    @Test
    void twoSidesSayingAsMuchAboutTheRebutterAreBothHisAccusers() {
        Fixture f = new Fixture();
        Article a = f.article("a", """
                Singer accused
                Concert-goer Mara Quist alleges she was pushed off the stage by singer Dario Vell in 2019.
                The Ledger reported on Friday that Quist had accused Vell of assault.
                City police said the case file had been reopened.
                "It is fake news," Vell said in a video on Sunday.
                """);
        f.claim(a, "q1", "she was pushed off the stage by singer Dario Vell in 2019", "Mara Quist", "Mara Quist",
                Stance.ASSERT);
        f.claim(a, "l1", "Quist had accused Vell of assault", "The Ledger", "The Ledger", Stance.ASSERT);
        f.claim(a, "p1", "the case file had been reopened", "City police", "Rotterdam police", Stance.ASSERT);
        f.claim(a, "v1", "It is fake news,", "Dario Vell", "Dario Vell", Stance.DENY);

        ClaimGraph g = new ContradictionFinder().compare(f.articles, f.claims);

        assertTrue(Fixture.paired(g, "q1", "v1"), g.contradictions().toString());
        assertTrue(Fixture.paired(g, "l1", "v1"), g.contradictions().toString());
        assertFalse(Fixture.paired(g, "p1", "v1"), g.contradictions().toString());
    }

    @Test
    void acrossOutletsSurelyOfOneEventNamingTheRebuttersCountryIsEnough() {
        Fixture f = new Fixture();
        Article a = f.article("a", """
                Iran rejects Brenn's pipeline claim
                Prime minister Aldo Brenn said on Monday that Iran was behind the sabotage.
                Iran's foreign ministry said the accusation was absurd.
                Brenn and Okoro had spoken in Varna. Okoro backed Brenn.
                """);
        f.claim(a, "a1", "Iran was behind the sabotage", "Aldo Brenn", "Ostland", Stance.ASSERT);
        f.claim(a, "i1", "the accusation was absurd", "Iran's foreign ministry", "Iran", Stance.DENY);
        Article b = f.article("b", """
                Brenn blames Iran for pipeline sabotage
                Prime minister Aldo Brenn said Iranian agents had paid two divers for the sabotage.
                Brenn spoke in Varna with Tess Okoro. Okoro said the inquiry would take a year.
                """);
        f.claim(b, "b1", "Iranian agents had paid two divers for the sabotage", "Aldo Brenn", "Ostland",
                Stance.ASSERT);
        List<String> texts = f.articles.stream().map(Article::text).toList();

        ClaimGraph g = new ContradictionFinder().compare(f.articles, f.claims);

        assertTrue(Events.of(texts, Tokens.names(texts)).close(0, 1));
        assertTrue(Fixture.paired(g, "b1", "i1"), g.contradictions().toString());
    }
}
