package dev.designround.ui.simulate;

import dev.designround.sim.Fault;
import dev.designround.sim.SimUnits;
import dev.designround.sim.SimulationSettings;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * What to simulate: how many requests, the seed, and a switch per fault to inject. {@link #settingsProperty()} is
 * the settings the fields say, or empty while a field holds something that is not a valid number (the field is
 * marked and a line says what is accepted). Ids: {@code sim-requests}, {@code sim-seed}, {@code sim-fault-ID}.
 */
final class SimulationForm extends VBox {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final TextField requests = new TextField(SimUnits.count(SimulationSettings.DEFAULT_REQUESTS));
    private final TextField seed = new TextField(Long.toString(SimulationSettings.DEFAULT_SEED));
    private final Map<Fault, CheckBox> faults = new EnumMap<>(Fault.class);
    private final Label problem = new Label();
    private final ReadOnlyObjectWrapper<Optional<SimulationSettings>> settings =
            new ReadOnlyObjectWrapper<>(this, "settings", Optional.of(SimulationSettings.defaults()));

    SimulationForm() {
        getStyleClass().add("simulation-form");
        requests.setId("sim-requests");
        requests.setPrefColumnCount(8);
        requests.setTooltip(new Tooltip("How many synthetic requests to send: 1 to "
                + SimUnits.count(SimulationSettings.MAX_REQUESTS)));
        seed.setId("sim-seed");
        seed.setPrefColumnCount(6);
        seed.setTooltip(new Tooltip("The random seed: the same seed gives the same result, request by request"));
        GridPane numbers = new GridPane();
        numbers.getStyleClass().add("simulation-numbers");
        numbers.addRow(0, new Label("Requests"), requests);
        numbers.addRow(1, new Label("Seed"), seed);
        FlowPane switches = new FlowPane();
        switches.getStyleClass().add("simulation-faults");
        for (Fault f : Fault.values()) {
            CheckBox box = new CheckBox(f.id());
            box.setId("sim-fault-" + f.id());
            box.setTooltip(new Tooltip(capitalised(f.summary())));
            box.selectedProperty().addListener((o, was, now) -> update());
            faults.put(f, box);
            switches.getChildren().add(box);
        }
        problem.getStyleClass().add("simulation-problem");
        problem.setWrapText(true);
        problem.setVisible(false);
        problem.setManaged(false);
        requests.textProperty().addListener((o, was, now) -> update());
        seed.textProperty().addListener((o, was, now) -> update());
        Label injectTitle = new Label("Inject faults");
        injectTitle.getStyleClass().add("inspector-section");
        getChildren().addAll(numbers, problem, injectTitle, switches);
    }

    ReadOnlyObjectProperty<Optional<SimulationSettings>> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    Optional<SimulationSettings> settings() {
        return settings.get();
    }

    private void update() {
        Optional<Integer> n = parseRequests(requests.getText());
        Optional<Long> s = parseSeed(seed.getText());
        requests.pseudoClassStateChanged(INVALID, n.isEmpty());
        seed.pseudoClassStateChanged(INVALID, s.isEmpty());
        String message = n.isEmpty() ? "Requests: a whole number from 1 to "
                + SimUnits.count(SimulationSettings.MAX_REQUESTS) + "."
                : s.isEmpty() ? "Seed: a whole number, such as 1 or 42." : "";
        problem.setText(message);
        problem.setVisible(!message.isEmpty());
        problem.setManaged(!message.isEmpty());
        if (n.isEmpty() || s.isEmpty()) {
            settings.set(Optional.empty());
            return;
        }
        Set<Fault> chosen = EnumSet.noneOf(Fault.class);
        faults.forEach((fault, box) -> {
            if (box.isSelected()) {
                chosen.add(fault);
            }
        });
        settings.set(Optional.of(SimulationSettings.defaults().withRequests(n.get()).withSeed(s.get())
                .withFaults(chosen)));
    }

    /** "10,000", "10000", "10_000" or "10 000"; empty outside 1..MAX. */
    static Optional<Integer> parseRequests(String text) {
        try {
            long n = Long.parseLong(text.strip().replaceAll("[,_ ]", ""));
            return n >= 1 && n <= SimulationSettings.MAX_REQUESTS ? Optional.of((int) n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<Long> parseSeed(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip().replaceAll("[,_ ]", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
