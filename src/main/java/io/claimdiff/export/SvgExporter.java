package io.claimdiff.export;

import io.claimdiff.project.AtomicFiles;
import io.claimdiff.project.DisputeMap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** {@code export -f svg}: the dispute map alone, for a slide or an article ({@link DisputeMapSvg}). */
public final class SvgExporter implements ReportExporter {

    @Override
    public String id() {
        return "svg";
    }

    @Override
    public String name() {
        return "Dispute map (SVG)";
    }

    @Override
    public String extension() {
        return "svg";
    }

    @Override
    public void export(Report report, Path out) throws IOException {
        DisputeMap.Filter filter = DisputeMap.Filter.acceptedOnly(report.options().confirmedOnly());
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + DisputeMapSvg.render(DisputeMap.of(report.state(), filter), report.parties());
        AtomicFiles.write(out, svg.getBytes(StandardCharsets.UTF_8));
    }
}
