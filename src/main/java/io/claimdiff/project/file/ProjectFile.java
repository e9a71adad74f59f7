package io.claimdiff.project.file;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The top level of a {@code .claimdiff} file, version {@link ProjectFileFormat#SCHEMA_VERSION}.
 *
 * @param schemaVersion the file format version
 * @param articles      in display order
 * @param claims        in article order, then text order
 * @param parties       in order of first appearance (which fixes their default colours)
 * @param links         contradictions and supports, sorted by id
 * @param memo          the analyst's memo on the project (since version 2)
 * @param tags          the tags given a colour, sorted by name ignoring case (since version 2)
 */
@JsonPropertyOrder({"schemaVersion", "memo", "articles", "parties", "tags", "claims", "links"})
public record ProjectFile(int schemaVersion, List<ArticleRecord> articles, List<PartyRecord> parties,
                          List<ClaimRecord> claims, List<LinkRecord> links, String memo, List<TagRecord> tags) {
}
