package io.claimdiff.project.qdpx;

import io.claimdiff.ingest.ArticleLoader;
import io.claimdiff.model.Article;
import io.claimdiff.model.ArticleMeta;
import io.claimdiff.project.ArticleSource;
import io.claimdiff.project.ClaimEntry;
import io.claimdiff.project.Link;
import io.claimdiff.project.Party;
import io.claimdiff.project.ProjectState;
import io.claimdiff.project.file.ProjectFileException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Opens a REFI-QDA project ({@code .qdpx}) written by ClaimDiff, QualCoder or another QDA tool as
 * a ClaimDiff project: text sources become articles, coded selections become claims (speaker,
 * party and stance from their codes, other codes as tags), notes become claim notes or the project
 * memo, and links and accepted-pair codes become links. Nothing is changed on disk.
 */
public final class QdpxReader {

    /** The file extension of REFI-QDA projects. */
    public static final String EXTENSION = "qdpx";

    /**
     * A project read from a {@code .qdpx}.
     *
     * @param state         the project
     * @param fromClaimDiff whether ClaimDiff made it (it says so, or it keeps ClaimDiff's codebook after a
     *                      trip through another tool): its claims are then the whole set, not a start
     * @param notices       what was left out, one line each, for the analyst
     */
    public record Imported(ProjectState state, boolean fromClaimDiff, List<String> notices) {
    }

    private final Clock clock;
    private final ArticleLoader loader;

    /** @param loader finds each text's furniture (captions, bylines) as it would for a text file */
    public QdpxReader(ArticleLoader loader, Clock clock) {
        this.loader = loader;
        this.clock = clock;
    }

    /** Whether {@code file} is named as a REFI-QDA project. */
    public static boolean isQdpx(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                .endsWith("." + EXTENSION);
    }

    /** Reads {@code file}; the exception's message names the file and the problem. */
    public Imported read(Path file) throws ProjectFileException {
        QdpxArchive archive;
        QdeProject qde;
        try {
            archive = QdpxArchive.read(file);
            qde = QdeParser.parse(archive.qde());
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(file.toString(), "no such file");
        } catch (IOException e) {
            throw new ProjectFileException(file, "cannot be read (" + e.getMessage() + ")", e);
        } catch (QdpxArchive.Unreadable | QdeParser.NotAProject e) {
            throw new ProjectFileException(file.toString(), e.getMessage());
        }
        return new Assembly(file, archive, qde).build();
    }

    /** One import in progress. */
    private final class Assembly {
        private final Path file;
        private final QdpxArchive archive;
        private final QdeProject qde;
        private final QdeCodes codes;
        private final QdaClaims claims;
        private final List<Article> articles = new ArrayList<>();
        private final Map<String, ArticleSource> sources = new HashMap<>();
        private final List<String> notices = new ArrayList<>();

        Assembly(Path file, QdpxArchive archive, QdeProject qde) {
            this.file = file;
            this.archive = archive;
            this.qde = qde;
            this.codes = new QdeCodes(qde.codes());
            this.claims = new QdaClaims(codes, this::noteText);
        }

        Imported build() {
            for (QdeProject.Source source : qde.sources()) {
                String stored = source.inlineText() != null ? source.inlineText()
                        : archive.text(source.textPath()).map(b -> new String(b, StandardCharsets.UTF_8)).orElse(null);
                if (stored == null) {
                    notices.add(file + ": the text of \"" + source.name() + "\" is not in the file; left out");
                    continue;
                }
                QdaText text = QdaText.of(stored);
                Article article = article("a" + (articles.size() + 1), source, text.text());
                articles.add(article);
                sources.put(article.id(), ArticleSource.of(article.path(), article.text(), clock.instant()));
                claims.add(article, text, source, qde.notes());
            }
            if (qde.skipped() > 0) {
                notices.add(file + ": " + qde.skipped() + (qde.skipped() == 1 ? " source is" : " sources are")
                        + " not text (a picture, PDF, audio or video) and " + (qde.skipped() == 1 ? "was" : "were")
                        + " left out");
            }
            if (claims.outside() > 0) {
                notices.add(file + ": " + claims.outside() + " coded selections lie outside their text; left out");
            }
            List<Link> links = claims.links(qde.links(), qde.notes());
            String memo = memo(links);
            ProjectState state = new ProjectState(articles, sources, claims.entries(), parties(), links, memo,
                    tagColours());
            return new Imported(state, qde.origin().startsWith("ClaimDiff") || codes.isClaimDiffs(), notices);
        }

