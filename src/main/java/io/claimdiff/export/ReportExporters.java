package io.claimdiff.export;

import java.util.List;
import java.util.Optional;

/** The export formats ClaimDiff offers, in menu order. */
public final class ReportExporters {

    private final List<ReportExporter> all;

    public ReportExporters(List<ReportExporter> all) {
        this.all = List.copyOf(all);
    }

    /** Every built-in format. */
    public static ReportExporters standard(String version) {
        return new ReportExporters(List.of(new HtmlExporter(version), new MarkdownExporter(), new CsvExporter(),
                new JsonExporter(), new QdpxExporter(version), new ClaimReviewExporter(), new SvgExporter(),
                new DisputeMapPng()));
    }

    public List<ReportExporter> all() {
        return all;
    }

    public Optional<ReportExporter> byId(String id) {
        return all.stream().filter(e -> e.id().equalsIgnoreCase(id)).findFirst();
    }

    /** The ids, comma-separated, for help and error messages. */
    public String ids() {
        return String.join(", ", all.stream().map(ReportExporter::id).toList());
    }
}
