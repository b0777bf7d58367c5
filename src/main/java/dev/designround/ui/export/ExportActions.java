package dev.designround.ui.export;

import dev.designround.io.ExportRequest;
import dev.designround.io.Exporter;
import dev.designround.io.Overwrites;
import dev.designround.io.Exporters;
import dev.designround.io.Grading;
import dev.designround.diagram.DiagramFont;
import dev.designround.io.export.MermaidExporter;
import dev.designround.io.export.PngWriter;
import dev.designround.io.export.SceneBuilder;
import dev.designround.diagram.Theme;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * File → Export and Edit → Copy as Mermaid / Copy image, on the open design. Every format of
 * {@link Exporters#standard(Theme)}; diagrams are drawn in the window's theme (the PDF and the reports are always
 * light). The report formats, and the PDF's report pages, grade the design against its scenario first; a design
 * that names none exports the PDF as the diagram alone and no report.
 *
 * <p>The design is copied on the FX thread; grading, drawing and writing run on a background thread, and the file
 * is written atomically (the previous one kept as {@code NAME.bak}), so the window never waits for an export and a
 * failed export leaves no half-written file. Failures are shown in a dialog naming the file.
 */
public final class ExportActions {

    private final Catalog catalog;
    private final ReportGrading grading;
    private final Supplier<Optional<Exportable>> open;
    private final ExportTargets targets;
    private final BooleanSupplier dark;
    private final ExportFeedback feedback;
    private Optional<Path> lastFolder = Optional.empty();

    /**
     * @param open    the design open now, if any
     * @param dark    whether the window is in its dark theme (diagrams follow it)
     */
    public ExportActions(Catalog catalog, ReportGrading grading, Supplier<Optional<Exportable>> open,
                         ExportTargets targets, BooleanSupplier dark, ExportFeedback feedback) {
        this.catalog = catalog;
        this.grading = grading;
        this.open = open;
        this.targets = targets;
        this.dark = dark;
        this.feedback = feedback;
    }

    /** The exporters, in menu order, drawing in the window's current theme. */
    public Exporters exporters() {
        return Exporters.standard(dark.getAsBoolean() ? Theme.DARK : Theme.LIGHT);
    }

    /**
     * Why a format cannot be exported for the open design now (a report for a design that answers no scenario);
     * empty when it can. The PDF can always be exported: without a scenario it holds the diagram alone.
     */
    public Optional<String> unavailable(String format) {
        Optional<Exportable> doc = open.get();
        if (doc.isEmpty()) {
            return Optional.of("Open a design first.");
        }
        Exporter exporter = exporter(format);
        if (!exporter.needsGrading() || exporter.format().equals("pdf")) {
            return Optional.empty();
        }
        return grading.unavailable(doc.get().design());
    }

    /**
     * Why the open design's PDF will hold the diagram alone (it answers no scenario, say); empty when the PDF gets
     * its report pages too.
     */
    public Optional<String> pdfWithoutReport() {
        return open.get().flatMap(doc -> grading.unavailable(doc.design()));
    }

