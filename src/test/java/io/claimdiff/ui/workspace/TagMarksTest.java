package io.claimdiff.ui.workspace;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.Stance;
import io.claimdiff.model.TextSpan;
import io.claimdiff.project.ClaimEntry;
import io.claimdiff.project.Provenance;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which tags the pane's margin shows beside which paragraph. */
class TagMarksTest {

    private static final String TEXT = "Title\n\nMacron said Putin promised calm.\nPeskov denied any deal.\n";

    private static ClaimEntry entry(String id, String words, List<String> tags) {
        int at = TEXT.indexOf(words);
        Claim c = new Claim(id, "a1", new TextSpan(at, at + words.length()), new TextSpan(at, at), null, "S", "P",
                Stance.ASSERT, "t", 1);
        return new ClaimEntry(c, Provenance.ENGINE, tags, "");
    }

    @Test
    void eachParagraphShowsItsClaimsTagsOnceInTheirColours() {
        Article a = new Article("a1", "a.txt", "Title", TEXT, List.of());
        var marks = TagMarks.of(a, List.of(
                entry("c1", "Putin promised calm", List.of("check", "Key")),
                entry("c2", "any deal", List.of("CHECK")),
                entry("c3", "Macron said", List.of("check")),
                entry("c4", "Title", List.of())), Map.of("key", "#aa0000"));
        assertEquals(Map.of(
                2, List.of(new TagMarks.Mark("check", TagMarks.DEFAULT_COLOUR), new TagMarks.Mark("Key", "#aa0000")),
                3, List.of(new TagMarks.Mark("CHECK", TagMarks.DEFAULT_COLOUR))), marks);
    }
}
