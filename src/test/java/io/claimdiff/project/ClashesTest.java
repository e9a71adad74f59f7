package io.claimdiff.project;

import io.claimdiff.model.Claim;
import io.claimdiff.model.Stance;
import io.claimdiff.model.TextSpan;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contradiction links grouped into clashes: components, sides, articles per side, order. */
class ClashesTest {

    // one dispute told by three outlets: the accusation in a1 and a2, the denial in a1, a2 and a3
    private static final List<ClaimEntry> CLAIMS = List.of(
            claim("a1-m", "a1", "Kathryn Mayorga", "Mayorga", Stance.ASSERT),
            claim("a1-r", "a1", "Cristiano Ronaldo", "Ronaldo", Stance.DENY),
            claim("a2-m", "a2", "Kathryn Mayorga", "Mayorga", Stance.ASSERT),
            claim("a2-r", "a2", "Ronaldo's lawyer", "Ronaldo", Stance.DENY),
            claim("a3-r", "a3", "Cristiano Ronaldo", "Ronaldo", Stance.DENY),
            claim("a4-x", "a4", "Emmanuel Macron", "France", Stance.ASSERT),
            claim("a4-y", "a4", "Dmitry Peskov", "Russia", Stance.DENY));

    private static final List<Link> CASE = List.of(
            engine("a1-m", "a1-r", 0.90),
            engine("a1-m", "a2-r", 0.81),
            engine("a2-m", "a1-r", 0.81),
            engine("a2-m", "a3-r", 0.70));

    @Test
    void oneDisputeCarriedByThreeOutletsIsOneClash() {
        List<Link> links = new ArrayList<>(CASE);
        links.add(engine("a4-x", "a4-y", 0.60));
        Clashes clashes = Clashes.of(CLAIMS, links);
        assertEquals(2, clashes.all().size());
        Clash k1 = clashes.all().get(0);
        assertEquals("K1", k1.label());
        assertEquals(List.of("a1-m", "a2-m"), k1.affirmed().claims());
        assertEquals(List.of("a1-r", "a2-r", "a3-r"), k1.rejecting().claims());
        assertEquals(List.of("a1", "a2"), k1.affirmed().articles());
        assertEquals(List.of("a1", "a2", "a3"), k1.rejecting().articles());
        assertEquals(List.of("Mayorga"), k1.affirmed().parties());
        assertEquals(List.of("Ronaldo"), k1.rejecting().parties());
        assertEquals(3, k1.outlets());
        assertEquals(List.of(0.90, 0.81, 0.81, 0.70), k1.links().stream().map(Link::score).toList());
        Clash k2 = clashes.all().get(1);
        assertEquals("K2", k2.label());
        assertEquals(List.of("a4-x"), k2.affirmed().claims());
        assertEquals(List.of("a4-y"), k2.rejecting().claims());
        assertEquals(1, k2.outlets());
        assertEquals(k1, clashes.containing(CASE.get(3).id()).orElseThrow());
    }

    @Test
    void labelsFollowTheStrongestLinkAndAcceptedOutranksProposed() {
        List<Link> links = new ArrayList<>(CASE);
        links.add(engine("a4-x", "a4-y", 0.95));
        assertEquals(List.of("a4-x"), Clashes.of(CLAIMS, links).all().get(0).affirmed().claims());
        links.set(3, links.get(3).withStatus(LinkStatus.ACCEPTED));
        Clash k1 = Clashes.of(CLAIMS, links).all().get(0);
        assertEquals(List.of("a2-m", "a1-m"), k1.affirmed().claims(), "the accepted link leads its clash");
        assertEquals(LinkStatus.ACCEPTED, k1.links().get(0).status());
    }

