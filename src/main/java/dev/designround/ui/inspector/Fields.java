package dev.designround.ui.inspector;

import java.util.OptionalDouble;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

/** Text fields of the inspector: they commit on Enter or when focus leaves, and revert on Escape. */
final class Fields {

    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private Fields() {
    }

    /** A field that hands its text to {@code commit} when the user is done with it. */
    static TextField text(String id, String value, String prompt, Consumer<String> commit) {
        TextField f = new TextField(value);
        f.setId(id);
        f.setPromptText(prompt);
        String[] committed = {value};
        Runnable done = () -> {
            if (!f.getText().equals(committed[0])) {
                committed[0] = f.getText();
                commit.accept(f.getText());
            }
        };
        f.setOnAction(e -> done.run());
        f.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                done.run();
            }
        });
        f.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                f.setText(committed[0]);
                e.consume();
            }
        });
        return f;
    }

    /**
     * A field for an optional number within {@code [min, max]}: empty means "not set" (the catalog's default
     * applies). Text that is not such a number is marked invalid and not committed.
     */
    static TextField number(String id, double value, String prompt, double min, double max, String rule,
                            Consumer<Double> commit) {
        String shown = Double.isNaN(value) ? "" : format(value);
        TextField[] self = new TextField[1];
        self[0] = text(id, shown, prompt, text -> {
            OptionalDouble parsed = parse(text, min, max);
            boolean ok = text.isBlank() || parsed.isPresent();
            self[0].pseudoClassStateChanged(INVALID, !ok);
            self[0].setTooltip(ok ? null : new Tooltip(rule));
            if (ok) {
                commit.accept(text.isBlank() ? Double.NaN : parsed.getAsDouble());
            }
        });
        return self[0];
    }

    static OptionalDouble parse(String text, double min, double max) {
        try {
            double d = Double.parseDouble(text.strip());
            return Double.isFinite(d) && d >= min && d <= max ? OptionalDouble.of(d) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** Whole numbers without ".0", others as Java prints them. */
    static String format(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    static Label section(String text) {
        Label l = new Label(text.toUpperCase(java.util.Locale.ROOT));
        l.getStyleClass().add("inspector-section");
        return l;
    }

    static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("inspector-hint");
        l.setWrapText(true);
        return l;
    }
}
