package io.claimdiff.compare;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.Stance;
import io.claimdiff.model.TextSpan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The small lexical pieces: stems, sides, profiles. */
class LexicalPartsTest {

    @Test
    void stemsFoldInflectionsTogether() {
        assertEquals(Stemmer.stem("escalate"), Stemmer.stem("escalating"));
        assertEquals(Stemmer.stem("escalate"), Stemmer.stem("escalation"));
        assertEquals(Stemmer.stem("negotiations"), Stemmer.stem("negotiate"));
        assertEquals(Stemmer.stem("deals"), Stemmer.stem("deal"));
        assertEquals(Stemmer.stem("agreement"), Stemmer.stem("agreed"));
        assertEquals("crisis", Stemmer.stem("crisis"));
        assertNotEquals(Stemmer.stem("sanctions"), Stemmer.stem("sanity"));
    }

    @Test
    void sidesNormalisePlacesBodiesAndJointParties() {
        assertEquals(Set.of("russia"), Sources.sides("Kremlin", "Dmitry Peskov"));
        assertEquals(Set.of("russia"), Sources.sides("Russian officials", "officials"));
        assertEquals(Set.of("france", "russia"), Sources.sides("France / Russia", "officials"));
        assertEquals(Set.of("washington post"), Sources.sides("The Washington Post", "Post"));
        assertEquals(Set.of("ukraine"), Sources.sides("", "Kyiv"));
        assertTrue(Sources.sides("unknown", "unknown").isEmpty());
        assertEquals("peskov", Sources.speakerKey("Dmitry Peskov (Putin's spokesman)", Set.of("russia")));
        assertEquals("nordwind", Sources.speakerKey("Nordwind spokeswoman", Set.of("nordwind")));
        assertEquals("russia", Sources.speakerKey("Kremlin", Set.of("russia")));
    }

    @Test
    void profileReadsNamesConceptsNegationAndPointing() {
        String text = "Title\n“It is a pure invention,” Peskov said. The Post said Trump and Putin had spoken by phone.\n"
                + "Moscow and Paris could not have struck any deals.";
        ClaimProfile invention = profile(text, "It is a pure invention", "Dmitry Peskov", "Russia", Stance.DENY);
        assertTrue(invention.anaphoric());
        ClaimProfile report = profile(text, "Trump and Putin had spoken by phone", "Washington Post", "", Stance.ASSERT);
        assertTrue(report.features().containsKey("@trump") && report.features().containsKey("@putin"));
        assertTrue(report.features().containsKey("#talk"));
        assertFalse(report.anaphoric());
        ClaimProfile deals = profile(text, "Moscow and Paris could not have struck any deals", "Peskov", "Russia",
                Stance.DENY);
        assertEquals(Boolean.TRUE, deals.features().get("#agree"));
        assertFalse(deals.features().containsKey("@russia"), "the speaker's own side is not the topic");
        assertTrue(deals.features().containsKey("@france"));
    }

    @Test
    void anAssertionCallingSomethingFalseIsReadAsADenial() {
        String text = "Title\nThe ministry said the report was false and baseless.\n";
        assertEquals(Stance.DENY, profile(text, "the report was false and baseless", "ministry", "Chile",
                Stance.ASSERT).stance());
    }

    @Test
    void truthWordsRejectOnlyWhenNegated() {
        String text = "Title\nShe said it was not true. He said it is true that the port will open.\n";
        assertEquals(Stance.DENY, profile(text, "it was not true", "Ana", "Chile", Stance.ASSERT).stance());
        assertEquals(Stance.ASSERT, profile(text, "it is true that the port will open", "Rui", "Peru",
                Stance.ASSERT).stance());
    }

    @Test
    void aCallOrAWishInTheMainClauseIsNotAnAccount() {
        String text = "Title\nFalk said Sorvia needs to take this matter seriously. Falk called on allies to act. "
                + "Berg said they had met, during which he urged calm. Berg said Sorvia had planned the sabotage.\n";
        assertTrue(profile(text, "Sorvia needs to take this matter seriously", "Falk", "Ostland", Stance.ASSERT).directive());
        assertTrue(profile(text, "Falk called on allies to act", "Falk", "Ostland", Stance.ASSERT).directive());
        assertFalse(profile(text, "they had met, during which he urged calm", "Berg", "Ostland", Stance.ASSERT)
                .directive(), "a call told inside an account is part of the account");
        assertFalse(profile(text, "Sorvia had planned the sabotage", "Berg", "Ostland", Stance.ASSERT).directive());
        String warnings = "Title\nNATO warned Sorvia against an invasion. NATO warned that Sorvia would invade.\n";
        assertTrue(profile(warnings, "warned Sorvia against an invasion", "NATO", "NATO", Stance.ASSERT).directive());
        assertFalse(profile(warnings, "warned that Sorvia would invade", "NATO", "NATO", Stance.ASSERT).directive());
    }

    @Test
    void aPhrasalVerbIsReadAsTheConceptItStandsFor() {
        String text = "Title\nThe army said all its drones came back to their bases.\n";
        ClaimProfile p = profile(text, "all its drones came back to their bases", "army", "Sorvia", Stance.ASSERT);
        assertTrue(p.features().containsKey("#withdraw"), p.features().toString());
        assertTrue(p.features().containsKey("#aircraft"), p.features().toString());
    }

    private static ClaimProfile profile(String text, String content, String speaker, String party, Stance stance) {
        int at = text.indexOf(content);
        Claim c = new Claim("c", "a", new TextSpan(at, at + content.length()), new TextSpan(at, at), null,
                speaker, party, stance, "t", 1);
        Article article = new Article("a", "a.txt", "Title", text, List.of());
        return Profiler.profile(0, c, text, 0, 0, Profiles.isHeadline(article, c), Sources.sides(party, speaker),
                Tokens.names(List.of(text)));
    }
}
