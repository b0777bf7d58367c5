package dev.designround.ui.help;

import atlantafx.base.controls.Popover;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * How the grader reads a drawing, in a few lines, where users draw: a popover from the canvas's corner button,
 * Help → How your drawing is read (Shift+F1) and the Feedback tab's link. The same reading, with examples, is in
 * docs/grading.md; the sentences here follow it. Style classes {@code reading-guide-popover} (the popover, whose
 * text keeps one size wherever it is opened from), {@code reading-guide}, and {@code reading-guide-entry} per entry.
 */
public final class ReadingGuide {

    /** One rule of reading: an icon, a few words, a sentence. */
    public record Entry(String icon, String title, String text) {
    }

    public static final String TITLE = "How your drawing is read";

    public static final List<Entry> ENTRIES = List.of(
            new Entry("mdi2a-arrow-left-right", "Stores and their readers",
                    "An arrow between a store (vector DB, cache, database) and the part that reads it counts "
                            + "whichever way it points."),
            new Entry("mdi2e-eye-outline", "Observers",
                    "An arrow to or from an audit log, monitoring, a drift monitor, an eval pipeline or a feedback "
                            + "collector counts whichever way it points, and through chains of async arrows."),
            new Entry("mdi2a-account-voice", "Speaking for the model",
                    "Whatever carries the model's answer on to the user, or the orchestrator that calls the model, "
                            + "speaks for its answers: an audit or eval arrow from either counts as one from the "
                            + "model."),
            new Entry("mdi2s-sitemap-outline", "Calls come back",
                    "An arrow from the orchestrator into a part that leads nowhere else (a retriever, a tool) is a "
                            + "call, and its result comes back along it. A hub calling each part reads as the chain "
                            + "it runs, and a check it calls applies to what passes through it."),
            new Entry("mdi2s-shield-check-outline", "Checks on the way in",
                    "An access or policy check on the request path into a retriever or a tool protects what it "
                            + "reads or does, as much as a filter after it."),
            new Entry("mdi2s-source-branch", "Choosers",
                    "A router, classifier, confidence scorer, guardrail or policy engine sends each request down "
                            + "one of its outgoing flow arrows, not all of them. Latency, cost and the simulator "
                            + "follow one branch at a time."),
            new Entry("mdi2t-tag-text-outline", "Labels count",
                    "What a card's label says it does counts as that capability: \"ACL pre-filter\" is access "
                            + "control. Select a card to see what it counts as; untick Read the label in the "
                            + "inspector to switch it off."),
            new Entry("mdi2n-note-text-outline", "Notes earn part credit",
                    "A defence your notes explain but the canvas does not show is said, not drawn: half the "
                            + "rule's credit, until you draw it."));

    static final String MORE = "The whole reading, with examples, is in docs/grading.md.";

    private Popover popover;

    /** Shows the guide pointing at a control (the popover's arrow at its top left), or hides it if it shows. */
    public void toggle(Node anchor) {
        toggle(anchor, Popover.ArrowLocation.TOP_LEFT);
    }

    /** Shows the guide pointing at a control from a side, or hides it if it shows. */
    public void toggle(Node anchor, Popover.ArrowLocation arrow) {
        if (isShowing()) {
            popover.hide();
            return;
        }
        popover = new Popover(content());
        popover.getStyleClass().add("reading-guide-popover");
        popover.setTitle(TITLE);
        popover.setHeaderAlwaysVisible(true);
        popover.setDetachable(false);
        popover.setAnimated(false);
        popover.setArrowLocation(arrow);
        popover.show(anchor);
    }

    public boolean isShowing() {
        return popover != null && popover.isShowing();
    }

    public void hide() {
        if (popover != null) {
            popover.hide();
        }
    }

    /** The guide's text as a panel: one row per entry, then where to read more. */
    public static Node content() {
        VBox rows = new VBox(10);
        rows.getStyleClass().add("reading-guide");
        rows.setId("reading-guide");
        rows.setPadding(new Insets(4, 8, 8, 4));
        for (Entry e : ENTRIES) {
            FontIcon icon = new FontIcon(e.icon());
            icon.getStyleClass().add("reading-guide-icon");
            Label title = new Label(e.title());
            title.getStyleClass().add("reading-guide-title");
            VBox words = new VBox(2, title, wrapped(e.text(), "reading-guide-text"));
            HBox.setHgrow(words, Priority.ALWAYS);
            HBox row = new HBox(10, icon, words);
            row.getStyleClass().add("reading-guide-entry");
            rows.getChildren().add(row);
        }
        rows.getChildren().add(wrapped(MORE, "reading-guide-more"));
        rows.setPrefWidth(440);
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setPrefViewportWidth(460);
        // all of it where the screen has room (about 640 px at this width), else scrolling, the popover on screen
        double room = javafx.stage.Screen.getPrimary().getVisualBounds().getHeight() - 260;
        scroll.setPrefViewportHeight(Math.max(240, Math.min(650, room)));
        return scroll;
    }

    private static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
