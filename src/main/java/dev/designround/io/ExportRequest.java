package dev.designround.io;

import dev.designround.model.Catalog;
import dev.designround.model.Design;
import java.util.Objects;

/**
 * What an exporter works from.
 *
 * @param design  the design to export
 * @param catalog the catalog its types come from (names, categories, defaults)
 * @param source  how to name the design in output, usually its file name
 */
public record ExportRequest(Design design, Catalog catalog, String source) {

    public ExportRequest {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(catalog, "catalog");
        source = source == null ? "" : source;
    }
}
