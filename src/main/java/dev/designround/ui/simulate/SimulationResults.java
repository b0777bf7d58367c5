package dev.designround.ui.simulate;

import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.model.Node;
import dev.designround.sim.Fault;
import dev.designround.sim.NothingCaught;
import dev.designround.sim.SimUnits;
import dev.designround.sim.SimulationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * One simulation's numbers: what was run, the outcome bars, the latency histogram with its percentiles, the cost
 * per request and per 1,000 requests, where faults were caught (the checkers with the most catches first, each a
 * link that shows the card), and the simulator's notes. Ids: {@code sim-summary}, {@code sim-latency}, {@code sim-cost}, {@code sim-caught-NODEID},
 * {@code sim-caught-none} (why nothing was caught).
 */
final class SimulationResults extends VBox {

    /** How many checkers the list names, most catches first. */
    static final int MAX_CATCHERS = 12;

    private final Catalog catalog;
    private final Consumer<String> reveal;
    private final Label summary = new Label();
    private final OutcomeBars outcomes = new OutcomeBars();
    private final Label latencyLine = new Label();
    private final LatencyChart latency = new LatencyChart();
    private final Label cost = new Label();
    private final VBox caught = new VBox();
    private final VBox notes = new VBox();

    /** @param reveal shows a node's card on the canvas, by id */
    SimulationResults(Catalog catalog, Consumer<String> reveal) {
        this.catalog = catalog;
        this.reveal = reveal;
        getStyleClass().add("simulation-results");
        summary.setId("sim-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("inspector-subtitle");
        latencyLine.setId("sim-latency");
        cost.setId("sim-cost");
        cost.setWrapText(true);
        caught.getStyleClass().add("simulation-caught");
        notes.getStyleClass().add("simulation-notes");
        getChildren().addAll(summary, section("Outcomes"), outcomes, section("Latency"), latencyLine, latency,
                section("Cost"), cost, section("Where faults were caught"), caught, section("Notes"), notes);
    }

    void show(SimulationResult r, Design design) {
        String injected = r.settings().faults().isEmpty() ? "no faults injected (a normal day)"
                : "injected: " + r.settings().faults().stream().map(Fault::id).collect(Collectors.joining(", "));
        summary.setText(SimUnits.count(r.requests()) + " requests, seed " + r.settings().seed() + "; " + injected);
        outcomes.show(r);
        latencyLine.setText("p50 " + SimUnits.duration(r.latency().p50Ms()) + "   p95 "
                + SimUnits.duration(r.latency().p95Ms()) + "   p99 " + SimUnits.duration(r.latency().p99Ms()));
        latency.show(r.latency());
        cost.setText(SimUnits.perRequest(r.costPerRequestUsd()) + " per request   "
                + SimUnits.money(r.costPer1000RequestsUsd()) + " per 1,000 requests");
        showCaught(r, design);
        notes.getChildren().setAll(r.notes().isEmpty() ? List.of(text("None."))
                : r.notes().stream().map(n -> text("• " + n)).toList());
    }

    private void showCaught(SimulationResult r, Design design) {
        List<Node> catchers = design.nodes().stream()
                .filter(n -> r.nodes().containsKey(n.id()) && r.nodes().get(n.id()).totalCaught() > 0)
                .sorted(java.util.Comparator.comparingLong((Node n) -> r.nodes().get(n.id()).totalCaught())
                        .reversed())
                .toList();
        List<javafx.scene.Node> rows = new ArrayList<>();
        for (Node n : catchers.subList(0, Math.min(MAX_CATCHERS, catchers.size()))) {
            List<String> kinds = new ArrayList<>();
            for (Map.Entry<Fault, Long> e : r.nodes().get(n.id()).caught().entrySet()) {
                kinds.add(e.getKey().id() + " " + SimUnits.count(e.getValue()));
            }
            Hyperlink link = new Hyperlink(catalog.displayName(n) + ": " + String.join(", ", kinds));
            link.setId("sim-caught-" + n.id());
            link.setWrapText(true);
            link.setOnAction(e -> reveal.accept(n.id()));
            rows.add(link);
        }
        if (catchers.size() > MAX_CATCHERS) {
            rows.add(text("and " + (catchers.size() - MAX_CATCHERS) + " more; their badges show them."));
        }
        if (rows.isEmpty()) {
            Label none = text(NothingCaught.explain(r, design, catalog));
            none.setId("sim-caught-none");
            rows.add(none);
        }
        caught.getChildren().setAll(rows);
    }

    private static Label section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("inspector-section");
        return l;
    }

    private static Label text(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add("inspector-hint");
        return l;
    }
}
