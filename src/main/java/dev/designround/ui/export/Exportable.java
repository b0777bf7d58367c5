package dev.designround.ui.export;

import dev.designround.model.Design;
import java.util.Objects;
import java.util.Optional;

/**
 * The open design, as exporting sees it: the live design (exports work on a copy taken on the FX thread), the file
 * it belongs to if it was opened or saved, and the name it goes by ("legal.json", or its title).
 */
public record Exportable(Design design, Optional<java.nio.file.Path> file, String name) {

    public Exportable {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
    }

    /**
     * The file name an export suggests: the design file's name with the format's extension ({@code legal.json} →
     * {@code legal.png}), else the design's title, else its scenario, made file-name safe, else {@code design}.
     */
    public String suggestedFileName(String extension) {
        String base = file.map(f -> f.getFileName().toString()).map(Exportable::withoutExtension)
                .orElseGet(this::fromInfo);
        return base + "." + extension;
    }

    private String fromInfo() {
        String title = design.info().title();
        String source = !title.isBlank() ? title : design.info().scenario();
        String clean = source.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return clean.isEmpty() ? "design" : clean;
    }

    private static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
