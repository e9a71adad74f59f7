package io.claimdiff.extract;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Apache OpenNLP's maximum-entropy tagger with its Universal Dependencies English (EWT) model,
 * decoding greedily: a beam of one tags twice as fast as the default three and gave the same
 * attribution figures (docs/decisions/0007-grammar-from-opennlp.md).
 */
final class OpenNlpTagger implements PosTagger {

    static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    /** The model is read once, on first use, and never changes: taggers share it. */
    private static final class Model {
        static final POSModel POS = read();

        private static POSModel read() {
            try (InputStream in = OpenNlpTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + MODEL_RESOURCE);
                }
                return new POSModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final BeamSearch search;
    private final POSContextGenerator context;
    private final opennlp.tools.util.SequenceValidator<String> validator;

    /** A tagger over the shared model; its feature caches are its own. */
    OpenNlpTagger() {
        POSModel model = Model.POS;
        MaxentModel maxent = model.getArtifact("pos.model");
        this.search = new BeamSearch(1, maxent);
        this.context = model.getFactory().getPOSContextGenerator();
        this.validator = model.getFactory().getSequenceValidator();
    }

    /** Reads the model now (a start-up warm-up may call this off the UI thread). */
    static void preload() {
        POSModel ignored = Model.POS;
    }

    @Override
    public String[] tag(String[] words) {
        if (words.length == 0) {
            return new String[0];
        }
        return search.bestSequence(words, null, context, validator).getOutcomes().toArray(new String[0]);
    }
}
