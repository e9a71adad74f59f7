package io.claimdiff.extract;

/**
 * One word, number or punctuation mark of a sentence.
 *
 * @param start offset of its first character in the article text
 * @param end   offset after its last character
 * @param lower the text in lower case with typographic apostrophes made straight
 * @param kind  what sort of token it is
 * @param cap   whether it starts with an upper-case letter
 * @param quote index of the quotation it lies inside, or -1
 */
record Token(int start, int end, String lower, Kind kind, boolean cap, int quote) {

    /** Token classes. */
    enum Kind { WORD, NUMBER, PUNCT, QUOTE_MARK }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean is(String word) {
        return lower.equals(word);
    }

    boolean inQuote() {
        return quote >= 0;
    }

    /** Whether the token at {@code k} follows a comma, also one inside a closing quotation (`“Black Widow,” arguing`). */
    static boolean afterComma(java.util.List<Token> toks, int k) {
        return k > 0 && (toks.get(k - 1).is(",")
                || k > 1 && toks.get(k - 1).kind() == Kind.QUOTE_MARK && toks.get(k - 2).is(","));
    }

    /** Words before {@code offset}, counted up to 2 (callers only ask "none", "one" or "more"). */
    static int wordsBefore(java.util.List<Token> toks, int offset) {
        int n = 0;
        for (int k = 0; k < toks.size() && n < 2; k++) {
            if (toks.get(k).start() >= offset) {
                break;
            }
            n += toks.get(k).isWord() ? 1 : 0;
        }
        return n;
    }

    /** Punctuation that ends a clause inside a sentence. */
    boolean isClauseBreak() {
        return kind == Kind.PUNCT && (lower.equals(";") || lower.equals(":") || lower.equals("—")
                || lower.equals("–") || lower.equals("--") || lower.equals("(") || lower.equals(")"));
    }
}
