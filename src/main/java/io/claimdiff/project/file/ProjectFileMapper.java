package io.claimdiff.project.file;

import io.claimdiff.model.Article;
import io.claimdiff.model.ArticleMeta;
import io.claimdiff.model.Claim;
import io.claimdiff.model.Stance;
import io.claimdiff.model.TextSpan;
import io.claimdiff.project.ArticleSource;
import io.claimdiff.project.ClaimEntry;
import io.claimdiff.project.Link;
import io.claimdiff.project.LinkKind;
import io.claimdiff.project.LinkStatus;
import io.claimdiff.project.Party;
import io.claimdiff.project.ProjectState;
import io.claimdiff.project.Provenance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Maps {@link ProjectState} to the file records and back. Reading checks that the file hangs
 * together (unique ids, spans inside their text, links between existing claims, text matching
 * its SHA-256) and throws {@link IllegalArgumentException} naming what is wrong.
 */
final class ProjectFileMapper {

    private ProjectFileMapper() {
    }

    static ProjectFile toFile(ProjectState state, int version) {
        List<ArticleRecord> articles = state.articles().stream().map(a -> {
            ArticleSource source = state.sources().get(a.id());
            return new ArticleRecord(a.id(), a.path(), a.title(), a.text(),
                    a.furniture().stream().map(ProjectFileMapper::span).toList(),
                    source == null ? ArticleSource.sha256(a.text()) : source.sha256(),
                    source == null ? null : source.importedAt(), a.meta().outlet(), a.meta().url(),
                    a.meta().authors(), a.meta().publishedDate().map(Object::toString).orElse(null));
        }).toList();
        List<PartyRecord> parties = state.parties().stream()
                .map(p -> new PartyRecord(p.name(), p.colour(), p.hidden())).toList();
        List<ClaimRecord> claims = state.claims().stream().map(e -> {
            Claim c = e.claim();
            return new ClaimRecord(c.id(), c.articleId(), span(c.content()), span(c.cue()), span(c.speakerSpan()),
                    c.speaker(), c.party(), c.stance().id(), c.rule(), c.confidence(), id(e.provenance()), e.tags(),
                    e.note());
        }).toList();
        List<LinkRecord> links = state.links().stream().map(l -> new LinkRecord(l.id(), id(l.kind()), l.a(), l.b(),
                l.score(), l.reason(), id(l.status()), id(l.provenance()), l.note())).toList();
        List<TagRecord> tags = state.tagColours().entrySet().stream()
                .map(t -> new TagRecord(t.getKey(), t.getValue()))
                .sorted(Comparator.comparing(TagRecord::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(TagRecord::name))
                .toList();
        return new ProjectFile(version, articles, parties, claims, links, state.memo(), tags);
    }

    static ProjectState fromFile(ProjectFile file) {
        Map<String, Article> articles = new HashMap<>();
        List<Article> ordered = new ArrayList<>();
        Map<String, ArticleSource> sources = new HashMap<>();
        for (ArticleRecord r : list(file.articles())) {
            String text = required(r.text(), "article " + r.id() + " has no text");
            Article article = new Article(required(r.id(), "an article has no id"), nonNull(r.path()),
                    nonNull(r.title()), text, list(r.furniture()).stream().map(s -> span(s, text, r.id())).toList(),
                    new ArticleMeta(r.outlet(), r.url(), r.authors(), published(r.published(), r.id())));
            if (articles.put(article.id(), article) != null) {
                throw new IllegalArgumentException("article id " + article.id() + " appears twice");
            }
            if (!ArticleSource.sha256(text).equals(r.sha256())) {
                throw new IllegalArgumentException("the text of article " + r.id()
                        + " does not match its SHA-256 (the file was edited by hand or damaged)");
            }
            ordered.add(article);
            sources.put(article.id(), new ArticleSource(article.path(), r.sha256(), r.importedAt()));
        }
        Set<String> partyNames = new HashSet<>();
        List<Party> parties = new ArrayList<>();
        for (PartyRecord r : list(file.parties())) {
            if (!partyNames.add(required(r.name(), "a party has no name"))) {
                throw new IllegalArgumentException("party " + r.name() + " appears twice");
            }
            parties.add(new Party(r.name(), required(r.colour(), "party " + r.name() + " has no colour"), r.hidden()));
        }
        Set<String> claimIds = new HashSet<>();
        List<ClaimEntry> claims = new ArrayList<>();
        for (ClaimRecord r : list(file.claims())) {
            claims.add(claim(r, articles, partyNames));
            if (!claimIds.add(r.id())) {
                throw new IllegalArgumentException("claim id " + r.id() + " appears twice");
            }
        }
        List<Link> links = new ArrayList<>();
        for (LinkRecord r : list(file.links())) {
            if (!claimIds.contains(r.a()) || !claimIds.contains(r.b())) {
                throw new IllegalArgumentException("link " + r.id() + " points at a claim that is not in the file");
            }
            links.add(new Link(required(r.id(), "a link has no id"), enumOf(LinkKind.class, r.kind(), "kind"), r.a(),
                    r.b(), r.score(), nonNull(r.reason()), enumOf(LinkStatus.class, r.status(), "status"),
                    enumOf(Provenance.class, r.provenance(), "provenance"), r.note()));
        }
        return new ProjectState(ordered, sources, claims, parties, links, nonNull(file.memo()), tagColours(file));
    }

    private static java.time.LocalDate published(String day, String articleId) {
        if (day == null || day.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(day);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("article " + articleId + " has a publication date that is no day: " + day);
        }
    }

    private static Map<String, String> tagColours(ProjectFile file) {
        Map<String, String> colours = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (TagRecord r : list(file.tags())) {
            String name = required(r.name(), "a tag has no name");
            if (colours.put(name, required(r.colour(), "tag " + name + " has no colour")) != null) {
                throw new IllegalArgumentException("tag " + name + " appears twice");
            }
        }
        return colours;
    }

    private static ClaimEntry claim(ClaimRecord r, Map<String, Article> articles, Set<String> parties) {
        String id = required(r.id(), "a claim has no id");
        Article article = articles.get(r.article());
        if (article == null) {
            throw new IllegalArgumentException("claim " + id + " belongs to article " + r.article()
                    + ", which is not in the file");
        }
        if (!parties.contains(r.party())) {
            throw new IllegalArgumentException("claim " + id + " names party " + r.party() + ", which is not in the file");
        }
        String text = article.text();
        Stance stance;
        try {
            stance = Stance.fromId(required(r.stance(), "claim " + id + " has no stance"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("claim " + id + " has an unknown stance \"" + r.stance() + "\"");
        }
        Claim claim = new Claim(id, article.id(), span(required(r.content(), "claim " + id + " has no content span"),
                text, id), r.cue() == null ? null : span(r.cue(), text, id),
                r.speakerSpan() == null ? null : span(r.speakerSpan(), text, id), nonNull(r.speaker()),
                r.party(), stance, nonNull(r.rule()), r.confidence());
        return new ClaimEntry(claim, enumOf(Provenance.class, r.provenance(), "provenance"), list(r.tags()), r.note());
    }

    private static List<Integer> span(TextSpan span) {
        return span == null ? null : List.of(span.start(), span.end());
    }

    private static TextSpan span(List<Integer> pair, String text, String owner) {
        if (pair.size() != 2 || pair.get(0) == null || pair.get(1) == null || pair.get(0) < 0
                || pair.get(1) < pair.get(0) || pair.get(1) > text.length()) {
            throw new IllegalArgumentException(owner + " has a span " + pair + " outside its article's text");
        }
        return new TextSpan(pair.get(0), pair.get(1));
    }

    private static String id(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String id, String field) {
        try {
            return Enum.valueOf(type, required(id, "a " + field + " is missing").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + field + " \"" + id + "\"");
        }
    }

    private static <T> List<T> list(List<T> value) {
        return value == null ? List.of() : value;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static <T> T required(T value, String problem) {
        if (value == null) {
            throw new IllegalArgumentException(problem);
        }
        return value;
    }
}
