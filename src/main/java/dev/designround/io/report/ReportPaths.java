package dev.designround.io.report;

import dev.designround.diagram.SafeText;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import java.util.List;
import java.util.stream.Collectors;

/** A finding's violating path in words: the nodes' labels joined by arrows. */
final class ReportPaths {

    private ReportPaths() {
    }

    static String describe(List<String> path, Design design, Catalog catalog) {
        return path.stream()
                .map(id -> design.node(id).map(catalog::displayName).orElse(id))
                .map(SafeText::oneLine)
                .collect(Collectors.joining(" \u2192 "));
    }
}
