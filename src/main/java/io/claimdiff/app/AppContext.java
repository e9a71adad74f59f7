package io.claimdiff.app;

import io.claimdiff.compare.ClaimComparer;
import io.claimdiff.compare.ContradictionFinder;
import io.claimdiff.export.ContractJson;
import io.claimdiff.extract.ClaimExtractor;
import io.claimdiff.extract.AttributionExtractor;
import io.claimdiff.ingest.ArticleLoader;
import io.claimdiff.export.ReportExporters;
import io.claimdiff.project.AnalysisService;
import io.claimdiff.project.ProjectAnalyzer;
import io.claimdiff.project.ProjectStore;

import java.time.Clock;

/**
 * Constructor wiring for the whole application, in one place: the command line and the GUI
 * both take their services from here. No DI framework.
 */
public final class AppContext {

    private final ArticleLoader loader;
    private final AnalysisService analysis;
    private final ContractJson contractJson;
    private final SampleArticles samples;
    private final ProjectStore projectStore = new ProjectStore();
    private final ProjectAnalyzer projectAnalyzer;
    private final ReportExporters exporters = ReportExporters.standard(version());

    public AppContext(ArticleLoader loader, ClaimExtractor extractor, ClaimComparer comparer) {
        this.loader = loader;
        this.analysis = new AnalysisService(extractor, comparer);
        this.contractJson = new ContractJson();
        this.samples = new SampleArticles(loader);
        this.projectAnalyzer = new ProjectAnalyzer(analysis, Clock.systemUTC());
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

    /** Opens and saves {@code .claimdiff} files. */
    public ProjectStore projectStore() {
        return projectStore;
    }

    /** Runs the engine over a project, keeping analyst work. */
    public ProjectAnalyzer projectAnalyzer() {
        return projectAnalyzer;
    }

    /** The export formats. */
    public ReportExporters exporters() {
        return exporters;
    }

    /** The program version from the build. */
    public static String version() {
        return Version.get();
    }
}