    @Test
    void rejectedLinksSupportsAndUnknownClaimsAreNoPartOfAClash() {
        List<Link> links = new ArrayList<>(CASE);
        // rejecting the links between the a2 accusation and the a1 accusation's denials splits the case
        links.set(1, links.get(1).withStatus(LinkStatus.REJECTED));
        links.set(2, links.get(2).withStatus(LinkStatus.REJECTED));
        links.add(new Link(Link.idFor(LinkKind.SUPPORTS, "a1-r", "a3-r"), LinkKind.SUPPORTS, "a1-r", "a3-r", 0.99,
                "", LinkStatus.ACCEPTED, Provenance.ENGINE, ""));
        links.add(engine("a1-m", "gone", 0.99));
        Clashes clashes = Clashes.of(CLAIMS, links);
        assertEquals(2, clashes.all().size());
        assertEquals(List.of("a1-r"), clashes.all().get(0).rejecting().claims());
        assertEquals(List.of("a3-r"), clashes.all().get(1).rejecting().claims());
        assertTrue(clashes.containing(links.get(1).id()).isEmpty());
        assertTrue(clashes.containing(links.get(4).id()).isEmpty());
        assertTrue(Clashes.of(CLAIMS, List.of()).all().isEmpty());
    }

    @Test
    void aClaimOnBothSidesStaysWhereItsStrongestLinkPutIt() {
        // a1-r rejects a1-m (strong); a weaker link has a4-y reject a1-r
        Clash clash = Clashes.of(CLAIMS, List.of(engine("a1-r", "a4-y", 0.5), engine("a1-m", "a1-r", 0.9)))
                .all().get(0);
        assertEquals(List.of("a1-m"), clash.affirmed().claims());
        assertEquals(List.of("a1-r", "a4-y"), clash.rejecting().claims());
        assertEquals(List.of("Ronaldo", "Russia"), clash.rejecting().parties());
        assertEquals(List.of("a1", "a4"), clash.rejecting().articles());
    }

    @Test
    void theAnalystsLinkPutsTheDenialOnTheRejectingSide() {
        // marked the accusation first, then the denial: the denial still rejects
        Clash marked = Clashes.of(CLAIMS, List.of(analyst("a1-m", "a3-r"))).all().get(0);
        assertEquals(List.of("a1-m"), marked.affirmed().claims());
        assertEquals(List.of("a3-r"), marked.rejecting().claims());
        // two assertions: "a contradicts b", as the link's reason reads
        Clash plain = Clashes.of(CLAIMS, List.of(analyst("a4-x", "a1-m"))).all().get(0);
        assertEquals(List.of("a1-m"), plain.affirmed().claims());
        assertEquals(List.of("a4-x"), plain.rejecting().claims());
    }

    @Test
    void theSameLinksInAnyOrderGiveTheSameClashes() {
        List<Link> links = new ArrayList<>(CASE);
        links.add(engine("a4-x", "a4-y", 0.81));
        links.add(engine("a3-r", "a4-y", 0.81));
        List<Clash> expected = Clashes.of(CLAIMS, links).all();
        Random random = new Random(16);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(links, random);
            assertEquals(expected, Clashes.of(CLAIMS, links).all());
        }
    }

    @Test
    void aProjectSnapshotGivesItsClashes() {
        Clashes clashes = Clashes.of(Fixtures.realistic().snapshot());
        // the fixture's four contradictions: two accepted, one proposed, one rejected
        assertEquals(List.of("K1", "K2", "K3"), clashes.all().stream().map(Clash::label).toList());
        assertEquals(List.of("a1-c1"), clashes.all().get(0).affirmed().claims());
        assertEquals(List.of("a1-c4"), clashes.all().get(0).rejecting().claims());
        assertEquals(List.of("Russia"), clashes.all().get(1).rejecting().parties());
    }

    private static ClaimEntry claim(String id, String article, String speaker, String party, Stance stance) {
        return ClaimEntry.fromEngine(new Claim(id, article, new TextSpan(0, 1), new TextSpan(0, 0), null, speaker,
                party, stance, "test", 0.9));
    }

    private static Link engine(String affirmed, String rejecting, double score) {
        return new Link(Link.idFor(LinkKind.CONTRADICTS, affirmed, rejecting), LinkKind.CONTRADICTS, affirmed,
                rejecting, score, "", LinkStatus.PROPOSED, Provenance.ENGINE, "");
    }

    private static Link analyst(String a, String b) {
        return new Link(Link.idFor(LinkKind.CONTRADICTS, a, b), LinkKind.CONTRADICTS, a, b, 1.0, "",
                LinkStatus.ACCEPTED, Provenance.ANALYST, "");
    }
}
