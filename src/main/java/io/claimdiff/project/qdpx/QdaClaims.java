package io.claimdiff.project.qdpx;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.Stance;
import io.claimdiff.model.TextSpan;
import io.claimdiff.project.ClaimEntry;
import io.claimdiff.project.Link;
import io.claimdiff.project.LinkKind;
import io.claimdiff.project.LinkStatus;
import io.claimdiff.project.Provenance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a source's coded selections into claims. Selections over the same words are one claim
 * (QualCoder writes one selection per coding); its speaker, party and stance come from their
 * codes, every other code is a tag. A selection's description is the claim's note, unless it is
 * the description ClaimDiff writes ("Peskov (Russia), deny, found by engine (rule). Note: …"),
 * which gives back who found the claim and the note. Annotations go to the claim they cover.
 */
final class QdaClaims {

    static final String UNKNOWN = "unknown";
    static final String IMPORT_RULE = "REFI-QDA coding";
    private static final Pattern CLAIMDIFF_DESCRIPTION = Pattern.compile(
            ".*?, found by (engine|analyst) \\((.*?)\\)(?:\\. Note: (.*))?", Pattern.DOTALL);
    private static final String NOTE_MARK = ". Note: ";

    private final QdeCodes codes;
    private final Function<QdeProject.Note, String> noteText;
    private final List<ClaimEntry> entries = new ArrayList<>();
    private final Map<String, String> claimOfSelection = new HashMap<>();
    private final Map<String, List<String>> claimsOfPairCode = new LinkedHashMap<>();
    private final Set<String> usedNotes = new HashSet<>();
    private final Set<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private final List<String> stray = new ArrayList<>();
    private int outside;

    QdaClaims(QdeCodes codes, Function<QdeProject.Note, String> noteText) {
        this.codes = codes;
        this.noteText = noteText;
    }

    /** Reads the claims of one source, now the article {@code article}. */
    void add(Article article, QdaText text, QdeProject.Source source, Map<String, QdeProject.Note> notes) {
        Map<String, List<QdeProject.Selection>> sameWords = new LinkedHashMap<>();
        Set<String> noteRefs = new HashSet<>(source.noteRefs());
        for (QdeProject.Selection s : source.selections()) {
            if (!text.fits(s.start(), s.end())) {
                outside++;
                continue;
            }
            sameWords.computeIfAbsent(s.start() + ":" + s.end(), k -> new ArrayList<>()).add(s);
            noteRefs.addAll(s.noteRefs());
        }
        Map<TextSpan, String> annotations = new LinkedHashMap<>();
        for (String ref : noteRefs) {
            QdeProject.Note note = notes.get(ref);
            if (note != null && note.selection() != null && text.fits(note.selection().start(), note.selection().end())) {
                annotations.merge(text.span(note.selection().start(), note.selection().end()), noteText.apply(note).strip(),
                        (a, b) -> a + "\n\n" + b);
                usedNotes.add(ref);
            }
        }
        int first = entries.size();
        for (List<QdeProject.Selection> group : sameWords.values()) {
            QdeProject.Selection s = group.get(0);
            TextSpan span = text.span(s.start(), s.end());
            ClaimEntry entry = claim(article.id() + "-q" + (entries.size() - first + 1), article.id(), span, group);
            if (entry == null) {
                String description = description(group);
                if (!description.isBlank()) {
                    annotations.merge(span, description.strip(), (a, b) -> a + "\n\n" + b);
                }
                continue;
            }
            entries.add(entry);
            group.forEach(g -> claimOfSelection.put(g.guid(), entry.id()));
        }
        annotations.forEach((span, note) -> annotate(article, span, note, first));
    }

    private ClaimEntry claim(String id, String articleId, TextSpan span, List<QdeProject.Selection> group) {
        String speaker = null;
        String party = null;
        Stance stance = null;
        List<String> claimTags = new ArrayList<>();
        List<String> pairs = new ArrayList<>();
        for (QdeProject.Selection s : group) {
            for (String ref : s.codeRefs()) {
                QdeCodes.Meaning m = codes.meaning(ref).orElse(null);
                if (m == null) {
                    continue;
                }
                switch (m.kind()) {
                    case SPEAKER -> speaker = speaker == null ? m.name() : speaker;
                    case PARTY -> party = party == null ? m.name() : party;
                    case STANCE -> stance = stance == null ? QdeCodes.stance(m.name()).orElseThrow() : stance;
                    case CONTRADICTION, SUPPORT -> pairs.add(ref);
                    case TAG -> {
                        if (claimTags.stream().noneMatch(t -> t.equalsIgnoreCase(m.name()))) {
                            claimTags.add(m.name());
                        }
                    }
                }
            }
        }
        if (speaker == null && party == null && stance == null && claimTags.isEmpty() && pairs.isEmpty()) {
            return null;
        }
        String description = description(group);
        Matcher ours = CLAIMDIFF_DESCRIPTION.matcher(description.strip());
        boolean fromClaimDiff = ours.matches();
        Provenance provenance = fromClaimDiff && ours.group(1).equals("engine") ? Provenance.ENGINE : Provenance.ANALYST;
        String rule = fromClaimDiff ? ours.group(2) : IMPORT_RULE;
        String note = fromClaimDiff ? (ours.group(3) == null ? "" : ours.group(3)) : description.strip();
        pairs.forEach(p -> claimsOfPairCode.computeIfAbsent(p, k -> new ArrayList<>()).add(id));
        tags.addAll(claimTags);
        Claim claim = new Claim(id, articleId, span, new TextSpan(span.start(), span.start()), null,
                speaker == null ? UNKNOWN : speaker, party == null ? UNKNOWN : party,
                stance == null ? Stance.ASSERT : stance, rule, 1.0);
        return new ClaimEntry(claim, provenance, claimTags, note);
    }

