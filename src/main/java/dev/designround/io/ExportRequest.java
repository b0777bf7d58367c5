package dev.designround.io;

import dev.designround.model.Catalog;
import dev.designround.model.Design;
import java.util.Objects;
import java.util.Optional;

/**
 * What an exporter works from.
 *
 * @param design  the design to export
 * @param catalog the catalog its types come from (names, categories, defaults)
 * @param source  how to name the design in output, usually its file name
 * @param grading the design's grading, for the reports (required by exporters whose
 *                {@link Exporter#needsGrading()} is true); empty otherwise
 */
public record ExportRequest(Design design, Catalog catalog, String source, Optional<Grading> grading) {

    public ExportRequest {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(catalog, "catalog");
        source = source == null ? "" : source;
        grading = grading == null ? Optional.empty() : grading;
    }

    /** A request without grading. */
    public ExportRequest(Design design, Catalog catalog, String source) {
        this(design, catalog, source, Optional.empty());
    }

    public ExportRequest withGrading(Grading value) {
        return new ExportRequest(design, catalog, source, Optional.of(value));
    }

    /**
     * The grading, for an exporter that cannot work without it.
     *
     * @throws IllegalArgumentException if the request has none
     */
    public Grading requireGrading(String format) {
        return grading.orElseThrow(() -> new IllegalArgumentException(
                format + " needs the design's grading: grade the design against its scenario first"));
    }
}
