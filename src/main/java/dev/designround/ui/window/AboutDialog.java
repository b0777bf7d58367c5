package dev.designround.ui.window;

import dev.designround.io.AppDirs;
import dev.designround.ui.look.Themes;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Help → About: the version, and where Design Round keeps settings and logs. */
final class AboutDialog {

    private AboutDialog() {
    }

    static void show(Window owner) {
        String version = AboutDialog.class.getPackage().getImplementationVersion();
        Alert about = new Alert(Alert.AlertType.INFORMATION,
                "Practise AI system-design interview rounds on a whiteboard that grades like an interviewer.\n\n"
                        + "Settings and logs: " + AppDirs.home(), ButtonType.OK);
        about.initOwner(owner);
        about.setTitle("About Design Round");
        about.setHeaderText("Design Round " + (version == null ? "(development build)" : version));
        about.getDialogPane().getStylesheets().add(Themes.STYLESHEET);
        about.showAndWait();
    }
}
