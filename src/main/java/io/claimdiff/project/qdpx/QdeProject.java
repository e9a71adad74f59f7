package io.claimdiff.project.qdpx;

import java.util.List;
import java.util.Map;

/**
 * A REFI-QDA {@code project.qde} as read, before it becomes a ClaimDiff project: only the parts
 * ClaimDiff uses (text sources, codes, text selections, notes, links, source variables).
 *
 * @param name        the project's name
 * @param origin      the program that wrote it ("ClaimDiff 1.4.0", "QualCoder 3.7"), or ""
 * @param codes       every code and category, depth first, in file order
 * @param sources     the text sources in file order
 * @param notes       the notes, by GUID
 * @param links       the links
 * @param description the project's description, or ""
 * @param variables   variable names by GUID
 * @param skipped     how many sources were left out because they are not text
 */
record QdeProject(String name, String origin, List<Code> codes, List<Source> sources, Map<String, Note> notes,
                  List<LinkElement> links, String description, Map<String, String> variables, int skipped) {

    /**
     * A code or a category.
     *
     * @param guid        its GUID
     * @param name        its name
     * @param category    the name of the outermost code above it, or null at the top
     * @param codable     false for a category
     * @param description its description, or ""
     * @param colour      {@code #rrggbb}, or null
     */
    record Code(String guid, String name, String category, boolean codable, String description, String colour) {
    }

    /**
     * A text source.
     *
     * @param guid       its GUID
     * @param name       its name
     * @param description its description, or ""
     * @param textPath   {@code plainTextPath}, or null when the text is inline
     * @param inlineText {@code PlainTextContent}, or null
     * @param selections its coded or described selections, in file order
     * @param noteRefs   GUIDs of the notes it refers to
     * @param values     its variable values, by variable GUID
     */
    record Source(String guid, String name, String description, String textPath, String inlineText,
                  List<Selection> selections, List<String> noteRefs, Map<String, String> values) {
    }

    /**
     * A selection of text, counted in Unicode code points.
     *
     * @param guid        its GUID
     * @param start       first code point
     * @param end         code point after the last
     * @param description its description, or ""
     * @param codeRefs    GUIDs of the codes applied
     * @param noteRefs    GUIDs of the notes it refers to
     */
    record Selection(String guid, int start, int end, String description, List<String> codeRefs,
                     List<String> noteRefs) {
    }

    /**
     * A note: an annotation of a selection, or a memo of its own.
     *
     * @param guid       its GUID
     * @param name       its title, or ""
     * @param inlineText {@code PlainTextContent}, or null
     * @param textPath   {@code plainTextPath}, or null
     * @param selection  the annotated selection, or null
     */
    record Note(String guid, String name, String inlineText, String textPath, Selection selection) {
    }

    /**
     * A link between two objects.
     *
     * @param guid     its GUID
     * @param name     its name, or ""
     * @param origin   GUID of one end
     * @param target   GUID of the other
     * @param noteRefs GUIDs of its notes
     */
    record LinkElement(String guid, String name, String origin, String target, List<String> noteRefs) {
    }
}
