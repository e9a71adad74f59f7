package io.claimdiff.ui.workspace;

import io.claimdiff.project.ClaimEntry;
import io.claimdiff.project.Party;
import io.claimdiff.project.Project;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the highlights of one article depend on: equal inputs give equal highlights, so a pane
 * restyles only when its inputs change.
 *
 * @param claims   the article's claims
 * @param parties  every party by name (their colours and visibility)
 * @param selected the selected claim when it is in this article, else null
 * @param marked   the claim marked for linking (L) when it is in this article, else null
 */
public record HighlightInputs(List<ClaimEntry> claims, Map<String, Party> parties, String selected, String marked) {

    /** The inputs of {@code articleId}'s highlights in {@code project}, with {@code selected} chosen. */
    public static HighlightInputs of(Project project, String articleId, String selected) {
        return of(project, articleId, selected, null);
    }

    /** As {@link #of(Project, String, String)}, with {@code marked} marked for linking. */
    public static HighlightInputs of(Project project, String articleId, String selected, String marked) {
        List<ClaimEntry> claims = project.claimsOf(articleId);
        Map<String, Party> parties = project.parties().stream()
                .collect(Collectors.toMap(Party::name, Function.identity()));
        String selectedHere = claims.stream().anyMatch(c -> c.id().equals(selected)) ? selected : null;
        String markedHere = claims.stream().anyMatch(c -> c.id().equals(marked)) ? marked : null;
        return new HighlightInputs(claims, parties, selectedHere, markedHere);
    }
}
