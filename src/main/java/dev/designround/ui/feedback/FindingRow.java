package dev.designround.ui.feedback;

import dev.designround.rules.Finding;
import dev.designround.rules.Severity;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One finding in the feedback list: its severity (or a tick when passed, a dash when not applicable), title, how it
 * came out when that is not plain (said, not drawn; not wired), its message and how the drawing
 * was read for it (a card counted for its label, a hub's checks); once chosen, also why an interviewer cares and
 * what to add. Style class {@code finding-row} with {@code blocker}, {@code major}, {@code minor},
 * {@code passed} or {@code not-applicable}, plus {@code said} or {@code unwired}; pseudo-class {@code selected}
 * while chosen. Click, Enter or Space chooses it.
 */
final class FindingRow extends VBox {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final Finding finding;
    private final VBox details = new VBox(4);

    FindingRow(Finding finding, Runnable choose) {
        this.finding = finding;
        getStyleClass().addAll("finding-row", styleOf(finding));
        if (finding.status() == Finding.Status.SAID || finding.status() == Finding.Status.UNWIRED) {
            getStyleClass().add(finding.status().id());
        }
        setId(FeedbackPanel.rowId(finding.rule()));
        FontIcon icon = new FontIcon(iconOf(finding));
        icon.getStyleClass().add("finding-icon");
        Label title = new Label(finding.title());
        title.getStyleClass().add("finding-title");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox head = new HBox(8, icon, title);
        head.getStyleClass().add("finding-head");
        getChildren().add(head);
        status(finding.status()).ifPresent(getChildren()::add);
        getChildren().add(text(finding.message(), "finding-message"));
        for (String e : finding.evidence()) {
            Label read = text("Read as: " + e, "finding-evidence");
            read.setGraphic(new FontIcon("mdi2e-eye-outline"));
            getChildren().add(read);
        }
        if (finding.failed()) {
            details.getChildren().addAll(section("Why it matters"), text(finding.why(), "finding-why"),
                    section("What to add"), text(finding.fix(), "finding-fix"));
        } else if (finding.passed() && !finding.why().isBlank()) {
            details.getChildren().addAll(section("Why it matters"), text(finding.why(), "finding-why"));
        }
        if (!finding.failureModes().isEmpty()) {
            details.getChildren().add(text("Failure modes: " + String.join(", ", finding.failureModes()),
                    "finding-modes"));
        }
        details.getStyleClass().add("finding-details");
        details.setVisible(false);
        details.setManaged(false);
        getChildren().add(details);
        setFocusTraversable(true);
        setOnMouseClicked(e -> choose.run());
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                choose.run();
                e.consume();
            }
        });
    }

    Finding finding() {
        return finding;
    }

    /** Shows or hides why and fix. */
    void setChosen(boolean chosen) {
        pseudoClassStateChanged(SELECTED, chosen);
        details.setVisible(chosen);
        details.setManaged(chosen);
    }

    /** The row's style class: {@code passed}, {@code not-applicable}, or the severity of what costs score. */
    private static String styleOf(Finding f) {
        return f.passed() ? "passed" : !f.applies() ? "not-applicable" : f.severity().id();
    }

    private static String iconOf(Finding f) {
        return f.passed() ? "mdi2c-check-circle-outline" : !f.applies() ? "mdi2m-minus-circle-outline"
                : icon(f.severity());
    }

    /**
     * A line saying how a rule that costs score came out when its colour does not: said but not drawn (part
     * credit), or not wired (what it judges is missing or unconnected).
     */
    static java.util.Optional<Label> status(Finding.Status status) {
        String text = switch (status) {
            case SAID -> "Said, not drawn: draw it to get full credit";
            case UNWIRED -> "Not wired";
            case PASSED, FAILED, NOT_APPLICABLE -> null;
        };
        if (text == null) {
            return java.util.Optional.empty();
        }
        Label l = text(text, "finding-status");
        l.getStyleClass().add(status.id());
        l.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a pill, not a bar across the row
        return java.util.Optional.of(l);
    }

    private static String icon(Severity severity) {
        return switch (severity) {
            case BLOCKER -> "mdi2c-close-octagon-outline";
            case MAJOR -> "mdi2a-alert-outline";
            case MINOR -> "mdi2i-information-outline";
        };
    }

    private static Label text(String value, String style) {
        Label l = new Label(value);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Label section(String value) {
        Label l = new Label(value.toUpperCase(java.util.Locale.ROOT));
        l.getStyleClass().add("finding-section");
        return l;
    }
}
