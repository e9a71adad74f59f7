/**
 * The comparison engine: {@link io.claimdiff.compare.ContradictionFinder} reads every claim into a
 * profile (names, event concepts, word stems, what is negated, which side speaks), compares only
 * candidate pairs found through an inverted index (every pair within an article, pairs sharing
 * rare features across articles), links pointing denials to what they answer, and proposes
 * contradictions, supports and same-source clusters with a score and a one-line reason.
 * Depends on the model and the JDK only; pure and deterministic.
 */
package io.claimdiff.compare;
