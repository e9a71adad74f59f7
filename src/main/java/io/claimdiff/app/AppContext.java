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
    private final Lazy<ContractJson> contractJson = new Lazy<>(ContractJson::new);
    private final SampleArticles samples;
    private final ProjectStore projectStore = new ProjectStore();
    private final ProjectAnalyzer projectAnalyzer;
    private final Lazy<ReportExporters> exporters = new Lazy<>(() -> ReportExporters.standard(version()));

    public AppContext(ArticleLoader loader, ClaimExtractor extractor, ClaimComparer comparer) {
        this.loader = loader;
        this.analysis = new AnalysisService(extractor, comparer);
        this.samples = new SampleArticles(loader);
        this.projectAnalyzer = new ProjectAnalyzer(analysis, Clock.systemUTC());
    }

    /**
     * The production wiring. {@code -Dclaimdiff.grammar=off} makes the extractor read words only, without
     * parts of speech, to measure what grammar adds (docs/decisions/0007-grammar-from-opennlp.md).
     */
    public static AppContext standard() {
        boolean wordsOnly = "off".equals(System.getProperty("claimdiff.grammar"));
        return new AppContext(new ArticleLoader(),
                new LazyExtractor(wordsOnly ? AttributionExtractor::withoutGrammar : AttributionExtractor::new),
                new ContradictionFinder());
    }

    /**
     * Builds what is otherwise built on first use (the extraction engine, the exporters) and runs
     * the engine once over a sample, so that its classes are loaded. For a background thread while
     * the window starts.
     */
    public void preload() {
        exporters.get();
        analysis.analyze(samples.load(1).subList(0, 1));
    }

    public ArticleLoader loader() {
        return loader;
    }

    public AnalysisService analysis() {
        return analysis;
    }

    public ContractJson contractJson() {
        return contractJson.get();
    }

    public SampleArticles samples() {
        return samples;
    }

    /** Opens and saves {@code .claimdiff} files. */
    public ProjectStore projectStore() {
        return projectStore;
    }

    /**
     * Reads a REFI-QDA project ({@code .qdpx}) and runs the engine over it: a project to show, not
     * yet saved anywhere. Slow: call it off the UI thread.
     */
    public io.claimdiff.project.qdpx.QdpxReader.Imported importQdpx(java.nio.file.Path file)
            throws io.claimdiff.project.file.ProjectFileException {
        io.claimdiff.project.qdpx.QdpxReader.Imported read = new io.claimdiff.project.qdpx.QdpxReader(loader,
                Clock.systemUTC()).read(file);
        return new io.claimdiff.project.qdpx.QdpxReader.Imported(
                projectAnalyzer.completeImport(read.state(), read.fromClaimDiff()), read.fromClaimDiff(), read.notices());
    }

    /** Runs the engine over a project, keeping analyst work. */
    public ProjectAnalyzer projectAnalyzer() {
        return projectAnalyzer;
    }

    /** The export formats. */
    public ReportExporters exporters() {
        return exporters.get();
    }

    /** The program version from the build. */
    public static String version() {
        return Version.get();
    }
}
