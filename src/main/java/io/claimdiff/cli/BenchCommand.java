package io.claimdiff.cli;

import io.claimdiff.app.AppContext;
import io.claimdiff.app.BenchCorpus;
import io.claimdiff.app.EngineBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code claimdiff bench}: times the engine on this machine over a corpus grown from the bundled
 * samples (see {@link BenchCorpus}): extraction throughput on one core and its growth with size,
 * extraction plus comparison for 10, 100 and 1,000 articles, and the heap an analysis of 1,000
 * articles holds. {@code --write-article} writes one long generated article for the window.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time the engine on a generated corpus and print a table.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--only", paramLabel = "PART", split = ",",
            description = "Run only these parts: extract, compare, heap, long, map, qdpx (default: all).")
    private List<String> only = new ArrayList<>();

    @Option(names = "--mb", paramLabel = "MB", split = ",", description = "Corpus sizes for extraction (default: 1,10).")
    private List<Double> sizes = new ArrayList<>(List.of(1.0, 10.0));

    @Option(names = "--articles", paramLabel = "N", split = ",",
            description = "Article counts for extract+compare (default: 10,100,1000).")
    private List<Integer> counts = new ArrayList<>(List.of(10, 100, 1000));

    @Option(names = "--heap-articles", paramLabel = "N", description = "Articles held for the heap figure (default: 1000).")
    private int heapArticles = 1000;

    @Option(names = "--map-articles", paramLabel = "N", description = "Articles for the dispute map figure (default: 50).")
    private int mapArticles = 50;

    @Option(names = "--qdpx-articles", paramLabel = "N", description = "Articles in the REFI-QDA exchange (default: 200).")
    private int qdpxArticles = 200;

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs per figure; the median is shown (default: 3).")
    private int runs = 3;

    @Option(names = "--no-warmup", description = "Skip the warm-up (for quick checks).")
    private boolean noWarmup;

    @Option(names = "--json", description = "Print the figures as JSON.")
    private boolean json;

    @Option(names = "--write-article", paramLabel = "FILE",
            description = "Write one generated article of --article-kb kilobytes to FILE and exit.")
    private Path writeArticle;

    @Option(names = "--article-kb", paramLabel = "KB", description = "Size for --write-article and the long article (default: 1024).")
    private int articleKb = 1024;

    private final AppContext context;

    BenchCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        BenchCorpus corpus = new BenchCorpus(context.loader());
        if (writeArticle != null) {
            Files.writeString(writeArticle, corpus.longText(articleKb * 1024), StandardCharsets.UTF_8);
            out.printf("wrote %s (%d KB)%n", writeArticle, Files.size(writeArticle) / 1024);
            return ExitCodes.OK;
        }
        for (String part : only) {
            if (!List.of("extract", "compare", "heap", "long", "map", "qdpx").contains(part)) {
                return ExportCommand.fail(spec.commandLine().getErr(), "unknown bench part '" + part
                        + "'; choose from extract, compare, heap, long, map, qdpx");
            }
        }
        EngineBench bench = new EngineBench(context.analysis(), corpus, runs);
        if (!noWarmup) {
            bench.warmUp();
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        if (wants("extract")) {
            List<EngineBench.Throughput> rows = sizes.stream().map(bench::extraction).toList();
            figures.put("extraction", rows);
            if (!json) {
                printExtraction(out, rows);
            }
        }
        if (wants("compare")) {
            List<EngineBench.Comparison> rows = counts.stream().map(bench::comparison).toList();
            figures.put("comparison", rows);
            if (!json) {
                printComparison(out, rows);
            }
        }
        if (wants("heap")) {
            EngineBench.Heap heap = bench.heap(heapArticles);
            figures.put("heap", heap);
            if (!json) {
                printHeap(out, heap);
            }
        }
        if (wants("long")) {
            EngineBench.LongArticle row = bench.longArticle(articleKb * 1024);
            figures.put("longArticle", row);
            if (!json) {
                out.println("One long article (one thread)");
                out.println(String.format(Locale.ROOT, "%.2f MB, %d claims: extraction %d ms, comparison %d ms"
                        + " (%d contradictions)", row.mb(), row.claims(), row.extractMs(), row.compareMs(),
                        row.contradictions()));
                out.println();
            }
        }
        if (wants("map")) {
            EngineBench.MapFigure map = bench.disputeMap(mapArticles);
            figures.put("disputeMap", map);
            if (!json) {
                out.println("Dispute map (model, SVG, PNG)");
                out.println(String.format(Locale.ROOT, "%d articles: %d rows, %d parties; model %d ms, SVG %d ms,"
                        + " PNG %d ms", map.articles(), map.rows(), map.parties(), map.modelMs(), map.svgMs(), map.pngMs()));
                out.println();
            }
        }
        if (wants("qdpx")) {
            io.claimdiff.app.QdpxBench.Figure q;
            try {
                q = io.claimdiff.app.QdpxBench.run(context, bench, qdpxArticles);
            } catch (Exception e) {
                return ExportCommand.fail(spec.commandLine().getErr(), "qdpx bench failed: " + e);
            }
            figures.put("qdpx", q);
            if (!json) {
                out.println("REFI-QDA exchange (write, read back, engine pass of an import)");
                out.println(String.format(Locale.ROOT, "%d articles, %d claims, %.2f MB: export %d ms, read %d ms,"
                        + " engine pass %d ms", q.articles(), q.claims(), q.mb(), q.exportMs(), q.readMs(), q.completeMs()));
                out.println();
            }
        }
        if (json) {
            out.println(io.claimdiff.project.Json.mapper().writeValueAsString(figures));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private boolean wants(String part) {
        return only.isEmpty() || only.contains(part);
    }

    private static void printExtraction(PrintWriter out, List<EngineBench.Throughput> rows) {
        out.println("Extraction (one thread)");
        out.println("      MB  articles    claims   median ms      MB/s");
        for (EngineBench.Throughput t : rows) {
            out.println(String.format(Locale.ROOT, "%8.2f %9d %9d %11d %9.2f", t.mb(), t.articles(), t.claims(),
                    t.medianMs(), t.mbPerSecond()));
        }
        if (rows.size() >= 2) {
            EngineBench.Throughput first = rows.get(0);
            EngineBench.Throughput last = rows.get(rows.size() - 1);
            out.println(String.format(Locale.ROOT, "time ratio %.0f MB / %.0f MB: %.2f (size ratio %.2f)", last.mb(),
                    first.mb(), (double) last.medianMs() / Math.max(1, first.medianMs()), last.mb() / first.mb()));
        }
        out.println();
    }

    private static void printComparison(PrintWriter out, List<EngineBench.Comparison> rows) {
        out.println("Extract + compare (one thread)");
        out.println("articles    claims  contradictions  supports  extract ms  compare ms  total ms");
        for (EngineBench.Comparison c : rows) {
            out.println(String.format(Locale.ROOT, "%8d %9d %15d %9d %11d %11d %9d", c.articles(), c.claims(),
                    c.contradictions(), c.supports(), c.extractMs(), c.compareMs(), c.totalMs()));
        }
        out.println();
    }

    private static void printHeap(PrintWriter out, EngineBench.Heap h) {
        out.println("Heap after full GC (MemoryMXBean)");
        out.println(String.format(Locale.ROOT, "articles %d, claims %d, links %d: %.1f MB used while held "
                        + "(%.1f MB before the corpus, so %.1f MB for articles, claims and graph); max heap %.0f MB",
                h.articles(), h.claims(), h.links(), h.heldMb(), h.baselineMb(), h.analysisMb(), h.maxMb()));
        out.println();
    }
}
