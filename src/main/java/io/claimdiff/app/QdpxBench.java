package io.claimdiff.app;

import io.claimdiff.export.QdpxExporter;
import io.claimdiff.export.Report;
import io.claimdiff.project.ProjectState;
import io.claimdiff.project.qdpx.QdpxReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * Times the REFI-QDA exchange on the synthetic corpus: writing a {@code .qdpx}, reading it back, and
 * the engine pass an import makes (extraction for the cue words, then comparison).
 */
public final class QdpxBench {

    /** One measurement: the project's size and the median times. */
    public record Figure(int articles, int claims, double mb, long exportMs, long readMs, long completeMs) {
    }

    private QdpxBench() {
    }

    public static Figure run(AppContext context, EngineBench bench, int count) throws Exception {
        ProjectState state = bench.analysedProject(count);
        Path file = Files.createTempFile("claimdiff-bench", ".qdpx");
        try {
            QdpxExporter exporter = new QdpxExporter(AppContext.version());
            Report report = new Report("bench", Instant.EPOCH, state);
            long export = bench.medianMs(() -> {
                exporter.export(report, file);
                return null;
            });
            QdpxReader reader = new QdpxReader(context.loader(), Clock.systemUTC());
            long read = bench.medianMs(() -> reader.read(file));
            QdpxReader.Imported imported = reader.read(file);
            long complete = bench.medianMs(() -> context.projectAnalyzer().completeImport(imported.state(), true));
            return new Figure(count, state.claims().size(), Files.size(file) / (1024.0 * 1024.0), export, read, complete);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
