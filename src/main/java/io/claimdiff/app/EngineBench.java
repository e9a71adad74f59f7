package io.claimdiff.app;

import io.claimdiff.model.Analysis;
import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.ClaimGraph;
import io.claimdiff.project.AnalysisService;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times the engine on a {@link BenchCorpus}, on the calling thread only (one core): extraction
 * throughput, extraction plus comparison for a number of articles, and the heap that an analysis
 * of many articles keeps alive. Each timing is the median of {@code runs} runs after a warm-up.
 */
public final class EngineBench {

    private static final double MB = 1024.0 * 1024.0;

    private final AnalysisService analysis;
    private final BenchCorpus corpus;
    private final int runs;

    public EngineBench(AnalysisService analysis, BenchCorpus corpus, int runs) {
        this.analysis = analysis;
        this.corpus = corpus;
        this.runs = Math.max(1, runs);
    }

    /** Extraction over articles adding up to {@code mb} megabytes of UTF-8 text. */
    public record Throughput(double mb, int articles, int claims, long medianMs) {
        public double mbPerSecond() {
            return medianMs == 0 ? Double.POSITIVE_INFINITY : mb / (medianMs / 1000.0);
        }
    }

    /** Extraction and comparison of {@code articles} articles; times are medians of the runs. */
    public record Comparison(int articles, int claims, int contradictions, int supports, long extractMs,
                             long compareMs, long totalMs) {
    }

    /** One long article: extraction, then comparison of its claims (every pair within an article is a candidate). */
    public record LongArticle(double mb, int claims, int contradictions, long extractMs, long compareMs) {
    }

    /** Heap in use after a full GC, before the corpus exists and while its analysis is held. */
    public record Heap(int articles, int claims, int links, double baselineMb, double heldMb, double maxMb) {
        public double analysisMb() {
            return heldMb - baselineMb;
        }
    }

    /** Runs extraction over the first articles a few times so the JIT has compiled the hot code. */
    public void warmUp() {
        // measured here: extraction reaches its steady speed only after some 10 MB have gone through
        List<Article> articles = corpus.articles(1000);
        for (int i = 0; i < 4; i++) {
            articles.forEach(analysis::extract);
        }
        analysis.analyze(corpus.articles(200));
    }

    public Throughput extraction(double mb) {
        List<Article> articles = corpus.articlesOfSize((long) (mb * MB));
        double bytes = articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
        long[] times = new long[runs];
        int claims = 0;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            claims = 0;
            for (Article article : articles) {
                claims += analysis.extract(article).size();
            }
            times[r] = System.nanoTime() - t0;
        }
        return new Throughput(bytes / MB, articles.size(), claims, median(times) / 1_000_000);
    }

    public Comparison comparison(int count) {
        List<Article> articles = corpus.articles(count);
        long[] extract = new long[runs];
        long[] compare = new long[runs];
        long[] total = new long[runs];
        List<Claim> claims = List.of();
        ClaimGraph graph = null;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            claims = new ArrayList<>();
            for (Article article : articles) {
                claims.addAll(analysis.extract(article));
            }
            long t1 = System.nanoTime();
            graph = analysis.compare(articles, claims);
            long t2 = System.nanoTime();
            extract[r] = t1 - t0;
            compare[r] = t2 - t1;
            total[r] = t2 - t0;
        }
        return new Comparison(count, claims.size(), graph.contradictions().size(), graph.supports().size(),
                median(extract) / 1_000_000, median(compare) / 1_000_000, median(total) / 1_000_000);
    }

    /** The dispute map of {@code articles} analysed articles: its size, and the time to make, draw and paint it. */
    public record MapFigure(int articles, int rows, int parties, long modelMs, long svgMs, long pngMs) {
    }

    /** Times the dispute map (issue 19: 50 articles must render in under a second) on the analysed corpus. */
    public MapFigure disputeMap(int count) {
        io.claimdiff.project.ProjectState state = analysedProject(count);
        long[] model = new long[runs];
        long[] svg = new long[runs];
        long[] png = new long[runs];
        io.claimdiff.project.DisputeMap map = null;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            map = io.claimdiff.project.DisputeMap.of(state, io.claimdiff.project.DisputeMap.Filter.ALL);
            long t1 = System.nanoTime();
            io.claimdiff.export.DisputeMapSvg.render(map, state.parties());
            long t2 = System.nanoTime();
            io.claimdiff.export.DisputeMapPng.render(map, state.parties());
            model[r] = t1 - t0;
            svg[r] = t2 - t1;
            png[r] = System.nanoTime() - t2;
        }
        return new MapFigure(count, map.rows().size(), map.parties().size(), median(model) / 1_000_000,
                median(svg) / 1_000_000, median(png) / 1_000_000);
    }

    /** A project of {@code count} corpus articles with the engine's claims and proposals. */
    public io.claimdiff.project.ProjectState analysedProject(int count) {
        List<Article> articles = corpus.articles(count);
        Analysis a = analysis.analyze(articles);
        io.claimdiff.project.Project project = new io.claimdiff.project.Project();
        for (Article article : articles) {
            project.addArticle(article, io.claimdiff.project.ArticleSource.of(article.path(), article.text(),
                    java.time.Instant.EPOCH));
            project.setEngineClaims(article.id(), a.claims().stream().filter(c -> c.articleId().equals(article.id()))
                    .toList());
        }
        project.setEngineLinks(a.graph());
        return project.snapshot();
    }

    /** The median of {@code runs} timings of {@code work}, in milliseconds. */
    public long medianMs(java.util.concurrent.Callable<?> work) throws Exception {
        long[] times = new long[runs];
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            work.call();
            times[r] = System.nanoTime() - t0;
        }
        return median(times) / 1_000_000;
    }

    public LongArticle longArticle(int chars) {
        Article article = corpus.longArticle(chars);
        long[] extract = new long[runs];
        long[] compare = new long[runs];
        List<Claim> claims = List.of();
        ClaimGraph graph = null;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            claims = analysis.extract(article);
            long t1 = System.nanoTime();
            graph = analysis.compare(List.of(article), claims);
            extract[r] = t1 - t0;
            compare[r] = System.nanoTime() - t1;
        }
        return new LongArticle(article.text().getBytes(StandardCharsets.UTF_8).length / MB, claims.size(),
                graph.contradictions().size(), median(extract) / 1_000_000, median(compare) / 1_000_000);
    }

    /** Heap used after GC while the analysis of {@code count} articles is held. */
    public Heap heap(int count) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        double baseline = usedAfterGc(memory);
        Analysis held = analysis.analyze(corpus.articles(count));
        double used = usedAfterGc(memory);
        int links = held.graph().contradictions().size() + held.graph().supports().size();
        Heap heap = new Heap(count, held.claims().size(), links, baseline, used,
                memory.getHeapMemoryUsage().getMax() / MB);
        // keeps the analysis reachable until it has been measured
        if (held.articles().size() != count) {
            throw new IllegalStateException("lost articles");
        }
        return heap;
    }

    private static double usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return memory.getHeapMemoryUsage().getUsed() / MB;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
