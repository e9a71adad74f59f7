package io.claimdiff.extract;

import io.claimdiff.model.TextSpan;

/**
 * A noun phrase that names or describes a source, before pronouns and descriptions are resolved.
 *
 * @param span     where it is in the article text
 * @param text     the name or description as it should be shown
 * @param type     person, group or body
 * @param form     name, description or pronoun
 * @param party    the party the phrase itself reveals, or null
 * @param role     the role noun or title ("spokesman", "president"), or null
 * @param definite a short definite description ("the spokesman") that may refer back to a named source
 */
record Mention(TextSpan span, String text, Type type, Form form, String party, String role, boolean definite) {

    /** What sort of source. */
    enum Type { PERSON, GROUP, BODY }

    /** How the source is referred to. */
    enum Form { NAME, DESCRIPTION, PRONOUN }

    Mention withParty(String newParty) {
        return new Mention(span, text, type, form, newParty, role, definite);
    }

    Mention withRole(String newRole) {
        return new Mention(span, text, type, form, party, newRole, definite);
    }

    /** This mention with {@code other}'s party and role where its own are unknown (a name and its apposition). */
    Mention describedBy(Mention other) {
        return new Mention(span, text, type, form, party != null ? party : other.party(),
                role != null ? role : other.role(), definite);
    }
}
