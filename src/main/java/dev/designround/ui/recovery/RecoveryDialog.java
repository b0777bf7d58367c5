package dev.designround.ui.recovery;

import dev.designround.io.RecoveryStore;
import dev.designround.ui.look.Themes;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The question at start-up when an earlier run left unsaved work behind: restore it or discard it, naming when it
 * was saved and the file it belonged to. There is no way to close it without an answer, so the work is never
 * dropped by a stray Escape. Ids: {@code recovery-restore}, {@code recovery-discard}.
 */
public final class RecoveryDialog {

    /** The user's choice. */
    public enum Answer { RESTORE, DISCARD }

    static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.OTHER);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'on' d MMM yyyy",
            Locale.ENGLISH);

    private RecoveryDialog() {
    }

    /** Shows the question and waits for the answer. */
    public static Answer ask(Window owner, RecoveryStore.Recovered recovered, Instant now, ZoneId zone) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message(recovered, now, zone), RESTORE, DISCARD);
        alert.initOwner(owner);
        alert.setTitle("Design Round");
        alert.setHeaderText("Restore the work you had not saved?");
        alert.getDialogPane().getStylesheets().add(Themes.STYLESHEET);
        alert.getDialogPane().setMinWidth(520);
        alert.getDialogPane().setId("recovery-dialog");
        alert.getDialogPane().lookupButton(RESTORE).setId("recovery-restore");
        alert.getDialogPane().lookupButton(DISCARD).setId("recovery-discard");
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.filter(DISCARD::equals).isPresent() ? Answer.DISCARD : Answer.RESTORE;
    }

    /** What the dialog says: whose changes, saved when, and what each answer does. */
    static String message(RecoveryStore.Recovered r, Instant now, ZoneId zone) {
        String title = r.design().info().title();
        String what = r.file().map(f -> "unsaved changes to " + f.getFileName() + " (" + f + ")")
                .orElseGet(() -> "a new design that was never saved" + (title.isBlank() ? ""
                        : ", \u201c" + title + "\u201d"));
        int nodes = r.design().nodeCount();
        int edges = r.design().edgeCount();
        return "Design Round closed while you had " + what + ".\n\n"
                + "It was saved for recovery at " + TIME.format(r.savedAt().atZone(zone)) + " ("
                + ago(Duration.between(r.savedAt(), now)) + "): " + nodes + (nodes == 1 ? " node, " : " nodes, ")
                + edges + (edges == 1 ? " edge." : " edges.") + "\n\n"
                + (r.file().isPresent() ? "Restore opens it as unsaved changes to that file; "
                : "Restore opens it as a new, unsaved design; ")
                + "Discard deletes it for good.";
    }

    static String ago(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s < 90) {
            return s + (s == 1 ? " second ago" : " seconds ago");
        }
        if (s < 90 * 60) {
            return Math.round(s / 60.0) + " minutes ago";
        }
        if (s < 48 * 3600) {
            return Math.round(s / 3600.0) + " hours ago";
        }
        return Math.round(s / 86400.0) + " days ago";
    }
}
