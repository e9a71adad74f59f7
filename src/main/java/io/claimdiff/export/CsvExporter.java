package io.claimdiff.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.claimdiff.model.Claim;
import io.claimdiff.project.AtomicFiles;
import io.claimdiff.project.ClaimEntry;
import io.claimdiff.project.Json;
import io.claimdiff.project.Link;
import io.claimdiff.project.LinkKind;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code claims.csv}, {@code contradictions.csv} and {@code supports.csv} (UTF-8, header row,
 * RFC 4180 quoting). Written into the directory {@code out}, or into a zip when {@code out}
 * ends with {@code .zip}. Each link row carries its {@code status} (accepted, proposed, rejected) to
 * filter on; with {@link ReportOptions#confirmedOnly()} only accepted rows are written.
 */
public final class CsvExporter implements ReportExporter {

    static final List<String> CLAIM_COLUMNS = List.of("id", "article", "article_title", "article_outlet",
            "article_url", "article_published", "start", "end", "text", "speaker", "party", "stance", "cue", "rule",
            "confidence", "provenance", "tags", "note");
    static final List<String> LINK_COLUMNS = List.of("id", "status", "a", "a_speaker", "a_party", "a_text", "b",
            "b_speaker", "b_party", "b_text", "score", "reason", "provenance", "note");
    private static final CsvMapper CSV = Json.csvMapper();

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String name() {
        return "CSV tables";
    }

    @Override
    public String extension() {
        return "zip";
    }

    @Override
    public void export(Report report, Path out) throws IOException {
        byte[] claims = table(CLAIM_COLUMNS, claimRows(report));
        byte[] contradictions = table(LINK_COLUMNS, linkRows(report, LinkKind.CONTRADICTS));
        byte[] supports = table(LINK_COLUMNS, linkRows(report, LinkKind.SUPPORTS));
        if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            AtomicFiles.write(out, stream -> {
                ZipOutputStream zip = new ZipOutputStream(stream);
                entry(zip, "claims.csv", claims);
                entry(zip, "contradictions.csv", contradictions);
                entry(zip, "supports.csv", supports);
                zip.finish();
            });
        } else {
            Files.createDirectories(out);
            AtomicFiles.write(out.resolve("claims.csv"), claims);
            AtomicFiles.write(out.resolve("contradictions.csv"), contradictions);
            AtomicFiles.write(out.resolve("supports.csv"), supports);
        }
    }

    private static List<List<Object>> claimRows(Report report) {
        List<List<Object>> rows = new ArrayList<>();
        for (ClaimEntry e : report.claims()) {
            Claim c = e.claim();
            var article = report.article(c.articleId());
            String cue = c.cue() == null || article == null || c.cue().end() > article.text().length() ? ""
                    : c.cue().of(article.text());
            var meta = article == null ? io.claimdiff.model.ArticleMeta.NONE : article.meta();
            rows.add(List.of(c.id(), c.articleId(), article == null ? "" : article.title(), meta.outlet(), meta.url(),
                    meta.publishedDate().map(Object::toString).orElse(""), c.content().start(),
                    c.content().end(), report.text(c), c.speaker(), c.party(), c.stance().id(), cue, c.rule(),
                    c.confidence(), e.provenance().name().toLowerCase(Locale.ROOT), String.join("; ", e.tags()),
                    e.note()));
        }
        return rows;
    }

    private static List<List<Object>> linkRows(Report report, LinkKind kind) {
        List<List<Object>> rows = new ArrayList<>();
        for (Link l : report.links(kind)) {
            Claim a = report.claim(l.a()).claim();
            Claim b = report.claim(l.b()).claim();
            rows.add(List.of(l.id(), l.status().name().toLowerCase(Locale.ROOT), a.id(), a.speaker(), a.party(),
                    report.text(a), b.id(), b.speaker(), b.party(), report.text(b), l.score(), l.reason(),
                    l.provenance().name().toLowerCase(Locale.ROOT), l.note()));
        }
        return rows;
    }

    private static byte[] table(List<String> columns, List<List<Object>> rows) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SequenceWriter writer = CSV.writer(schema.build()).writeValues(bytes)) {
            for (List<Object> row : rows) {
                writer.write(row);
            }
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }
}
