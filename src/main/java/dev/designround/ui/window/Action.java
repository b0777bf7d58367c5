package dev.designround.ui.window;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Something the user can do from a menu, the toolbar or the keyboard, in one place: its text, icon, shortcuts
 * (the first is shown in the menu, all work) and whether it is available now. The keyboard-shortcuts help is made
 * from the same actions, so it cannot go stale.
 */
public final class Action {

    private final String id;
    private final StringProperty text;
    private final String group;
    private final Optional<String> icon;
    private final List<KeyCombination> keys;
    private final Runnable run;
    private final BooleanProperty disabled = new SimpleBooleanProperty(this, "disabled", false);
    private final Optional<BooleanProperty> selected;

    public Action(String id, String group, String text, String icon, List<KeyCombination> keys, Runnable run) {
        this(id, group, text, icon, keys, run, Optional.empty());
    }

    /** An on/off setting: running it flips {@code selected}; shown as a check item and a toggle button. */
    public static Action toggle(String id, String group, String text, String icon, List<KeyCombination> keys,
                                BooleanProperty selected) {
        return new Action(id, group, text, icon, keys, () -> selected.set(!selected.get()), Optional.of(selected));
    }

    private Action(String id, String group, String text, String icon, List<KeyCombination> keys, Runnable run,
                   Optional<BooleanProperty> selected) {
        this.selected = selected;
        this.id = id;
        this.group = group;
        this.text = new SimpleStringProperty(this, "text", text);
        this.icon = Optional.ofNullable(icon);
        this.keys = List.copyOf(keys);
        this.run = run;
    }

    public String id() {
        return id;
    }

    /** The menu this action belongs to, for the shortcuts help. */
    public String group() {
        return group;
    }

    public StringProperty textProperty() {
        return text;
    }

    public String text() {
        return text.get();
    }

    public List<KeyCombination> keys() {
        return keys;
    }

    public BooleanProperty disabledProperty() {
        return disabled;
    }

    /** Runs the action unless it is disabled. */
    public void run() {
        if (!disabled.get()) {
            run.run();
        }
    }

    public MenuItem menuItem() {
        MenuItem item;
        if (selected.isPresent()) {
            CheckMenuItem check = new CheckMenuItem();
            check.selectedProperty().bindBidirectional(selected.get());
            item = check;
        } else {
            item = new MenuItem();
            item.setOnAction(e -> run());
        }
        item.setId("menu-" + id);
        item.textProperty().bind(text);
        icon.ifPresent(i -> item.setGraphic(new FontIcon(i)));
        if (!keys.isEmpty()) {
            item.setAccelerator(keys.get(0));
        }
        item.disableProperty().bind(disabled);
        return item;
    }

    public ButtonBase button() {
        ButtonBase b;
        if (selected.isPresent()) {
            ToggleButton toggle = new ToggleButton(null, new FontIcon(icon.orElse("mdi2c-circle-small")));
            toggle.selectedProperty().bindBidirectional(selected.get());
            b = toggle;
        } else {
            b = new Button(null, new FontIcon(icon.orElse("mdi2c-circle-small")));
            b.setOnAction(e -> run());
        }
        b.setId("tool-" + id);
        b.getStyleClass().addAll("flat", "button-icon");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text.concat(keys.isEmpty() ? "" : "  (" + keys.get(0).getDisplayText() + ")"));
        b.setTooltip(tip);
        b.disableProperty().bind(disabled);
        b.setFocusTraversable(false);
        return b;
    }
}
