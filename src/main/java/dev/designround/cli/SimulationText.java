package dev.designround.cli;

import dev.designround.json.OneLine;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.model.Node;
import dev.designround.sim.Fault;
import dev.designround.sim.NodeStats;
import dev.designround.sim.NothingCaught;
import dev.designround.sim.RequestOutcome;
import dev.designround.sim.SimUnits;
import dev.designround.sim.SimulationResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code simulate --format text}: a report for a person. Outcomes as aligned bars with percentages and counts,
 * latency percentiles, cost per request and per 1,000 requests, the busiest and the most failing nodes, where
 * faults were caught, and notes on what the injected faults hit. Ids, labels and the file name are printed
 * through {@link OneLine}, so nothing in a design reaches the terminal as a control character.
 */
final class SimulationText {

    private static final int BAR = 40;
    private static final int TOP = 8;

    private final Design design;
    private final Catalog catalog;

    SimulationText(Design design, Catalog catalog) {
        this.design = design;
        this.catalog = catalog;
    }

    String render(String file, SimulationResult r) {
        StringBuilder out = new StringBuilder();
        line(out, "Simulated %,d requests through %s (seed %d)", r.requests(), OneLine.of(file), r.settings().seed());
        if (r.settings().faults().isEmpty()) {
            line(out, "Injected: nothing (a normal day: each node's own error and hallucination rates)");
        }
        for (Fault f : r.settings().faults()) {
            line(out, "Injected: %-16s %s", f.id(), f.summary());
        }
        line(out, "");
        line(out, "Outcomes");
        for (RequestOutcome o : RequestOutcome.values()) {
            double share = r.fraction(o);
            line(out, "  %-10s %s %6.1f%% %,9d", o.id(), bar(share, r.count(o) > 0), share * 100, r.count(o));
        }
        line(out, "");
        line(out, "Latency    p50 %s   p95 %s   p99 %s", SimUnits.duration(r.latency().p50Ms()),
                SimUnits.duration(r.latency().p95Ms()), SimUnits.duration(r.latency().p99Ms()));
        line(out, "Cost       %s per request   %s per 1,000 requests", SimUnits.perRequest(r.costPerRequestUsd()),
                SimUnits.money(r.costPer1000RequestsUsd()));
        nodes(out, r);
        caught(out, r);
        if (!r.notes().isEmpty()) {
            line(out, "");
            line(out, "Notes");
            r.notes().forEach(n -> line(out, "  - %s", OneLine.of(n)));
        }
        return out.toString();
    }

    private void nodes(StringBuilder out, SimulationResult r) {
        List<Node> busiest = sorted(r, Comparator.comparingLong(NodeStats::visits), s -> s.visits() > 0);
        if (!busiest.isEmpty()) {
            line(out, "");
            line(out, "Busiest nodes                               calls/request   failed");
            busiest.forEach(n -> nodeLine(out, r, n));
        }
        List<Node> failing = sorted(r, Comparator.comparingLong(NodeStats::failures), s -> s.failures() > 0);
        if (!failing.isEmpty()) {
            line(out, "");
            line(out, "Most failing nodes                          calls/request   failed");
            failing.forEach(n -> nodeLine(out, r, n));
        }
    }

    private void nodeLine(StringBuilder out, SimulationResult r, Node n) {
        NodeStats s = r.nodes().get(n.id());
        line(out, "  %-40s %13.2f   %,d (%.1f%%)", who(n), r.visitsPerRequest(n.id()), s.failures(),
                s.failureRate() * 100);
    }

    private void caught(StringBuilder out, SimulationResult r) {
        List<String> lines = new ArrayList<>();
        for (Node n : design.nodes()) {
            NodeStats s = r.nodes().get(n.id());
            if (s.totalCaught() == 0) {
                continue;
            }
            List<String> kinds = new ArrayList<>();
            for (Map.Entry<Fault, Long> e : s.caught().entrySet()) {
                kinds.add(String.format(Locale.ROOT, "%s %,d", e.getKey().id(), e.getValue()));
            }
            lines.add(String.format(Locale.ROOT, "  %-40s %s", who(n), String.join(", ", kinds)));
        }
        line(out, "");
        line(out, "Where faults were caught");
        if (lines.isEmpty()) {
            line(out, "  %s", NothingCaught.explain(r, design, catalog));
        }
        lines.forEach(l -> line(out, "%s", l));
    }

    /**
     * Nodes other than users (whose "calls" are requests leaving and answers arriving, not load) by a statistic,
     * largest first (design order among equals), at most {@value #TOP}.
     */
    private List<Node> sorted(SimulationResult r, Comparator<NodeStats> by,
                              java.util.function.Predicate<NodeStats> keep) {
        return design.nodes().stream()
                .filter(n -> !n.type().equals("user") && keep.test(r.nodes().get(n.id())))
                .sorted(Comparator.comparing((Node n) -> r.nodes().get(n.id()), by.reversed()))
                .limit(TOP)
                .toList();
    }

    /** The node's id and name on one line, escaped (see {@link OneLine}), at most 40 characters. */
    private String who(Node n) {
        String name = catalog.displayName(n);
        return OneLine.of(name.equals(n.id()) ? n.id() : n.id() + " (" + name + ")", 40);
    }

    private static String bar(double share, boolean any) {
        int filled = (int) Math.round(share * BAR);
        if (any && filled == 0) {
            filled = 1;
        }
        return "#".repeat(filled) + ".".repeat(BAR - filled);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
    }
}