        private Article article(String id, QdeProject.Source source, String text) {
            Map<String, String> values = new HashMap<>();
            source.values().forEach((guid, value) -> {
                String name = qde.variables().get(guid);
                if (name != null && !value.isBlank()) {
                    values.put(name, value);
                }
            });
            String title = values.getOrDefault(QdaVocabulary.TITLE, source.name());
            String path = values.getOrDefault(QdaVocabulary.FILE, file + "!/" + source.name());
            ArticleMeta meta = new ArticleMeta(values.get(QdaVocabulary.OUTLET), values.get(QdaVocabulary.ADDRESS),
                    values.containsKey(QdaVocabulary.AUTHORS)
                            ? Arrays.asList(values.get(QdaVocabulary.AUTHORS).split(QdaVocabulary.AUTHOR_SEPARATOR))
                            : List.of(), day(values.get(QdaVocabulary.PUBLISHED)));
            Article read = loader.fromText(id, path, text);
            return new Article(id, path, title, read.text(), read.furniture(), meta);
        }

        // the project memo, then every memo that is not a claim's or a link's, then annotations no claim holds
        private String memo(List<Link> links) {
            StringBuilder memo = new StringBuilder(qde.description().strip());
            for (QdeProject.Note note : qde.notes().values()) {
                if (note.selection() != null || claims.usedNotes().contains(note.guid())) {
                    continue;
                }
                String text = noteText(note).strip();
                // a memo QualCoder kept of a link's note, which the accepted pair's code also carries
                boolean same = text.equals(qde.description().strip()) || claims.holds(text, links);
                if (!text.isEmpty() && !same) {
                    boolean projectMemo = note.name().equals(QdaVocabulary.PROJECT_MEMO);
                    append(memo, projectMemo && memo.isEmpty() ? text : note.name() + "\n" + text);
                }
            }
            claims.strayAnnotations().forEach(line -> append(memo, line));
            return memo.toString();
        }

        private List<Party> parties() {
            Map<String, Party> parties = new LinkedHashMap<>();
            for (QdeProject.Code code : qde.codes()) {
                codes.meaning(code.guid()).filter(m -> m.kind() == QdeCodes.Kind.PARTY && rgb(m.colour()))
                        .ifPresent(m -> parties.putIfAbsent(m.name(), new Party(m.name(), m.colour(), false)));
            }
            return List.copyOf(parties.values());
        }

        private Map<String, String> tagColours() {
            Map<String, String> colours = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (QdeProject.Code code : qde.codes()) {
                codes.meaning(code.guid()).filter(m -> m.kind() == QdeCodes.Kind.TAG && rgb(m.colour())
                        && claims.tagsInUse().contains(m.name()))
                        .ifPresent(m -> colours.putIfAbsent(m.name(), m.colour().toLowerCase(java.util.Locale.ROOT)));
            }
            return colours;
        }

        private String noteText(QdeProject.Note note) {
            if (note.inlineText() != null) {
                return note.inlineText();
            }
            return archive.text(note.textPath()).map(b -> QdaText.of(b).text()).orElse("");
        }
    }

    // a colour ClaimDiff can keep: "#rrggbb"
    private static boolean rgb(String colour) {
        return colour != null && colour.matches("#[0-9A-Fa-f]{6}");
    }

    private static void append(StringBuilder memo, String text) {
        if (!memo.isEmpty()) {
            memo.append("\n\n");
        }
        memo.append(text);
    }

    private static LocalDate day(String value) {
        try {
            return value == null ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
