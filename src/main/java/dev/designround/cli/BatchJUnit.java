package dev.designround.cli;

import dev.designround.batch.BatchOutcome;
import dev.designround.batch.GradedDesign;
import dev.designround.diagram.SafeText;
import dev.designround.rules.Finding;
import dev.designround.rules.Report;
import dev.designround.rules.Verdict;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code check --format junit}: JUnit XML, the test report CI servers show (Jenkins, GitLab, GitHub Actions
 * reporters). A test suite per design, a test case per rule; a failed rule is a failure whose message says what is
 * wrong and whose text adds why it matters and the fix. A file that cannot be graded is a suite with one error.
 * With {@code --min-verdict}, each design also has a test case for its verdict.
 */
final class BatchJUnit {

    private final XMLStreamWriter x;
    private int depth;

    private BatchJUnit(XMLStreamWriter x) {
        this.x = x;
    }

    static void write(CheckRun run, PrintWriter out) {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            new BatchJUnit(x).document(run);
            x.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML: " + e.getMessage(), e);
        }
        out.println();
    }

    private void document(CheckRun run) throws XMLStreamException {
        List<BatchOutcome<GradedDesign>> shown = run.shown();
        int tests = 0;
        int failures = 0;
        int errors = 0;
        Duration time = Duration.ZERO;
        for (BatchOutcome<GradedDesign> o : shown) {
            if (o instanceof BatchOutcome.Done<GradedDesign> d) {
                tests += cases(run, d.value().report());
                failures += failures(run, d.value().report());
                time = time.plus(d.time());
            } else {
                tests++;
                errors++;
            }
        }
        x.writeStartDocument("UTF-8", "1.0");
        open("testsuites");
        x.writeAttribute("name", "design-round check");
        x.writeAttribute("tests", Integer.toString(tests));
        x.writeAttribute("failures", Integer.toString(failures));
        x.writeAttribute("errors", Integer.toString(errors));
        x.writeAttribute("time", seconds(time));
        for (BatchOutcome<GradedDesign> o : shown) {
            if (o instanceof BatchOutcome.Done<GradedDesign> d) {
                suite(run, d.value(), d.time());
            } else {
                broken(o.file().display(), o instanceof BatchOutcome.Bad ? "bad-input" : "internal-error",
                        BatchGrading.problem(o));
            }
        }
        close();
        x.writeEndDocument();
    }

    private void suite(CheckRun run, GradedDesign g, Duration time) throws XMLStreamException {
        Report r = g.report();
        String file = g.file().display();
        open("testsuite");
        x.writeAttribute("name", text(file));
        x.writeAttribute("tests", Integer.toString(cases(run, r)));
        x.writeAttribute("failures", Integer.toString(failures(run, r)));
        x.writeAttribute("errors", "0");
        x.writeAttribute("skipped", "0");
        x.writeAttribute("time", seconds(time));
        x.writeAttribute("file", text(file));
        open("properties");
        property("scenario", r.scenario());
        property("scenarioTitle", g.scenarioTitle());
        property("designTitle", g.designTitle());
        property("verdict", r.verdict().name());
        property("score", String.format(Locale.ROOT, "%.1f", r.score()));
        close();
        String classname = classname(file);
        for (Finding f : r.findings()) {
            testcase(classname, f.rule() + ": " + SafeText.oneLine(f.title()), f.passed() ? null
                    : new Problem("failure", f.severity().id(), SafeText.oneLine(f.message()), details(f)));
        }
        if (run.minVerdict().isPresent()) {
            Verdict min = run.minVerdict().get();
            testcase(classname, "verdict: at least " + min.label(), !run.below(r.verdict()) ? null
                    : new Problem("failure", "verdict", r.verdict().label() + String.format(Locale.ROOT,
                    " (score %.1f)", r.score()) + " is below " + min.label() + " (--min-verdict)", ""));
        }
        close();
    }

    /** A failure or error of a test case. */
    private record Problem(String element, String type, String message, String body) {
    }

    /** A test case: empty when it passed, else with its problem. */
    private void testcase(String classname, String name, Problem problem) throws XMLStreamException {
        if (problem == null) {
            indent();
            x.writeEmptyElement("testcase");
        } else {
            open("testcase");
        }
        x.writeAttribute("classname", classname);
        x.writeAttribute("name", text(name));
        if (problem != null) {
            leaf(problem.element(), problem.type(), problem.message(), problem.body());
            close();
        }
    }

    private void broken(String file, String type, String message) throws XMLStreamException {
        open("testsuite");
        x.writeAttribute("name", text(file));
        x.writeAttribute("tests", "1");
        x.writeAttribute("failures", "0");
        x.writeAttribute("errors", "1");
        x.writeAttribute("skipped", "0");
        x.writeAttribute("time", "0.000");
        x.writeAttribute("file", text(file));
        testcase(classname(file), "read and grade the design", new Problem("error", type, SafeText.oneLine(message),
                ""));
        close();
    }

    private static String details(Finding f) {
        List<String> lines = new ArrayList<>();
        lines.add(f.message());
        lines.add("Why: " + f.why());
        lines.add("Fix: " + f.fix());
        if (!f.failureModes().isEmpty()) {
            lines.add("Failure modes: " + String.join(", ", f.failureModes()));
        }
        if (!f.path().isEmpty()) {
            lines.add("Path: " + String.join(" → ", f.path()));
        } else if (!f.nodes().isEmpty()) {
            lines.add("Nodes: " + String.join(", ", f.nodes()));
        }
        return String.join("\n", lines);
    }

    private static int cases(CheckRun run, Report r) {
        return r.findings().size() + (run.minVerdict().isPresent() ? 1 : 0);
    }

    private static int failures(CheckRun run, Report r) {
        return r.failed().size() + (run.below(r.verdict()) ? 1 : 0);
    }

    /**
     * The test class CI servers group by: the file's path, with dots (which Jenkins reads as package separators)
     * as underscores.
     */
    static String classname(String file) {
        return text(file).replace('.', '_');
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3f", d.toNanos() / 1e9);
    }

    private static String text(String s) {
        return SafeText.clean(s);
    }

    private void property(String name, String value) throws XMLStreamException {
        indent();
        x.writeEmptyElement("property");
        x.writeAttribute("name", name);
        x.writeAttribute("value", SafeText.oneLine(value));
    }

    private void leaf(String element, String type, String message, String body) throws XMLStreamException {
        indent();
        if (body.isEmpty()) {
            x.writeEmptyElement(element);
        } else {
            x.writeStartElement(element);
        }
        x.writeAttribute("type", type);
        x.writeAttribute("message", message);
        if (!body.isEmpty()) {
            x.writeCharacters(SafeText.clean(body));
            x.writeEndElement();
        }
    }

    private void open(String element) throws XMLStreamException {
        indent();
        x.writeStartElement(element);
        depth++;
    }

    private void close() throws XMLStreamException {
        depth--;
        indent();
        x.writeEndElement();
    }

    private void indent() throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(depth));
    }
}
