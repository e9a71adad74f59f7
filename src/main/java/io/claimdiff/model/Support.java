package io.claimdiff.model;

/**
 * A proposed agreement between claims of two parties (one confirms what the other says).
 *
 * @param a      one claim id
 * @param b      the other claim id
 * @param score  0..1
 * @param reason one line naming both sides
 */
public record Support(String a, String b, double score, String reason) {
}
