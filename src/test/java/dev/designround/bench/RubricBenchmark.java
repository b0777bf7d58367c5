package dev.designround.bench;

import dev.designround.catalog.BundledSource;
import dev.designround.catalog.CatalogLoader;
import dev.designround.catalog.DirectorySource;
import dev.designround.json.InputException;
import dev.designround.json.JsonTreeReader;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.model.Node;
import dev.designround.rules.Grader;
import dev.designround.rules.Report;
import dev.designround.rules.Rubric;
import dev.designround.scenario.RuleLibrary;
import dev.designround.scenario.ScenarioLibrary;
import dev.designround.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Grading a design on every edit must fit in a frame. Designs of 50, 500 and 2,000 nodes (about twice as many
 * edges, real component types) graded against a rubric: a bundled scenario's when {@code rubric} names one, or
 * {@code all-global} — every rule of the global library (41 rules, more than any scenario uses).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RubricBenchmark {

    @Param({"50", "500", "2000"})
    int nodes;

    @Param({"all-global"})
    String rubric;

    private final Catalog catalog = CatalogLoader.bundled();
    private Design design;
    private Rubric graded;
    private Grader grader;
    private String moved;
    private long edits;

    @Setup
    public void setUp() throws IOException, InputException {
        design = GeneratedDesigns.generate(catalog, nodes, 7);
        grader = new Grader(catalog);
        moved = design.nodes().stream().skip(design.nodeCount() / 2).findFirst().orElseThrow().id();
        graded = rubric.equals("all-global") ? allGlobalRules(catalog) : ScenarioLibrary.bundled().find(rubric)
                .orElseThrow(() -> new IllegalArgumentException("no scenario " + rubric)).rubric();
    }

    /** Grading again with nothing changed (the grader remembers how it read each card and the ids' order). */
    @Benchmark
    public Report grade() {
        return grader.grade(design, graded);
    }

    /** A drag: one card moved, then graded (what the whiteboard does after every drop). */
    @Benchmark
    public Report gradeAfterAMove() {
        Node n = design.node(moved).orElseThrow();
        design.updateNode(n.withPosition(n.x() + (edits++ % 2 == 0 ? 20 : -20), n.y()));
        return grader.grade(design, graded);
    }

    /** A label typed: one card's label new every time, so that card is read afresh. */
    @Benchmark
    public Report gradeAfterARelabel() {
        Node n = design.node(moved).orElseThrow();
        design.updateNode(n.withLabel("Reviewed step " + edits++));
        return grader.grade(design, graded);
    }

    /** The first grading of a design: a grader that remembers nothing (opening a file, a CLI run). */
    @Benchmark
    public Report gradeFirstTime() {
        return new Grader(catalog).grade(design, graded);
    }

    /** A scenario that uses every global rule, with budgets to resolve. */
    static Rubric allGlobalRules(Catalog catalog) throws IOException, InputException {
        RuleLibrary rules = ScenarioLibrary.loadRules(catalog, new BundledSource(), new JsonTreeReader());
        String uses = rules.ids().stream().map(id -> "{\"use\": \"" + id + "\"}").collect(Collectors.joining(","));
        Path dir = Files.createTempDirectory("bench");
        Files.writeString(dir.resolve("all.json"), "{\"format\": \"design-round.scenario\", \"version\": 1, "
                + "\"id\": \"all-global\", \"title\": \"all\", \"prompt\": \"p\", \"requirements\": "
                + "{\"latencyBudgetMs\": 5000, \"costBudgetUsd\": 0.05}, \"rubric\": [" + uses + "]}");
        return new ScenarioLoader(catalog, rules, new JsonTreeReader()).load(new DirectorySource(dir), "all.json")
                .rubric();
    }
}
