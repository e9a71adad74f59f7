package io.claimdiff.export;

import io.claimdiff.model.Article;
import io.claimdiff.project.AtomicFiles;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * REFI-QDA project exchange ({@code .qdpx}): a zip with {@code project.qde} and each article
 * as {@code sources/GUID.txt}. Claims become coded text selections (codes for speaker, party,
 * stance and tags), contradictions and supports become {@code <Link>}s between selections and,
 * when accepted, codes; notes become annotations and memos ({@link QdaNotes}). See
 * {@link QdeWriter}; {@link io.claimdiff.project.qdpx.QdpxReader} reads it back.
 */
public final class QdpxExporter implements ReportExporter {

    private final String version;

    public QdpxExporter(String version) {
        this.version = version;
    }

    @Override
    public String id() {
        return "qdpx";
    }

    @Override
    public String name() {
        return "REFI-QDA project (NVivo, ATLAS.ti, MAXQDA)";
    }

    @Override
    public String extension() {
        return "qdpx";
    }

    @Override
    public void export(Report report, Path out) throws IOException {
        byte[] qde;
        QdeWriter writer = new QdeWriter(report, version);
        try {
            qde = writer.write();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write project.qde: " + e.getMessage(), e);
        }
        AtomicFiles.write(out, stream -> {
            ZipOutputStream zip = new ZipOutputStream(stream);
            entry(zip, "project.qde", qde);
            for (Article article : report.articles()) {
                entry(zip, "sources/" + QdeWriter.sourceFile(article),
                        article.text().getBytes(StandardCharsets.UTF_8));
            }
            // the project memo and notes on links, as the memo files QDA tools read
            for (QdaNotes.Note note : writer.memoFiles()) {
                entry(zip, "sources/" + note.file(), note.text().getBytes(StandardCharsets.UTF_8));
            }
            zip.finish();
        });
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }
}