    /**
     * Asks where, then exports the open design in a format in the background. The future completes on the FX
     * thread with the file written, or empty when nothing was written (cancelled, unavailable, or failed: the user
     * has been told why).
     */
    public CompletableFuture<Optional<Path>> export(String format) {
        Exporter exporter = exporter(format);
        Optional<Exportable> doc = open.get();
        Optional<String> reason = unavailable(format);
        if (doc.isEmpty() || reason.isPresent()) {
            reason.ifPresent(r -> feedback.status("Cannot export " + ExportMenu.label(format) + ": " + r));
            return CompletableFuture.completedFuture(Optional.empty());
        }
        Exportable design = doc.get();
        Optional<Path> chosen = targets.choose(lastFolder.or(() -> design.file().map(Path::getParent)),
                design.suggestedFileName(exporter.extension()), ExportMenu.label(format), exporter.extension());
        if (chosen.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        Path target = withExtension(chosen.get(), exporter.extension()).toAbsolutePath().normalize();
        lastFolder = Optional.ofNullable(target.getParent());
        Optional<String> refused = ownFile(design, target, format);
        if (refused.isPresent()) {
            feedback.error("Could not export " + target.getFileName(), target + ": " + refused.get()
                    + "\nNothing was written there; your design is unchanged.");
            return CompletableFuture.completedFuture(Optional.empty());
        }
        boolean graded = exporter.needsGrading() && grading.unavailable(design.design()).isEmpty();
        Design copy = design.design().copy();
        String source = design.name();
        feedback.status("Exporting " + target.getFileName() + "…");
        CompletableFuture<Optional<Path>> done = new CompletableFuture<>();
        background("export-" + format, () -> {
            try {
                ExportRequest request = new ExportRequest(copy, catalog, source);
                if (graded) {
                    Grading g = grading.grade(copy);
                    request = request.withGrading(g);
                }
                Exporters.exportTo(exporter, request, target);
                Platform.runLater(() -> {
                    feedback.status("Exported " + target + (exporter.format().equals("pdf") && !graded
                            ? " (the diagram only: the design answers no scenario)" : ""));
                    done.complete(Optional.of(target));
                });
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> {
                    feedback.error("Could not export " + target.getFileName(), target + ": " + message(e)
                            + "\nNothing was written there; your design is unchanged. Try another folder or name.");
                    done.complete(Optional.empty());
                });
            }
        });
        return done;
    }

    /**
     * Why an export must not go to {@code target}: it is the open design's own file. Anything else the file dialog
     * has already asked about replacing.
     */
    private static Optional<String> ownFile(Exportable design, Path target, String format) {
        if (design.file().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Overwrites.refusal(design.file().get(), target, format, true);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Puts the open design on the clipboard as a Mermaid flowchart (text). */
    public void copyAsMermaid() {
        open.get().ifPresent(doc -> {
            String text = new MermaidExporter(theme()).toMermaid(doc.design(), catalog);
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
            long lines = text.lines().count();
            feedback.status("Copied the diagram as Mermaid (" + lines + " lines): paste it into a ```mermaid block");
        });
    }

    /**
     * Puts the whole diagram on the clipboard as an image, drawn like the PNG export; the drawing happens in the
     * background. The future completes on the FX thread once the clipboard holds the image.
     */
    public CompletableFuture<Boolean> copyImage() {
        Optional<Exportable> doc = open.get();
        if (doc.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        Design copy = doc.get().design().copy();
        Theme theme = theme();
        feedback.status("Drawing the diagram…");
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        background("copy-image", () -> {
            try {
                DiagramFont font = DiagramFont.get();
                BufferedImage drawn = new PngWriter(font).render(new SceneBuilder(catalog, theme, font).build(copy));
                Image image = FxImages.of(drawn);
                Platform.runLater(() -> {
                    ClipboardContent content = new ClipboardContent();
                    content.putImage(image);
                    Clipboard.getSystemClipboard().setContent(content);
                    feedback.status("Copied the diagram as an image (" + drawn.getWidth() + " × " + drawn.getHeight()
                            + " px)");
                    done.complete(true);
                });
            } catch (RuntimeException | OutOfMemoryError e) {
                Platform.runLater(() -> {
                    feedback.error("Could not copy the diagram as an image", message(e));
                    done.complete(false);
                });
            }
        });
        return done;
    }

    private Theme theme() {
        return dark.getAsBoolean() ? Theme.DARK : Theme.LIGHT;
    }

    private Exporter exporter(String format) {
        return exporters().find(format).orElseThrow(() -> new IllegalArgumentException("no exporter " + format));
    }

    /** Adds the format's extension when the name the user typed has none. */
    static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + "." + extension);
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private static void background(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
    }
}
