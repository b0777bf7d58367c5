package dev.designround.ui.simulate;

import dev.designround.sim.RequestOutcome;
import dev.designround.sim.SimUnits;
import dev.designround.sim.SimulationResult;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.geometry.Pos;

/**
 * How the simulated requests ended: one bar per outcome (answered, escalated, fallback, failed, unsafe) with its
 * share and count. Ids: {@code outcome-ID} for a row's share label, {@code outcome-ID-bar} for its bar.
 */
final class OutcomeBars extends GridPane {

    private static final Map<RequestOutcome, String> MEANING = Map.of(
            RequestOutcome.ANSWERED, "Reached the user (or an action) safely, on the normal path.",
            RequestOutcome.ESCALATED, "Went through a person (human review or an approval) and ended safely.",
            RequestOutcome.FALLBACK, "Ended safely after a fallback edge, or after a router failed over to another model.",
            RequestOutcome.FAILED, "Got no answer: a node failed with no fallback, a check refused it, or it was shed.",
            RequestOutcome.UNSAFE, "A fault got through undetected: a wrong or hijacked answer reached a user or an "
                    + "action, or personal data reached a model.");

    private final Map<RequestOutcome, Label> shares = new EnumMap<>(RequestOutcome.class);
    private final Map<RequestOutcome, Label> counts = new EnumMap<>(RequestOutcome.class);
    private final Map<RequestOutcome, Region> fills = new EnumMap<>(RequestOutcome.class);

    OutcomeBars() {
        getStyleClass().add("outcome-bars");
        ColumnConstraints name = new ColumnConstraints();
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        bar.setMinWidth(60);
        ColumnConstraints share = new ColumnConstraints();
        share.setHalignment(HPos.RIGHT);
        share.setMinWidth(48);
        ColumnConstraints count = new ColumnConstraints();
        count.setHalignment(HPos.RIGHT);
        count.setMinWidth(52);
        getColumnConstraints().addAll(name, bar, share, count);
        int row = 0;
        for (RequestOutcome o : RequestOutcome.values()) {
            Label label = new Label(o.id());
            label.getStyleClass().add("outcome-name");
            label.setTooltip(new Tooltip(MEANING.get(o)));
            Region fill = new Region();
            fill.getStyleClass().addAll("outcome-fill", "outcome-" + o.id());
            fill.setId("outcome-" + o.id() + "-bar");
            fill.setMaxWidth(0);
            StackPane track = new StackPane(fill);
            track.getStyleClass().add("outcome-track");
            track.setAlignment(Pos.CENTER_LEFT);
            fill.maxWidthProperty().bind(track.widthProperty().multiply(0));
            Label shareLabel = new Label();
            shareLabel.setId("outcome-" + o.id());
            shareLabel.getStyleClass().add("outcome-share");
            Label countLabel = new Label();
            countLabel.getStyleClass().add("outcome-count");
            addRow(row++, label, track, shareLabel, countLabel);
            shares.put(o, shareLabel);
            counts.put(o, countLabel);
            fills.put(o, fill);
        }
    }

    void show(SimulationResult result) {
        for (RequestOutcome o : RequestOutcome.values()) {
            double share = result.fraction(o);
            shares.get(o).setText(SimUnits.percent(share));
            counts.get(o).setText(SimUnits.count(result.count(o)));
            Region fill = fills.get(o);
            StackPane track = (StackPane) fill.getParent();
            // a share above zero shows at least a sliver, so that "a few unsafe" never looks like none
            double minimum = result.count(o) > 0 ? 3 : 0;
            fill.maxWidthProperty().bind(track.widthProperty().multiply(share).map(w -> Math.max(minimum,
                    w.doubleValue())));
            fill.setPrefWidth(Region.USE_COMPUTED_SIZE);
            fill.setMinWidth(0);
        }
    }
}
