/**
 * The workspace room: what the window knows and the rules it follows, tested without a toolkit.
 * {@link io.claimdiff.ui.workspace.WorkspaceViewModel} and the view models of the panels, the
 * rows they list, opening articles off the FX thread ({@link io.claimdiff.ui.workspace.ArticleOpener},
 * {@link io.claimdiff.ui.workspace.HeadStart}), the project file and the recovery choices, the
 * {@link io.claimdiff.ui.workspace.TaskRunner} views hand work to, and the start-up
 * {@link io.claimdiff.ui.workspace.Trace} that every room marks.
 *
 * <p>Of JavaFX it uses only properties and collections: no controls, stages, RichTextFX or
 * ControlsFX, and nothing of the other rooms ({@code ArchitectureTest}). Highlights worked out
 * ahead reach a pane as {@link io.claimdiff.ui.workspace.PreparedHighlights}, whose form the view
 * chooses.
 */
package io.claimdiff.ui.workspace;
