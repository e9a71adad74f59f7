package io.claimdiff.extract;

/**
 * A quotation inside one paragraph.
 *
 * @param open  offset of the opening mark, or -1 when the quotation starts without one
 * @param start offset of the first quoted character
 * @param end   offset after the last quoted character
 * @param close offset of the closing mark, or -1 when the paragraph ends first
 */
record Quote(int open, int start, int end, int close) {

    /** Offset of the first character including the marks. */
    int outerStart() {
        return open >= 0 ? open : start;
    }

    /** Offset after the last character including the marks. */
    int outerEnd() {
        return close >= 0 ? close + 1 : end;
    }
}
