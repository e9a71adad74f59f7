package io.claimdiff.ui.workspace;

import io.claimdiff.model.ClaimGraph;

import java.util.List;
import java.util.Map;

/**
 * Files opened and analysed in the background, ready to be shown in one step.
 *
 * @param opened     each file's outcome, in order
 * @param graph      the links across the whole project with these articles added, or null when
 *                   they were not compared yet
 * @param highlights each opened article's highlights, by article id, as they would be in the
 *                   project the files were opened against
 */
record OpenedArticles(List<OpenedFile> opened, ClaimGraph graph, Map<String, PreparedHighlights> highlights) {
}
