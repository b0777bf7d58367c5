package dev.designround.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.designround.json.JsonStyle;
import dev.designround.rules.CategoryScore;
import dev.designround.rules.Finding;
import dev.designround.rules.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code check --format json}: one object as PRODUCT.md fixes it (scenario, verdict, score, findings with rule,
 * passed, severity, category, failureModes, nodes, message, fix), plus title, status (passed, failed, unwired,
 * said, not-applicable), weight, why, path, evidence (how the drawing was read), what the next verdict needs
 * ({@code next}) and the per-category scores. Over many designs, the same object with {@code "file"} first, one
 * per line (JSON Lines).
 */
final class ReportJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ReportJson() {
    }

    static String toJson(Report report) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(JsonStyle.prettyPrinter());
            g.writeStartObject();
            fields(g, report);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + System.lineSeparator();
    }

    /**
     * One line of {@code check --format json} over many designs (JSON Lines): the object of a single check with
     * {@code "file"} first, on one line, ending with {@code \n}.
     */
    static String line(String file, Report report) {
        return compact(g -> {
            g.writeStringField("file", file);
            fields(g, report);
        });
    }

    /** The JSON Lines line for a file that could not be graded: {@code {"file": ..., "error": ...}}. */
    static String errorLine(String file, String error) {
        return compact(g -> {
            g.writeStringField("file", file);
            g.writeStringField("error", error);
        });
    }

    private interface Fields {
        void write(JsonGenerator g) throws IOException;
    }

    private static String compact(Fields fields) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void fields(JsonGenerator g, Report report) throws IOException {
        g.writeStringField("scenario", report.scenario());
        g.writeStringField("verdict", report.verdict().name());
        g.writeNumberField("score", report.score());
        var next = report.next();
        if (next.isPresent()) {
            g.writeObjectFieldStart("next");
            g.writeStringField("verdict", next.get().target().name());
            g.writeNumberField("needs", next.get().needed());
            strings(g, "blockers", next.get().blockers().stream().map(Finding::rule).toList());
            g.writeArrayFieldStart("fixes");
            for (var fix : next.get().fixes()) {
                g.writeStartObject();
                g.writeStringField("rule", fix.finding().rule());
                g.writeNumberField("points", fix.points());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("text", next.get().sentence());
            g.writeEndObject();
        }
        g.writeArrayFieldStart("findings");
        for (Finding f : report.findings()) {
            g.writeStartObject();
            g.writeStringField("rule", f.rule());
            g.writeStringField("title", f.title());
            g.writeBooleanField("passed", f.passed());
            g.writeStringField("status", f.status().id());
            g.writeStringField("severity", f.severity().id());
            g.writeStringField("category", f.category().id());
            g.writeNumberField("weight", f.weight());
            strings(g, "failureModes", f.failureModes());
            strings(g, "nodes", f.nodes());
            strings(g, "path", f.path());
            g.writeStringField("message", f.message());
            g.writeStringField("why", f.why());
            g.writeStringField("fix", f.fix());
            strings(g, "evidence", f.evidence());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("categories");
        for (CategoryScore c : report.categories()) {
            g.writeStartObject();
            g.writeStringField("category", c.category().id());
            g.writeNumberField("score", c.score());
            g.writeNumberField("passed", c.passed());
            g.writeNumberField("total", c.total());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
