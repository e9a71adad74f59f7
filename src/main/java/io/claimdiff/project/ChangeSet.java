package io.claimdiff.project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command that sets claims, links, parties, tag colours and the project memo to new values and
 * back. Each touched key keeps its value before and after; {@code null} means absent. Every
 * analyst edit is one of these.
 */
final class ChangeSet implements Command {

    private final Project project;
    private final String description;
    private final Map<String, ClaimEntry[]> claims = new LinkedHashMap<>();
    private final Map<String, Link[]> links = new LinkedHashMap<>();
    private final Map<String, Party[]> parties = new LinkedHashMap<>();
    // whole maps, not entries: tags are matched ignoring case, so a rename from "check" to "Check"
    // is one key removed and the same key put, which only whole maps undo exactly
    private List<Map<String, String>> tagColours;
    private String[] memo;
    private final Map<String, io.claimdiff.model.ArticleMeta[]> articleMeta = new LinkedHashMap<>();

    ChangeSet(Project project, String description) {
        this.project = project;
        this.description = description;
    }

    ChangeSet claim(String id, ClaimEntry after) {
        ClaimEntry before = project.claim(id).orElse(null);
        claims.merge(id, new ClaimEntry[] {before, after}, (old, neu) -> new ClaimEntry[] {old[0], neu[1]});
        return this;
    }

    ChangeSet link(String id, Link after) {
        Link before = project.link(id).orElse(null);
        links.merge(id, new Link[] {before, after}, (old, neu) -> new Link[] {old[0], neu[1]});
        return this;
    }

    ChangeSet party(String name, Party after) {
        Party before = project.party(name).orElse(null);
        parties.merge(name, new Party[] {before, after}, (old, neu) -> new Party[] {old[0], neu[1]});
        return this;
    }

    ChangeSet tagColours(Map<String, String> after) {
        Map<String, String> before = tagColours == null ? project.tagColours() : tagColours.get(0);
        Map<String, String> next = Map.copyOf(after);
        tagColours = before.equals(next) ? null : List.of(before, next);
        return this;
    }

    ChangeSet memo(String after) {
        String before = memo == null ? project.memo() : memo[0];
        memo = before.equals(after) ? null : new String[] {before, after};
        return this;
    }

    ChangeSet articleMeta(String articleId, io.claimdiff.model.ArticleMeta after) {
        io.claimdiff.model.ArticleMeta before = project.article(articleId).map(io.claimdiff.model.Article::meta)
                .orElseThrow(() -> new IllegalArgumentException("no article " + articleId));
        articleMeta.merge(articleId, new io.claimdiff.model.ArticleMeta[] {before, after},
                (old, neu) -> new io.claimdiff.model.ArticleMeta[] {old[0], neu[1]});
        return this;
    }

    boolean isEmpty() {
        return claims.isEmpty() && links.isEmpty() && parties.isEmpty() && tagColours == null && memo == null
                && articleMeta.isEmpty();
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void execute() {
        apply(1);
    }

    @Override
    public void undo() {
        apply(0);
    }

    private void apply(int side) {
        // parties first so claims moved to a new party find it with its colour
        parties.forEach((name, values) -> project.putParty(name, values[side]));
        claims.forEach((id, values) -> project.putClaim(id, values[side]));
        links.forEach((id, values) -> project.putLink(id, values[side]));
        if (tagColours != null) {
            project.setTagColours(tagColours.get(side));
        }
        if (memo != null) {
            project.setMemo(memo[side]);
        }
        articleMeta.forEach((id, values) -> project.setArticleMeta(id, values[side]));
        project.changed();
    }
}
