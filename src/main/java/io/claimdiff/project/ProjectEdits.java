package io.claimdiff.project;

import io.claimdiff.model.Claim;
import io.claimdiff.model.Stance;
import io.claimdiff.model.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The analyst's edits, each made as an undoable {@link Command} and run through the
 * {@link CommandStack}. Methods that find nothing to change do nothing.
 */
public final class ProjectEdits {

    private final Project project;
    private final CommandStack stack;

    public ProjectEdits(Project project, CommandStack stack) {
        this.project = project;
        this.stack = stack;
    }

    /** Adds {@code tag} to the claim, or removes it if present. */
    public void toggleTag(String claimId, String tag) {
        String clean = tag.strip();
        project.claim(claimId).ifPresent(entry -> {
            if (clean.isEmpty()) {
                return;
            }
            List<String> tags = new ArrayList<>(entry.tags());
            boolean had = tags.removeIf(t -> t.equalsIgnoreCase(clean));
            if (!had) {
                tags.add(clean);
            }
            run(new ChangeSet(project, (had ? "Remove tag " : "Tag ") + "“" + clean + "”")
                    .claim(claimId, entry.withTags(tags)));
        });
    }

    /**
     * Renames a tag on every claim that carries it (ignoring case). Refuses a name another tag
     * already has: merge the two instead.
     */
    public void renameTag(String tag, String newName) {
        String clean = newName.strip();
        if (clean.isEmpty() || clean.equals(tag) || !project.tagCounts().containsKey(tag)) {
            return;
        }
        if (!clean.equalsIgnoreCase(tag) && project.tagCounts().containsKey(clean)) {
            throw new IllegalArgumentException("A tag called “" + clean + "” exists already; merge “" + tag
                    + "” into it instead.");
        }
        run(retag(new ChangeSet(project, "Rename tag “" + tag + "” to “" + clean + "”"), tag, clean)
                .tagColours(colours(tag, clean)));
    }

    /** Gives every claim tagged {@code from} the tag {@code into} instead (once); {@code into} keeps its colour. */
    public void mergeTags(String from, String into) {
        Map<String, Integer> tags = project.tagCounts();
        if (from.equalsIgnoreCase(into) || !tags.containsKey(from) || !tags.containsKey(into)) {
            return;
        }
        run(retag(new ChangeSet(project, "Merge tag “" + from + "” into “" + into + "”"), from, into)
                .tagColours(colours(from, null)));
    }

    /** Removes a tag from every claim, with its colour. */
    public void deleteTag(String tag) {
        if (project.tagCounts().containsKey(tag)) {
            run(retag(new ChangeSet(project, "Delete tag “" + tag + "”"), tag, null).tagColours(colours(tag, null)));
        }
    }

    /** Gives a tag a colour ({@code #rrggbb}). */
    public void recolourTag(String tag, String colour) {
        boolean same = project.tagColour(tag).filter(colour::equalsIgnoreCase).isPresent();
        if (same || !project.tagCounts().containsKey(tag)) {
            return;
        }
        Map<String, String> colours = colours(tag, null);
        colours.put(tag, colour);
        run(new ChangeSet(project, "Recolour tag “" + tag + "”").tagColours(colours));
    }

    /** Corrects an article's source details (outlet, address, authors, day) as one undoable edit. */
    public void setArticleMeta(String articleId, io.claimdiff.model.ArticleMeta meta) {
        project.article(articleId).filter(a -> !a.meta().equals(meta)).ifPresent(a ->
                run(new ChangeSet(project, "Edit source details of " + a.fileName()).articleMeta(articleId, meta)));
    }

    /** The analyst's memo on the whole project. */
    public void setProjectMemo(String memo) {
        if (!project.memo().equals(memo)) {
            run(new ChangeSet(project, "Edit project memo").memo(memo));
        }
    }

    // every claim carrying tag `from` carries `into` in its place, or nothing when `into` is null
    private ChangeSet retag(ChangeSet change, String from, String into) {
        for (ClaimEntry e : project.claims()) {
            if (e.tags().stream().noneMatch(from::equalsIgnoreCase)) {
                continue;
            }
            List<String> tags = new ArrayList<>();
            for (String t : e.tags()) {
                String now = t.equalsIgnoreCase(from) ? into : t;
                if (now != null && tags.stream().noneMatch(now::equalsIgnoreCase)) {
                    tags.add(now);
                }
            }
            change.claim(e.id(), e.withTags(tags));
        }
        return change;
    }

    // the tag colours with `from`'s colour moved to `to`, or dropped when `to` is null
    private Map<String, String> colours(String from, String to) {
        Map<String, String> colours = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        colours.putAll(project.tagColours());
        String colour = colours.remove(from);
        if (to != null && colour != null) {
            colours.put(to, colour);
        }
        return colours;
    }

    public void setNote(String claimId, String note) {
        project.claim(claimId).filter(e -> !e.note().equals(note)).ifPresent(entry ->
                run(new ChangeSet(project, "Edit note").claim(claimId, entry.withNote(note))));
    }

    /** Corrects who said it, their party and the stance. */
    public void editAttribution(String claimId, String speaker, String party, Stance stance) {
        project.claim(claimId).ifPresent(entry -> {
            Claim c = entry.claim();
            if (c.speaker().equals(speaker) && c.party().equals(party) && c.stance() == stance) {
                return;
            }
            run(withPartyIfNew(new ChangeSet(project, "Edit claim"), party)
                    .claim(claimId, entry.withAttribution(speaker, party, stance)));
        });
    }

