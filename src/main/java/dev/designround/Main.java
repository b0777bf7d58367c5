package dev.designround;

import dev.designround.cli.Cli;
import dev.designround.ui.DesignRoundApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Entry point of {@code design-round.jar}. With no arguments, or with one design file, it opens the whiteboard;
 * with a command or an option it runs headless ({@code check}, {@code validate}, {@code --help}, ...). This class
 * is deliberately not a JavaFX {@code Application}: JavaFX loaded from the class path needs a plain launcher.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(opensWhiteboard(args) ? DesignRoundApp.launchWindow(args) : Cli.run(args));
    }

    /**
     * Whether the arguments ask for the whiteboard: none at all, or a single argument that is neither a command
     * nor an option and names a design file ({@code .json}, or any file that exists). Anything else goes to the
     * command line, which explains what it did not understand.
     */
    static boolean opensWhiteboard(String[] args) {
        if (args.length == 0) {
            return true;
        }
        if (args.length > 1 || Cli.isCommand(args[0])) {
            return false;
        }
        String arg = args[0];
        if (arg.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return true;
        }
        try {
            return Files.isRegularFile(Path.of(arg));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }
}
