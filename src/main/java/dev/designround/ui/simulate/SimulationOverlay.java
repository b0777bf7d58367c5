package dev.designround.ui.simulate;

import dev.designround.model.Catalog;
import dev.designround.model.Node;
import dev.designround.sim.Fault;
import dev.designround.sim.NodeStats;
import dev.designround.sim.SimulationResult;
import dev.designround.ui.canvas.DiagramCanvas;
import dev.designround.ui.canvas.NodeCard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The last simulation drawn on the canvas: a badge above each card with the load on it (calls per request), the
 * share of its calls that failed, and how many faults it caught (the tooltip says which, and spells out the
 * rest), or "not reached". Kept short so that it fits over its card. User
 * cards get none (their "calls" are requests leaving and answers arriving). Badges follow their cards when they
 * are moved. Ids: {@code sim-badge-NODEID}.
 */
final class SimulationOverlay {

    static final String LOAD_ICON = "mdi2s-speedometer";
    static final String FAILED_ICON = "mdi2c-close-circle-outline";
    static final String CAUGHT_ICON = "mdi2s-shield-check-outline";

    private final DiagramCanvas canvas;
    private final Catalog catalog;
    private final Group badges = new Group();
    private final BooleanProperty visible = new SimpleBooleanProperty(this, "visible", true);
    private final Map<String, HBox> byNode = new LinkedHashMap<>();

    SimulationOverlay(DiagramCanvas canvas, Catalog catalog) {
        this.canvas = canvas;
        this.catalog = catalog;
        badges.visibleProperty().bind(visible);
        canvas.overlayLayer().getChildren().add(badges);
    }

    /** Whether the badges are shown (the panel's toggle). */
    BooleanProperty visibleProperty() {
        return visible;
    }

    void show(SimulationResult result) {
        clear();
        result.nodes().forEach((id, stats) -> canvas.card(id).filter(c -> !c.node().type().equals("user"))
                .ifPresent(card -> {
                    HBox badge = badge(card, stats, result.visitsPerRequest(id));
                    byNode.put(id, badge);
                    badges.getChildren().add(badge);
                }));
    }

    void clear() {
        byNode.values().forEach(b -> {
            b.layoutXProperty().unbind();
            b.layoutYProperty().unbind();
        });
        byNode.clear();
        badges.getChildren().clear();
    }

    private HBox badge(NodeCard card, NodeStats stats, double perRequest) {
        List<javafx.scene.Node> parts = new ArrayList<>();
        List<String> details = new ArrayList<>();
        Node node = card.node();
        details.add(catalog.displayName(node));
        if (stats.visits() == 0) {
            parts.add(part("not reached", "mdi2m-minus-circle-outline", "sim-idle"));
            details.add("No simulated request reached it.");
        } else {
            parts.add(part(SimFormat.load(perRequest) + "/req", LOAD_ICON, "sim-load"));
            details.add(String.format(Locale.ROOT, "%s calls per request (%,d calls)", SimFormat.load(perRequest),
                    stats.visits()));
        }
        if (stats.failures() > 0) {
            parts.add(part(SimFormat.percent(stats.failureRate()), FAILED_ICON, "sim-failed"));
            details.add(String.format(Locale.ROOT, "%,d failed calls (%s of its calls)", stats.failures(),
                    SimFormat.percent(stats.failureRate())));
        }
        if (stats.totalCaught() > 0) {
            parts.add(part(SimFormat.count(stats.totalCaught()), CAUGHT_ICON, "sim-caught"));
            List<String> kinds = new ArrayList<>();
            for (Map.Entry<Fault, Long> e : stats.caught().entrySet()) {
                kinds.add(e.getKey().id() + " " + SimFormat.count(e.getValue()));
            }
            details.add("Caught: " + String.join(", ", kinds));
        }
        HBox badge = new HBox(parts.toArray(javafx.scene.Node[]::new));
        badge.getStyleClass().add("sim-badge");
        badge.setId("sim-badge-" + node.id());
        badge.setPickOnBounds(false); // the group sizes it to its text once styled
        badge.layoutXProperty().bind(card.layoutXProperty().add(4));
        badge.layoutYProperty().bind(card.layoutYProperty().subtract(badge.heightProperty()).subtract(7));
        Tooltip tip = new Tooltip(String.join("\n", details));
        tip.setShowDelay(Duration.millis(300));
        Tooltip.install(badge, tip);
        return badge;
    }

    private static Label part(String text, String icon, String style) {
        Label label = new Label(text, new FontIcon(icon));
        label.getStyleClass().addAll("sim-badge-part", style);
        return label;
    }
}
