package io.claimdiff.model;

/**
 * A proposed clash between two claims, within one article or across articles.
 *
 * @param a      one claim id
 * @param b      the other claim id
 * @param score  0..1, higher is more certain
 * @param reason one line naming both sides
 */
public record Contradiction(String a, String b, double score, String reason) {
}
