package dev.designround.ui.window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's own open and save dialogs, filtered to design files (and, to open, diagrams). */
public final class NativeFileDialogs implements FileDialogs {

    private static final FileChooser.ExtensionFilter DESIGNS =
            new FileChooser.ExtensionFilter("Design Round designs (*.json)", "*.json");
    private static final FileChooser.ExtensionFilter ALL = new FileChooser.ExtensionFilter("All files", "*");
    /** What File → Open reads: designs, and diagrams from draw.io, Mermaid and Excalidraw (docs/import.md). */
    private static final FileChooser.ExtensionFilter OPENABLE = new FileChooser.ExtensionFilter(
            "Designs and diagrams", "*.json", "*.drawio", "*.xml", "*.mmd", "*.mermaid", "*.md", "*.excalidraw");
    private static final FileChooser.ExtensionFilter DIAGRAMS = new FileChooser.ExtensionFilter(
            "Diagrams: draw.io, Mermaid, Excalidraw (*.drawio, *.xml, *.mmd, *.md, *.excalidraw)", "*.drawio",
            "*.xml", "*.mmd", "*.mermaid", "*.md", "*.excalidraw");

    @Override
    public Optional<Path> chooseToOpen(Window owner, Optional<Path> folder) {
        FileChooser chooser = chooser("Open design or diagram", folder);
        chooser.getExtensionFilters().setAll(OPENABLE, DESIGNS, DIAGRAMS, ALL);
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseToSave(Window owner, Optional<Path> folder, String suggestedName) {
        FileChooser chooser = chooser("Save design", folder);
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath).map(NativeFileDialogs::withJsonExtension);
    }

    @Override
    public Optional<Path> chooseToExport(Window owner, Optional<Path> folder, String suggestedName,
                                         String description, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + description);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(description + " (*." + extension + ")", "*." + extension), ALL);
        folder.filter(Files::isDirectory).ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    static Path withJsonExtension(Path p) {
        String name = p.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? p : p.resolveSibling(name + ".json");
    }

    private static FileChooser chooser(String title, Optional<Path> folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(DESIGNS, ALL);
        folder.filter(Files::isDirectory).ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        return chooser;
    }
}
