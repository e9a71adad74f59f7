package io.claimdiff.extract;

import io.claimdiff.model.Article;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures extraction speed on one thread: concatenates the sample articles into ~1 MB and ~10 MB
 * texts, warms up, then reports MB/s by wall clock and by the thread's CPU time (the latter is
 * steadier on a shared machine). Usage: {@code ExtractionBenchmark [sample-articles-dir]}.
 */
public final class ExtractionBenchmark {

    private static final int MB = 1_000_000;

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "sample-articles");
        String corpus = corpus(dir);
        AttributionExtractor extractor = new AttributionExtractor();
        // built directly, without furniture marking: the loader would (rightly) mark every repeated line
        Article warm = new Article("w", "warm.txt", "warm-up", repeat(corpus, MB), List.of());
        for (int i = 0; i < 5; i++) {
            extractor.extract(warm);
        }
        for (int size : new int[] {MB, 10 * MB}) {
            Article article = new Article("b", "bench.txt", "benchmark", repeat(corpus, size), List.of());
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            int runs = size > MB ? 3 : 10;
            long wall = Long.MAX_VALUE;
            long cpu = Long.MAX_VALUE;
            int claims = 0;
            for (int r = 0; r < runs; r++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                claims = extractor.extract(article).size();
                wall = Math.min(wall, System.nanoTime() - t0);
                cpu = Math.min(cpu, threads.getCurrentThreadCpuTime() - c0);
            }
            double mb = article.text().getBytes(StandardCharsets.UTF_8).length / (double) MB;
            System.out.printf(Locale.ROOT, "%6.2f MB  %7d claims  best of %d: wall %7.1f ms = %6.2f MB/s   cpu %7.1f ms = %6.2f MB/s%n",
                    mb, claims, runs, wall / 1e6, mb / (wall / 1e9), cpu / 1e6, mb / (cpu / 1e9));
        }
    }

    private static String corpus(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        StringBuilder b = new StringBuilder();
        for (Path p : files) {
            b.append(Files.readString(p, StandardCharsets.UTF_8)).append("\n\n");
        }
        return b.toString();
    }

    private static String repeat(String corpus, int bytes) {
        StringBuilder b = new StringBuilder(bytes + corpus.length());
        while (b.length() < bytes) {
            b.append(corpus);
        }
        return b.toString();
    }
}
