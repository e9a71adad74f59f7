package io.claimdiff.extract;

/**
 * Tags the words of one sentence with their parts of speech, as Universal Dependencies tags
 * ({@code NOUN}, {@code PROPN}, {@code VERB}, {@code AUX}, {@code ADJ}, {@code ADV}, {@code ADP},
 * {@code DET}, {@code PRON}, {@code NUM}, {@code SCONJ}, {@code CCONJ}, {@code PART}, {@code PUNCT}, …).
 * An instance may keep caches: use one per thread.
 */
interface PosTagger {

    /** One tag per word. */
    String[] tag(String[] words);

    /** A tagger that knows nothing: every word is {@code X}, so that the rules fall back on words alone. */
    PosTagger NONE = words -> {
        String[] tags = new String[words.length];
        java.util.Arrays.fill(tags, "X");
        return tags;
    };
}
