package io.claimdiff.app;

import io.claimdiff.compare.ClaimComparer;
import io.claimdiff.compare.ContradictionFinder;
import io.claimdiff.export.ContractJson;
import io.claimdiff.extract.ClaimExtractor;
import io.claimdiff.extract.AttributionExtractor;
import io.claimdiff.ingest.ArticleLoader;
import io.claimdiff.project.AnalysisService;

/**
 * Constructor wiring for the whole application, in one place: the command line and the GUI
 * both take their services from here. No DI framework.
 */
public final class AppContext {

    private final ArticleLoader loader;
    private final AnalysisService analysis;
    private final ContractJson contractJson;
    private final SampleArticles samples;

    public AppContext(ArticleLoader loader, ClaimExtractor extractor, ClaimComparer comparer) {
        this.loader = loader;
        this.analysis = new AnalysisService(extractor, comparer);
        this.contractJson = new ContractJson();
        this.samples = new SampleArticles(loader);
    }

    /** The production wiring. */
    public static AppContext standard() {
        return new AppContext(new ArticleLoader(), new AttributionExtractor(), new ContradictionFinder());
    }

    public ArticleLoader loader() {
        return loader;
    }

    public AnalysisService analysis() {
        return analysis;
    }

    public ContractJson contractJson() {
        return contractJson;
    }

    public SampleArticles samples() {
        return samples;
    }

    /** The program version from the build. */
    public static String version() {
        return Version.get();
    }
}