    // QualCoder repeats a claim's description on each of its codings: the first one written is it
    private static String description(List<QdeProject.Selection> group) {
        return group.stream().map(QdeProject.Selection::description).filter(d -> !d.isBlank()).findFirst().orElse("");
    }

    // an annotation belongs to the claim over the same words, else the one it overlaps most
    private void annotate(Article article, TextSpan span, String note, int first) {
        if (note.isEmpty()) {
            return;
        }
        int best = -1;
        int bestOverlap = 0;
        for (int i = first; i < entries.size(); i++) {
            TextSpan c = entries.get(i).claim().content();
            int overlap = c.equals(span) ? Integer.MAX_VALUE : Math.min(c.end(), span.end()) - Math.max(c.start(), span.start());
            if (overlap > bestOverlap) {
                best = i;
                bestOverlap = overlap;
            }
        }
        if (best < 0) {
            String words = span.of(article.text()).replaceAll("\\s+", " ").strip();
            stray.add("Annotation in \"" + article.title() + "\" on \"" + (words.length() > 80 ? words.substring(0, 79)
                    + "…" : words) + "\":\n" + note);
            return;
        }
        ClaimEntry e = entries.get(best);
        if (!e.note().contains(note)) {
            entries.set(best, e.withNote(e.note().isBlank() ? note : e.note() + "\n\n" + note));
        }
    }

    /** The links named by ClaimDiff's {@code <Link>}s, then one accepted link per accepted-pair code. */
    List<Link> links(List<QdeProject.LinkElement> elements, Map<String, QdeProject.Note> notes) {
        Map<String, Link> links = new LinkedHashMap<>();
        for (QdeProject.LinkElement element : elements) {
            String a = claimOfSelection.get(element.origin());
            String b = claimOfSelection.get(element.target());
            QdaVocabulary.LinkName name = QdaVocabulary.parseLinkName(element.name()).orElse(null);
            if (a == null || b == null || a.equals(b) || name == null) {
                continue;
            }
            StringBuilder note = new StringBuilder();
            for (String ref : element.noteRefs()) {
                QdeProject.Note n = notes.get(ref);
                if (n != null) {
                    note.append(note.isEmpty() ? "" : "\n\n").append(noteText.apply(n).strip());
                    usedNotes.add(ref);
                }
            }
            String id = Link.idFor(name.kind(), a, b);
            links.putIfAbsent(id, new Link(id, name.kind(), a, b, 1.0, name.reason(), name.status(), name.provenance(),
                    note.toString()));
        }
        claimsOfPairCode.forEach((code, claims) -> {
            List<String> two = claims.stream().distinct().limit(2).toList();
            QdeCodes.Meaning m = codes.meaning(code).orElseThrow();
            if (two.size() == 2) {
                LinkKind kind = m.kind() == QdeCodes.Kind.CONTRADICTION ? LinkKind.CONTRADICTS : LinkKind.SUPPORTS;
                String id = Link.idFor(kind, two.get(0), two.get(1));
                int mark = m.description().indexOf(NOTE_MARK);
                String reason = mark < 0 ? m.description().strip() : m.description().substring(0, mark).strip();
                String note = mark < 0 ? "" : m.description().substring(mark + NOTE_MARK.length()).strip();
                links.putIfAbsent(id, new Link(id, kind, two.get(0), two.get(1), 1.0, reason.isEmpty() ? m.name() : reason,
                        LinkStatus.ACCEPTED, Provenance.ANALYST, note));
            }
        });
        return links.values().stream().sorted(Comparator.comparing(Link::id)).toList();
    }

    List<ClaimEntry> entries() {
        return List.copyOf(entries);
    }

    /** Notes that became a claim's or a link's note. */
    Set<String> usedNotes() {
        return usedNotes;
    }

    /** Whether some claim or link already holds {@code text} as (part of) its note. */
    boolean holds(String text, List<Link> links) {
        return entries.stream().anyMatch(e -> e.note().contains(text)) || links.stream().anyMatch(l -> l.note().contains(text));
    }

    /** Annotations over words no claim covers, each as a memo paragraph. */
    List<String> strayAnnotations() {
        return stray;
    }

    Set<String> tagsInUse() {
        return tags;
    }

    /** How many selections lay outside their source's text. */
    int outside() {
        return outside;
    }
}
