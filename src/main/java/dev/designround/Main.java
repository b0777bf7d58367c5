package dev.designround;

import dev.designround.cli.Cli;

/**
 * Entry point of {@code design-round.jar}: with a command it runs headless; with no arguments, or with a design
 * file, it will open the whiteboard (until the whiteboard lands, it prints the usage).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
