package dev.designround.ui.window;

import dev.designround.ui.canvas.DiagramCanvas;
import dev.designround.ui.edit.Alignment;
import dev.designround.ui.edit.Editor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every action of the main window, by id, with its shortcuts. Menus and the toolbar show them; {@link #install}
 * makes the second and further shortcuts of an action work too (a menu item has room for one).
 */
final class Actions {

    private final Map<String, Action> actions = new LinkedHashMap<>();

    Actions(Workbench w, FileActions files, EditActions edits, BooleanProperty snap, BooleanProperty dark) {
        DiagramCanvas canvas = w.canvas();
        add("new", "File", "New whiteboard", "mdi2f-file-outline", files::newWhiteboard, "Shortcut+N");
        add("open", "File", "Open…", "mdi2f-folder-open-outline", files::open, "Shortcut+O");
        add("save", "File", "Save", "mdi2c-content-save-outline", files::save, "Shortcut+S").disabledProperty()
                .bind(w.hasDocumentProperty().not());
        add("save-as", "File", "Save As…", "mdi2c-content-save-edit-outline", files::saveAs, "Shortcut+Shift+S")
                .disabledProperty().bind(w.hasDocumentProperty().not());
        add("close", "File", "Close design", "mdi2c-close-box-outline", files::close, "Shortcut+W")
                .disabledProperty().bind(w.hasDocumentProperty().not());
        add("quit", "File", "Quit", "mdi2e-exit-to-app", w::quit, "Shortcut+Q");

        editing("undo", "Undo", "mdi2u-undo", w, Editor::undo, "Shortcut+Z");
        editing("redo", "Redo", "mdi2r-redo", w, Editor::redo, "Shortcut+Shift+Z", "Shortcut+Y");
        add("cut", "Edit", "Cut", "mdi2c-content-cut", edits::cut, "Shortcut+X").disabledProperty()
                .bind(w.hasDocumentProperty().not());
        add("copy", "Edit", "Copy", "mdi2c-content-copy", edits::copy, "Shortcut+C").disabledProperty()
                .bind(w.hasDocumentProperty().not());
        add("paste", "Edit", "Paste", "mdi2c-content-paste", edits::paste, "Shortcut+V").disabledProperty()
                .bind(w.hasDocumentProperty().not());
        add("duplicate", "Edit", "Duplicate", "mdi2c-content-duplicate", edits::duplicate, "Shortcut+D")
                .disabledProperty().bind(w.hasDocumentProperty().not());
        editing("delete", "Delete", "mdi2d-delete-outline", w, Editor::deleteSelection, "Delete");
        editing("select-all", "Select all", "mdi2s-select-all", w, Editor::selectAll, "Shortcut+A");
        add("rename", "Edit", "Edit label", "mdi2f-form-textbox", () -> canvas.gestures().editSelectedLabel(), "F2")
                .disabledProperty().bind(w.hasDocumentProperty().not());

        add("add-zone", "Insert", "Zone around the selection", "mdi2s-selection-drag",
                () -> canvas.gestures().addZone(), "Shortcut+G").disabledProperty().bind(w.hasDocumentProperty().not());
        add("add-text", "Insert", "Text note", "mdi2t-text-box-plus-outline", () -> canvas.gestures().addTextNote(),
                "Shortcut+T").disabledProperty().bind(w.hasDocumentProperty().not());

        add("arrange", "Arrange", "Auto-arrange", "mdi2s-sitemap-outline", edits::autoArrange, "Shortcut+Shift+L")
                .disabledProperty().bind(w.hasDocumentProperty().not());
        for (Alignment a : Alignment.values()) {
            add(alignId(a), "Arrange", a.label(), ALIGN_ICONS.get(a), () -> edits.align(a)).disabledProperty()
                    .bind(w.hasDocumentProperty().not());
        }
        add("reverse-arrow", "Arrange", "Reverse arrow", "mdi2s-swap-horizontal", edits::reverseArrows,
                "Shortcut+Shift+R").disabledProperty().bind(w.hasDocumentProperty().not());

        add("submit", "Round", "Submit the design", "mdi2s-send-check-outline", w.round()::submit, "Shortcut+Enter")
                .disabledProperty().bind(w.round().activeProperty().not());
        add("strong-answer", "Round", "Strong answer: open or close", "mdi2c-compare", w.round()::toggleStrongAnswer,
                "Shortcut+Shift+A").disabledProperty().bind(w.round().activeProperty().not());
        add("history", "Round", "History of this round…", "mdi2c-chart-line", () -> w.history().showRound(),
                "Shortcut+Shift+Y").disabledProperty().bind(w.round().activeProperty().not());

        add("zoom-in", "View", "Zoom in", "mdi2m-magnify-plus-outline", canvas::zoomIn, "Shortcut+Equals",
                "Shortcut+Plus", "Shortcut+Add").disabledProperty().bind(w.hasDocumentProperty().not());
        add("zoom-out", "View", "Zoom out", "mdi2m-magnify-minus-outline", canvas::zoomOut, "Shortcut+Minus",
                "Shortcut+Subtract").disabledProperty().bind(w.hasDocumentProperty().not());
        add("actual-size", "View", "Actual size (100 %)", "mdi2m-magnify-scan", canvas::actualSize, "Shortcut+0")
                .disabledProperty().bind(w.hasDocumentProperty().not());
        add("fit", "View", "Fit to window", "mdi2f-fit-to-page-outline", canvas::fitToContent, "Shortcut+Shift+H")
                .disabledProperty().bind(w.hasDocumentProperty().not());
        put(Action.toggle("snap", "View", "Snap to grid", "mdi2g-grid", keys("Shortcut+Shift+G"), snap));
        put(Action.toggle("dark", "View", "Dark theme", "mdi2t-theme-light-dark", keys("Shortcut+Shift+T"), dark));

        add("shortcuts", "Help", "Keyboard shortcuts", "mdi2k-keyboard-outline", w::showShortcuts, "F1");
        add("reading-guide", "Help", "How your drawing is read", "mdi2h-help-circle-outline",
                w::toggleReadingGuide, "Shift+F1").disabledProperty().bind(w.hasDocumentProperty().not());
        add("about", "Help", "About Design Round", "mdi2i-information-outline", w::showAbout);
    }

    private static final Map<Alignment, String> ALIGN_ICONS = Map.of(
            Alignment.LEFT, "mdi2a-align-horizontal-left", Alignment.CENTRE, "mdi2a-align-horizontal-center",
            Alignment.RIGHT, "mdi2a-align-horizontal-right", Alignment.TOP, "mdi2a-align-vertical-top",
            Alignment.MIDDLE, "mdi2a-align-vertical-center", Alignment.BOTTOM, "mdi2a-align-vertical-bottom",
            Alignment.SPREAD_HORIZONTALLY, "mdi2d-distribute-horizontal-center",
            Alignment.SPREAD_VERTICALLY, "mdi2d-distribute-vertical-center");

    /** "align-left", "align-spread-horizontally", ...: the action id of an alignment. */
    static String alignId(Alignment a) {
        return "align-" + a.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private Action add(String id, String group, String text, String icon, Runnable run, String... keys) {
        return put(new Action(id, group, text, icon, keys(keys), run));
    }

    /** An action on the open design's editor, available only while a design is open. */
    private void editing(String id, String text, String icon, Workbench w, Consumer<Editor> run, String... keys) {
        Action a = add(id, "Edit", text, icon, () -> w.document().ifPresent(d -> run.accept(d.editor())), keys);
        a.disabledProperty().bind(w.hasDocumentProperty().not());
    }

    /** Adds an action made elsewhere (the tools: export, copy as Mermaid, ...); returns it. */
    Action register(Action action) {
        if (actions.containsKey(action.id())) {
            throw new IllegalArgumentException("two actions " + action.id());
        }
        return put(action);
    }

    private Action put(Action action) {
        actions.put(action.id(), action);
        return action;
    }

    private static List<KeyCombination> keys(String... specs) {
        List<KeyCombination> out = new ArrayList<>();
        for (String spec : specs) {
            out.add(parse(spec));
        }
        return out;
    }

    /** Parses "Shortcut+Shift+Z", "F2", "Shift+1" (a digit key), "Shortcut+Plus". */
    static KeyCombination parse(String spec) {
        String[] parts = spec.split("\\+");
        String key = parts[parts.length - 1];
        List<KeyCombination.Modifier> mods = new ArrayList<>();
        for (int i = 0; i < parts.length - 1; i++) {
            switch (parts[i]) {
                case "Shortcut" -> mods.add(KeyCombination.SHORTCUT_DOWN);
                case "Shift" -> mods.add(KeyCombination.SHIFT_DOWN);
                case "Alt" -> mods.add(KeyCombination.ALT_DOWN);
                default -> throw new IllegalArgumentException("unknown modifier in " + spec);
            }
        }
        KeyCode code = key.length() == 1 && Character.isDigit(key.charAt(0)) ? KeyCode.valueOf("DIGIT" + key)
                : KeyCode.valueOf(key.toUpperCase(java.util.Locale.ROOT));
        return new KeyCodeCombination(code, mods.toArray(KeyCombination.Modifier[]::new));
    }

    Action get(String id) {
        Action a = actions.get(id);
        if (a == null) {
            throw new IllegalArgumentException("no action " + id);
        }
        return a;
    }

    List<Action> all() {
        return List.copyOf(actions.values());
    }

    /** Registers every shortcut beyond the first of each action (the first is the menu item's accelerator). */
    void install(Scene scene) {
        for (Action a : actions.values()) {
            for (KeyCombination k : a.keys().subList(Math.min(1, a.keys().size()), a.keys().size())) {
                scene.getAccelerators().put(k, a::run);
            }
        }
    }

    /** Keeps undo and redo texts ("Undo Move node") and availability in step with the open design. */
    void follow(Workbench w) {
        Runnable update = () -> {
            var doc = w.document();
            Action undo = get("undo");
            Action redo = get("redo");
            undo.textProperty().set(doc.flatMap(d -> d.editor().stack().undoName()).map(n -> "Undo " + n)
                    .orElse("Undo"));
            redo.textProperty().set(doc.flatMap(d -> d.editor().stack().redoName()).map(n -> "Redo " + n)
                    .orElse("Redo"));
        };
        Action undo = get("undo");
        Action redo = get("redo");
        undo.disabledProperty().unbind();
        redo.disabledProperty().unbind();
        Runnable all = () -> {
            update.run();
            var stack = w.document().map(d -> d.editor().stack());
            undo.disabledProperty().set(stack.map(st -> !st.canUndo()).orElse(true));
            redo.disabledProperty().set(stack.map(st -> !st.canRedo()).orElse(true));
        };
        w.addStackListener(all);
        all.run();
    }
}
