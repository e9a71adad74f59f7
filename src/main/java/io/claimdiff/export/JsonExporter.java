package io.claimdiff.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimdiff.model.Analysis;
import io.claimdiff.model.ClaimGraph;
import io.claimdiff.model.Contradiction;
import io.claimdiff.model.Support;
import io.claimdiff.project.AtomicFiles;
import io.claimdiff.project.ClaimEntry;
import io.claimdiff.project.Link;
import io.claimdiff.project.LinkKind;
import io.claimdiff.project.Party;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The {@code analyze --json} contract (via {@link ContractJson}) with the analyst's work added:
 * claims carry {@code tags}, {@code note} and {@code provenance}; contradictions and supports
 * carry {@code id}, {@code status}, {@code note} and {@code provenance}; plus {@code parties}.
 * Proposed and rejected links are listed too, each with its status, unless {@code confirmedOnly}
 * is true: then only accepted ones are.
 */
public final class JsonExporter implements ReportExporter {

    private final ContractJson contract = new ContractJson();

    @Override
    public String id() {
        return "json";
    }

    @Override
    public String name() {
        return "JSON (analyze contract with tags, notes and decisions)";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void export(Report report, Path out) throws IOException {
        AtomicFiles.writeJson(out, toTree(report));
    }

    public ObjectNode toTree(Report report) {
        List<Link> contradictions = report.links(LinkKind.CONTRADICTS);
        List<Link> supports = report.links(LinkKind.SUPPORTS);
        Analysis analysis = new Analysis(report.articles(), report.claims().stream().map(ClaimEntry::claim).toList(),
                new ClaimGraph(contradictions.stream().map(l -> new Contradiction(l.a(), l.b(), l.score(), l.reason()))
                        .toList(), supports.stream().map(l -> new Support(l.a(), l.b(), l.score(), l.reason())).toList(),
                        List.of()));
        ObjectNode root = contract.toTree(analysis);
        root.put("title", report.title()).put("generatedAt", report.generatedAt().toString())
                .put("confirmedOnly", report.options().confirmedOnly());
        ArrayNode parties = root.putArray("parties");
        for (Party p : report.parties()) {
            parties.addObject().put("name", p.name()).put("colour", p.colour()).put("hidden", p.hidden());
        }
        int i = 0;
        for (JsonNode node : root.get("claims")) {
            ClaimEntry e = report.claims().get(i++);
            ObjectNode claim = (ObjectNode) node;
            claim.put("provenance", e.provenance().name().toLowerCase(Locale.ROOT)).put("note", e.note());
            ArrayNode tags = claim.putArray("tags");
            e.tags().forEach(tags::add);
        }
        decorate((ArrayNode) root.get("contradictions"), contradictions);
        decorate((ArrayNode) root.get("supports"), supports);
        return root;
    }

    private static void decorate(ArrayNode nodes, List<Link> links) {
        for (int i = 0; i < links.size(); i++) {
            Link l = links.get(i);
            ((ObjectNode) nodes.get(i)).put("id", l.id()).put("status", l.status().name().toLowerCase(Locale.ROOT))
                    .put("provenance", l.provenance().name().toLowerCase(Locale.ROOT)).put("note", l.note());
        }
    }
}
