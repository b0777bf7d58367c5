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
 * One finding in the feedback list: its severity (or a tick when passed), title and message; once chosen, also
 * why an interviewer cares and what to add. Style class {@code finding-row} with {@code blocker}, {@code major},
 * {@code minor} or {@code passed}; pseudo-class {@code selected} while chosen. Click, Enter or Space chooses it.
 */
final class FindingRow extends VBox {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final Finding finding;
    private final VBox details = new VBox(4);

    FindingRow(Finding finding, Runnable choose) {
        this.finding = finding;
        getStyleClass().addAll("finding-row", finding.passed() ? "passed" : finding.severity().id());
        setId(FeedbackPanel.rowId(finding.rule()));
        FontIcon icon = new FontIcon(finding.passed() ? "mdi2c-check-circle-outline" : icon(finding.severity()));
        icon.getStyleClass().add("finding-icon");
        Label title = new Label(finding.title());
        title.getStyleClass().add("finding-title");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox head = new HBox(8, icon, title);
        head.getStyleClass().add("finding-head");
        Label message = text(finding.message(), "finding-message");
        getChildren().addAll(head, message);
        if (!finding.passed()) {
            details.getChildren().addAll(section("Why it matters"), text(finding.why(), "finding-why"),
                    section("What to add"), text(finding.fix(), "finding-fix"));
        } else if (!finding.why().isBlank()) {
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
