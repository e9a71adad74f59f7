package io.claimdiff.project.qdpx;

import io.claimdiff.model.Stance;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What each code of a REFI-QDA codebook means to ClaimDiff, by the category it sits in
 * ({@link QdaVocabulary}): a party, a stance, a speaker, an accepted contradiction or support, or
 * else a tag. Names lose the suffix the export added to keep them unique ("Russia (tag)" is the
 * tag "Russia"). Codes of other tools, in any category, are tags named as the code.
 */
final class QdeCodes {

    /** What a code stands for. */
    enum Kind {
        PARTY("party"), STANCE("stance"), SPEAKER("speaker"), CONTRADICTION("pair"), SUPPORT("pair"), TAG("tag");

        final String suffix;

        Kind(String suffix) {
            this.suffix = suffix;
        }
    }

    /**
     * One codable code, read.
     *
     * @param kind        what it stands for
     * @param name        its name without the uniqueness suffix
     * @param description its description
     * @param colour      its colour, or null
     */
    record Meaning(Kind kind, String name, String description, String colour) {
    }

    private final Map<String, Meaning> byGuid = new HashMap<>();

    QdeCodes(List<QdeProject.Code> codes) {
        for (QdeProject.Code code : codes) {
            if (!code.codable() || code.name().isBlank()) {
                continue;
            }
            Kind kind = kindOf(code.category());
            String name = QdaVocabulary.unsuffixed(code.name().strip(), kind.suffix);
            if (kind == Kind.STANCE && stance(name).isEmpty()) {
                kind = Kind.TAG;
                name = code.name().strip();
            }
            byGuid.put(code.guid(), new Meaning(kind, name, code.description(), code.colour()));
        }
    }

    /**
     * Whether the codebook is ClaimDiff's (speakers and stances as codes): the project was made in
     * ClaimDiff, perhaps worked on in another tool since, and its coded selections are all its claims.
     */
    boolean isClaimDiffs() {
        return byGuid.values().stream().anyMatch(m -> m.kind() == Kind.STANCE)
                && byGuid.values().stream().anyMatch(m -> m.kind() == Kind.SPEAKER);
    }

    Optional<Meaning> meaning(String guid) {
        return Optional.ofNullable(byGuid.get(guid));
    }

    static Optional<Stance> stance(String name) {
        for (Stance s : Stance.values()) {
            if (s.id().equalsIgnoreCase(name.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static Kind kindOf(String category) {
        if (category == null) {
            return Kind.TAG;
        }
        String name = QdaVocabulary.unsuffixed(category.strip(), "group").toLowerCase(Locale.ROOT);
        if (name.equals(QdaVocabulary.PARTIES.toLowerCase(Locale.ROOT))) {
            return Kind.PARTY;
        } else if (name.equals(QdaVocabulary.STANCES.toLowerCase(Locale.ROOT))) {
            return Kind.STANCE;
        } else if (name.equals(QdaVocabulary.SPEAKERS.toLowerCase(Locale.ROOT))) {
            return Kind.SPEAKER;
        } else if (name.equals(QdaVocabulary.CONTRADICTIONS.toLowerCase(Locale.ROOT))) {
            return Kind.CONTRADICTION;
        } else if (name.equals(QdaVocabulary.SUPPORTS.toLowerCase(Locale.ROOT))) {
            return Kind.SUPPORT;
        }
        return Kind.TAG;
    }
}
