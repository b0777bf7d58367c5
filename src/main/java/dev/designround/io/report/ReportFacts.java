package dev.designround.io.report;

import dev.designround.io.Grading;
import dev.designround.diagram.SafeText;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.rules.Finding;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What every report says the same way, whatever its format: the heading, the score, when it was graded, and the
 * nodes a finding points at, by their labels. Returns plain text; each writer escapes it for its format.
 */
final class ReportFacts {

    private final Design design;
    private final Catalog catalog;
    private final Grading grading;

    ReportFacts(Design design, Catalog catalog, Grading grading) {
        this.design = design;
        this.catalog = catalog;
        this.grading = grading;
    }

    String heading() {
        String title = SafeText.oneLine(design.info().title());
        return "Design review: " + (title.isEmpty() ? "untitled design" : title);
    }

    String scenario() {
        String title = SafeText.oneLine(grading.scenarioTitle());
        String id = grading.report().scenario();
        return title.equals(id) ? id : title + " (" + id + ")";
    }

    String verdict() {
        return grading.report().verdict().label();
    }

    String score() {
        return number(grading.report().score()) + " / 100";
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** ISO-8601 instant, to the second. */
    String gradedAt() {
        Instant at = grading.gradedAt().truncatedTo(ChronoUnit.SECONDS);
        return at.toString();
    }

    /** The labels of the nodes a finding points at, joined with commas; empty when it points at none. */
    String nodes(Finding f) {
        return f.nodes().stream()
                .map(id -> design.node(id).map(catalog::displayName).orElse(id))
                .map(SafeText::oneLine)
                .collect(Collectors.joining(", "));
    }

    /** "Blocker", "Major", "Minor". */
    static String severity(Finding f) {
        String id = f.severity().id();
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    static String failureModes(Finding f) {
        return String.join(", ", f.failureModes());
    }

    List<Finding> failed() {
        return grading.report().failedBySeverity();
    }

    List<Finding> passed() {
        return grading.report().passed();
    }

    Grading grading() {
        return grading;
    }
}
