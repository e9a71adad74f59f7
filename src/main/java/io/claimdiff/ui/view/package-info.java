/**
 * The view room: what the analyst sees, laid out and bound to the workspace's view models.
 * {@link io.claimdiff.ui.view.MainStage} builds the window on its stage;
 * {@link io.claimdiff.ui.view.MainWindow} lays out the menus, the row of
 * {@link io.claimdiff.ui.view.ArticlePane}s, the side panels, the claims table and the status bar;
 * the dialogs, the highlight styles (RichTextFX style spans, worked out off the FX thread as
 * {@link io.claimdiff.ui.view.PrecomputedHighlights}) and the style sheet {@code claimdiff.css}
 * beside them.
 *
 * <p>Rules and state belong in {@code io.claimdiff.ui.workspace}, which this room uses; it knows
 * nothing of how the application is launched or measured ({@code io.claimdiff.ui.startup},
 * {@code ArchitectureTest}).
 */
package io.claimdiff.ui.view;
