package dev.designround.ui.simulate;

import dev.designround.model.Catalog;
import dev.designround.model.Node;
import dev.designround.sim.Fault;
import dev.designround.sim.NodeStats;
import dev.designround.sim.SimUnits;
import dev.designround.sim.SimulationResult;
import dev.designround.ui.canvas.Box;
import dev.designround.ui.canvas.CardDecorator;
import dev.designround.ui.canvas.DiagramCanvas;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The last simulation drawn on the canvas: a badge above each card with the load on it (calls per request), the
 * share of its calls that failed, and how many faults it caught (the tooltip says which, and spells out the
 * rest), or "not reached". Kept short so that it fits over its card. User
 * cards get none (their "calls" are requests leaving and answers arriving). Badges follow their cards when they
 * are moved. The canvas makes a badge only for a card in view ({@link CardDecorator}); zoomed out, each card gets
 * a small pill in the badge's colour instead (red when at least 1% of its calls failed, green when it caught
 * faults, grey when not reached), with the load written in when there is room. Ids: {@code sim-badge-NODEID}.
 */
final class SimulationOverlay implements CardDecorator {

    static final String LOAD_ICON = "mdi2s-speedometer";
    static final String FAILED_ICON = "mdi2c-close-circle-outline";
    static final String CAUGHT_ICON = "mdi2s-shield-check-outline";

    /**
     * Zoomed out, a card's pill is red from this share of failed calls on: most components fail a call now and
     * then (their error rate), and a canvas of red pills would hide the ones that matter.
     */
    static final double NOTABLE_FAILURE_RATE = 0.01;

    private final DiagramCanvas canvas;
    private final Catalog catalog;
    private final BooleanProperty visible = new SimpleBooleanProperty(this, "visible", true);
    /** Stand-ins styled like the badge parts, whose colours the zoomed-out pills take. */
    private final Map<String, Label> swatches = Map.of("sim-load", swatch("sim-load"), "sim-failed",
            swatch("sim-failed"), "sim-caught", swatch("sim-caught"), "sim-idle", swatch("sim-idle"));
    private Optional<SimulationResult> result = Optional.empty();

    SimulationOverlay(DiagramCanvas canvas, Catalog catalog) {
        this.canvas = canvas;
        this.catalog = catalog;
        Group hidden = new Group(swatches.values().toArray(javafx.scene.Node[]::new));
        hidden.setOpacity(0);
        hidden.setManaged(false);
        hidden.setMouseTransparent(true);
        canvas.overlayLayer().getChildren().add(hidden);
        visible.addListener(o -> canvas.redecorate());
        canvas.addDecorator(this);
    }

    /** Whether the badges are shown (the panel's toggle). */
    BooleanProperty visibleProperty() {
        return visible;
    }

    void show(SimulationResult next) {
        result = Optional.of(next);
        canvas.redecorate();
    }

    void clear() {
        if (result.isPresent()) {
            result = Optional.empty();
            canvas.redecorate();
        }
    }

    @Override
    public Optional<javafx.scene.Node> decorate(Node node) {
        return stats(node).map(stats -> badge(node, stats, result.orElseThrow().visitsPerRequest(node.id())));
    }

    private Optional<NodeStats> stats(Node node) {
        if (!visible.get() || result.isEmpty() || node.type().equals("user")) {
            return Optional.empty();
        }
        return Optional.ofNullable(result.get().nodes().get(node.id()));
    }

    @Override
    public void paint(GraphicsContext g, Node node, Box card, double scale) {
        Optional<NodeStats> found = stats(node);
        if (found.isEmpty()) {
            return;
        }
        NodeStats stats = found.get();
        Label swatch = swatches.get(pillLook(stats));
        double h = Math.max(4, 18 * scale);
        String text = stats.visits() == 0 ? "" : SimUnits.load(result.orElseThrow().visitsPerRequest(node.id()));
        boolean written = card.width() >= 60 && h >= 9;
        double w = written ? text.length() * 5.5 + 8 : Math.min(card.width() * 0.6, 22);
        double x = card.x() + Math.max(1, 4 * scale);
        double y = card.y() - h - Math.max(1, 4 * scale);
        g.setFill(background(swatch));
        g.fillRoundRect(x, y, w, h, h, h);
        g.setStroke(border(swatch));
        g.setLineWidth(1);
        g.strokeRoundRect(x, y, w, h, h, h);
        if (written && !text.isEmpty()) {
            g.setFill(swatch.getTextFill());
            g.setFont(Font.font(null, Math.min(11, h - 2)));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(text, x + w / 2, y + h / 2);
            g.setTextAlign(TextAlignment.LEFT);
        }
    }

    /** The style a card's zoomed-out pill takes after the badge part that matters most. */
    static String pillLook(NodeStats stats) {
        return stats.failureRate() >= NOTABLE_FAILURE_RATE ? "sim-failed"
                : stats.totalCaught() > 0 ? "sim-caught" : stats.visits() == 0 ? "sim-idle" : "sim-load";
    }

    private static Paint background(Label l) {
        return l.getBackground() == null || l.getBackground().getFills().isEmpty() ? Color.TRANSPARENT
                : l.getBackground().getFills().get(0).getFill();
    }

    private static Paint border(Label l) {
        return l.getBorder() == null || l.getBorder().getStrokes().isEmpty() ? l.getTextFill()
                : l.getBorder().getStrokes().get(0).getTopStroke();
    }

    private static Label swatch(String style) {
        Label l = new Label("x");
        l.getStyleClass().addAll("sim-badge-part", style);
        return l;
    }

    private HBox badge(Node node, NodeStats stats, double perRequest) {
        List<javafx.scene.Node> parts = new ArrayList<>();
        List<String> details = new ArrayList<>();
        details.add(catalog.displayName(node));
        if (stats.visits() == 0) {
            parts.add(part("not reached", "mdi2m-minus-circle-outline", "sim-idle"));
            details.add("No simulated request reached it.");
        } else {
            parts.add(part(SimUnits.load(perRequest) + "/req", LOAD_ICON, "sim-load"));
            details.add(String.format(Locale.ROOT, "%s calls per request (%,d calls)", SimUnits.load(perRequest),
                    stats.visits()));
        }
        if (stats.failures() > 0) {
            parts.add(part(SimUnits.percent(stats.failureRate()), FAILED_ICON, "sim-failed"));
            details.add(String.format(Locale.ROOT, "%,d failed calls (%s of its calls)", stats.failures(),
                    SimUnits.percent(stats.failureRate())));
        }
        if (stats.totalCaught() > 0) {
            parts.add(part(SimUnits.count(stats.totalCaught()), CAUGHT_ICON, "sim-caught"));
            List<String> kinds = new ArrayList<>();
            for (Map.Entry<Fault, Long> e : stats.caught().entrySet()) {
                kinds.add(e.getKey().id() + " " + SimUnits.count(e.getValue()));
            }
            details.add("Caught: " + String.join(", ", kinds));
        }
        HBox badge = new HBox(parts.toArray(javafx.scene.Node[]::new));
        badge.getStyleClass().add("sim-badge");
        badge.setId("sim-badge-" + node.id());
        badge.setPickOnBounds(false); // the group sizes it to its text once styled
        badge.setLayoutX(4); // over the card's top-left corner, whose place is this badge's origin
        badge.layoutYProperty().bind(badge.heightProperty().negate().subtract(7));
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
