package io.claimdiff.project.qdpx;

import io.claimdiff.project.Link;
import io.claimdiff.project.LinkKind;
import io.claimdiff.project.LinkStatus;
import io.claimdiff.project.Provenance;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a ClaimDiff REFI-QDA project uses for what it codes, shared by the export and the
 * import so that a project comes back as it went out: the code categories, the suffix a code
 * gets when its name is taken elsewhere in the codebook ("Russia (tag)"), and how a link is named.
 */
public final class QdaVocabulary {

    /** The code category of each party. */
    public static final String PARTIES = "Parties";
    /** The code category of the four stances. */
    public static final String STANCES = "Stances";
    /** The code category of each speaker. */
    public static final String SPEAKERS = "Speakers";
    /** The code category of the analyst's tags. */
    public static final String TAGS = "Tags";
    /** The code category with one code per accepted contradiction. */
    public static final String CONTRADICTIONS = "Contradictions";
    /** The code category with one code per accepted support. */
    public static final String SUPPORTS = "Supports";

    /** The name of the note that holds the project memo. */
    public static final String PROJECT_MEMO = "Project memo";

    /** Source variables: the article's details, which QDA tools show as document attributes. */
    public static final String TITLE = "Title";
    public static final String OUTLET = "Outlet";
    public static final String PUBLISHED = "Published";
    public static final String AUTHORS = "Authors";
    public static final String ADDRESS = "Address";
    public static final String FILE = "File";
    /** The source variables in the order they are written. */
    public static final java.util.List<String> VARIABLES = java.util.List.of(TITLE, OUTLET, PUBLISHED, AUTHORS,
            ADDRESS, FILE);
    /** How the authors are joined in one text value. */
    public static final String AUTHOR_SEPARATOR = "; ";

    private static final Pattern LINK_NAME = Pattern.compile(
            "(contradicts|supports) \\((proposed|accepted|rejected)(, made by the analyst)?\\): (.*)", Pattern.DOTALL);

    private QdaVocabulary() {
    }

    /** {@code name}, or {@code name (suffix)} / {@code name (suffix N)} when {@code name} is taken. */
    public static String suffixed(String name, String suffix, int attempt) {
        return attempt <= 1 ? name : name + " (" + suffix + (attempt > 2 ? " " + (attempt - 1) : "") + ")";
    }

    /** The name a code had before {@link #suffixed} made it unique. */
    public static String unsuffixed(String name, String suffix) {
        return name.replaceFirst(" \\(" + Pattern.quote(suffix) + "( \\d+)?\\)$", "");
    }

    /** "contradicts (accepted): REASON", with ", made by the analyst" for the analyst's own links. */
    public static String linkName(Link link) {
        return (link.kind() == LinkKind.CONTRADICTS ? "contradicts" : "supports") + " ("
                + link.status().name().toLowerCase(Locale.ROOT)
                + (link.provenance() == Provenance.ANALYST ? ", made by the analyst" : "") + "): " + link.reason();
    }

    /** What a link name written by {@link #linkName} says; empty for a name of another tool. */
    public static Optional<LinkName> parseLinkName(String name) {
        Matcher m = LINK_NAME.matcher(name == null ? "" : name);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new LinkName(m.group(1).equals("contradicts") ? LinkKind.CONTRADICTS : LinkKind.SUPPORTS,
                LinkStatus.valueOf(m.group(2).toUpperCase(Locale.ROOT)),
                m.group(3) == null ? Provenance.ENGINE : Provenance.ANALYST, m.group(4)));
    }

    /** A link's kind, status, maker and reason, read back from its name. */
    public record LinkName(LinkKind kind, LinkStatus status, Provenance provenance, String reason) {
    }
}
