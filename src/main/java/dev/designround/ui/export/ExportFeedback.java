package dev.designround.ui.export;

/** How exporting and copying tell the user what happened: a line in the status bar, or an error dialog. */
public interface ExportFeedback {

    void status(String message);

    /** Shows an error and waits for the user; {@code header} names the file. */
    void error(String header, String message);
}
