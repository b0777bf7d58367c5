package dev.designround.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.designround.batch.CalibratedDesign;
import dev.designround.batch.CalibrationTotals;
import dev.designround.json.JsonStyle;
import dev.designround.rules.Verdict;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code calibrate --format json}: one object with the totals over every set ({@code total}, {@code agree},
 * {@code verdictAgree}, {@code inversions}, {@code wronglyFlagged} of {@code notFlags}, {@code missed} of
 * {@code flags}, {@code lean}, {@code leanGradedLean}, {@code confusion}), the same totals per set in {@code sets},
 * and a {@code cases} entry per design (file, scenario, expected, given, score, wronglyFlagged, missed, rules).
 */
final class CalibrationJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private CalibrationJson() {
    }

    static String toJson(List<String> sets, List<CalibratedDesign> designs) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(JsonStyle.prettyPrinter());
            g.writeStartObject();
            totals(g, CalibrationTotals.of(designs));
            g.writeArrayFieldStart("sets");
            for (String set : sets) {
                g.writeStartObject();
                g.writeStringField("set", set);
                totals(g, CalibrationTotals.of(designs.stream().filter(d -> d.label().set().equals(set)).toList()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("cases");
            for (CalibratedDesign d : designs) {
                design(g, d);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + System.lineSeparator();
    }

    private static void totals(JsonGenerator g, CalibrationTotals t) throws IOException {
        g.writeNumberField("total", t.total());
        g.writeNumberField("agree", t.agree());
        g.writeNumberField("verdictAgree", t.verdictAgree());
        g.writeNumberField("inversions", t.inversions());
        g.writeNumberField("wronglyFlagged", t.wronglyFlagged());
        g.writeNumberField("notFlags", t.notFlags());
        g.writeNumberField("missed", t.missed());
        g.writeNumberField("flags", t.flags());
        g.writeNumberField("lean", t.lean());
        g.writeNumberField("leanGradedLean", t.leanGradedLean());
        g.writeArrayFieldStart("confusion");
        for (CalibrationTotals.ConfusionRow row : t.confusion()) {
            g.writeStartObject();
            verdicts(g, "expected", row.expected());
            g.writeObjectFieldStart("given");
            for (Verdict v : Verdict.values()) {
                g.writeNumberField(v.name(), row.count(v));
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void design(JsonGenerator g, CalibratedDesign d) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", d.label().display());
        g.writeStringField("set", d.label().set());
        g.writeStringField("scenario", d.label().scenario());
        g.writeStringField("kind", d.label().kind());
        verdicts(g, "expected", d.label().expected());
        g.writeStringField("given", d.given().name());
        g.writeNumberField("score", d.report().score());
        g.writeBooleanField("agree", d.agrees());
        g.writeBooleanField("verdictAgrees", d.verdictAgrees());
        g.writeBooleanField("inversion", d.inversion());
        strings(g, "wronglyFlagged", d.wronglyFlagged());
        strings(g, "missed", d.missed());
        g.writeArrayFieldStart("rules");
        for (CalibratedDesign.Responsible r : d.responsible()) {
            g.writeStartObject();
            g.writeStringField("reason", r.reason().id());
            if (!r.failureMode().isEmpty()) {
                g.writeStringField("failureMode", r.failureMode());
            }
            if (!r.rule().isEmpty()) {
                g.writeStringField("rule", r.rule());
                g.writeStringField("status", r.status().id());
            }
            g.writeStringField("message", r.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void verdicts(JsonGenerator g, String name, List<Verdict> verdicts) throws IOException {
        strings(g, name, verdicts.stream().map(Verdict::name).toList());
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