    /** Corrects the claim's content span. */
    public void editSpan(String claimId, TextSpan content) {
        project.claim(claimId).filter(e -> !e.claim().content().equals(content)).ifPresent(entry ->
                run(new ChangeSet(project, "Change claim span").claim(claimId, entry.withContent(content))));
    }

    /** Deletes a wrong claim and the links that touch it. */
    public void deleteClaim(String claimId) {
        project.claim(claimId).ifPresent(entry -> {
            ChangeSet change = new ChangeSet(project, "Delete claim").claim(claimId, null);
            project.links().stream().filter(l -> l.involves(claimId)).forEach(l -> change.link(l.id(), null));
            run(change);
        });
    }

    /** Adds the analyst's own claim; returns its id. */
    public String addClaim(String articleId, TextSpan content, String speaker, String party, Stance stance) {
        String id = project.newManualClaimId(articleId);
        Claim claim = new Claim(id, articleId, content, new TextSpan(content.start(), content.start()), null,
                speaker, party, stance, "analyst", 1.0);
        run(withPartyIfNew(new ChangeSet(project, "New claim"), party)
                .claim(id, new ClaimEntry(claim, Provenance.ANALYST, List.of(), "")));
        return id;
    }

    public void setLinkStatus(String linkId, LinkStatus status) {
        project.link(linkId).filter(l -> l.status() != status).ifPresent(link -> {
            String verb = switch (status) {
                case ACCEPTED -> "Accept";
                case REJECTED -> "Reject";
                case PROPOSED -> "Reopen";
            };
            run(new ChangeSet(project, verb + (link.kind() == LinkKind.CONTRADICTS ? " contradiction" : " support"))
                    .link(linkId, link.withStatus(status)));
        });
    }

    public void setLinkNote(String linkId, String note) {
        project.link(linkId).filter(l -> !l.note().equals(note)).ifPresent(link ->
                run(new ChangeSet(project, "Edit note").link(linkId, link.withNote(note))));
    }

    /** Links two claims by hand (accepted at once); returns the link id. */
    public String linkClaims(LinkKind kind, String a, String b) {
        if (a.equals(b) || project.claim(a).isEmpty() || project.claim(b).isEmpty()) {
            throw new IllegalArgumentException("link needs two different existing claims");
        }
        String id = Link.idFor(kind, a, b);
        Claim ca = project.claim(a).orElseThrow().claim();
        Claim cb = project.claim(b).orElseThrow().claim();
        String reason = ca.party() + " (" + ca.speaker() + ") "
                + (kind == LinkKind.CONTRADICTS ? "contradicts " : "supports ")
                + cb.party() + " (" + cb.speaker() + ") — linked by the analyst";
        Link link = new Link(id, kind, a, b, 1.0, reason, LinkStatus.ACCEPTED, Provenance.ANALYST,
                project.link(id).map(Link::note).orElse(""));
        run(new ChangeSet(project, kind == LinkKind.CONTRADICTS ? "Link as contradiction" : "Link as support")
                .link(id, link));
        return id;
    }

    public void recolourParty(String name, String colour) {
        project.party(name).filter(p -> !p.colour().equalsIgnoreCase(colour)).ifPresent(p ->
                run(new ChangeSet(project, "Recolour " + name).party(name, p.withColour(colour))));
    }

    public void setPartyHidden(String name, boolean hidden) {
        project.party(name).filter(p -> p.hidden() != hidden).ifPresent(p ->
                run(new ChangeSet(project, (hidden ? "Hide " : "Show ") + name).party(name, p.withHidden(hidden))));
    }

    /** Renames a party; refuses a name already taken (merge those instead). */
    public void renameParty(String name, String newName) {
        String clean = newName.strip();
        if (clean.isEmpty() || clean.equals(name)) {
            return;
        }
        if (project.party(clean).isPresent()) {
            throw new IllegalArgumentException("a party called " + clean + " exists already; merge them instead");
        }
        project.party(name).ifPresent(p -> {
            ChangeSet change = new ChangeSet(project, "Rename " + name + " to " + clean)
                    .party(name, null).party(clean, p.withName(clean));
            moveClaims(change, e -> e.claim().party().equals(name), clean);
            run(change);
        });
    }

    /** Moves every claim of party {@code from} to {@code into} and removes {@code from}. */
    public void mergeParties(String from, String into) {
        if (from.equals(into) || project.party(from).isEmpty() || project.party(into).isEmpty()) {
            return;
        }
        ChangeSet change = new ChangeSet(project, "Merge " + from + " into " + into).party(from, null);
        moveClaims(change, e -> e.claim().party().equals(from), into);
        run(change);
    }

    /** Moves every claim by {@code speaker} to {@code party} (created if new). */
    public void moveSpeaker(String speaker, String party) {
        ChangeSet change = withPartyIfNew(new ChangeSet(project, "Move " + speaker + " to " + party), party);
        moveClaims(change, e -> e.claim().speaker().equals(speaker) && !e.claim().party().equals(party), party);
        if (!change.isEmpty()) {
            run(change);
        }
    }

    private void moveClaims(ChangeSet change, java.util.function.Predicate<ClaimEntry> which, String party) {
        project.claims().stream().filter(which).forEach(e -> change.claim(e.id(), e.withParty(party)));
    }

    private ChangeSet withPartyIfNew(ChangeSet change, String party) {
        if (project.party(party).isEmpty()) {
            change.party(party, new Party(party, PartyPalette.colourFor(party, project.usedColours()), false));
        }
        return change;
    }

    private void run(ChangeSet change) {
        Objects.requireNonNull(change);
        stack.execute(change);
    }
}
