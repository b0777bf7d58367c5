package dev.designround.bench;

import dev.designround.catalog.CatalogLoader;
import dev.designround.model.Catalog;
import dev.designround.model.ComponentType;
import dev.designround.model.Design;
import dev.designround.model.DesignInfo;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.model.Node;
import dev.designround.rules.AllOf;
import dev.designround.rules.Budget;
import dev.designround.rules.Condition;
import dev.designround.rules.Forbids;
import dev.designround.rules.Grader;
import dev.designround.rules.Guards;
import dev.designround.rules.NotesMention;
import dev.designround.rules.Observes;
import dev.designround.rules.Reaches;
import dev.designround.rules.Requires;
import dev.designround.rules.Rubric;
import dev.designround.rules.Rule;
import dev.designround.rules.RuleCategory;
import dev.designround.rules.Selector;
import dev.designround.rules.Severity;
import dev.designround.rules.Survives;
import dev.designround.rules.Thresholds;
import dev.designround.scenario.PackLimits;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What one rule of each kind costs on the largest design a file may hold (10,000 nodes, 50,000 edges, 1,000,000
 * characters of notes), with selectors that match as much as they can: the measurements behind the scenario-pack
 * limits ({@link PackLimits}). A main class, not a unit test:
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * java -cp target/design-round.jar:target/test-classes dev.designround.bench.RuleKindCostBench [NODES EDGES]
 * </pre>
 *
 * Prints, per kind, the CPU time of grading a one-rule rubric (median of 3 after a warm-up run).
 */
public final class RuleKindCostBench {

    private RuleKindCostBench() {
    }

    public static void main(String[] args) {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int edges = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        Catalog catalog = CatalogLoader.bundled();
        Design design = design(catalog, nodes, edges);
        Grader grader = new Grader(catalog);
        Selector everything = new Selector(Set.copyOf(catalog.typeIds()), Set.of(), "");
        Selector models = new Selector(Set.of("llm"), Set.of(), "");
        Selector users = new Selector(Set.of("user"), Set.of(), "");
        Selector checks = new Selector(Set.of(), Set.of("grounding-check"), "");
        Map<String, Condition> kinds = new LinkedHashMap<>();
        kinds.put("requires (every type)", new Requires(everything, 1));
        kinds.put("reaches user -> every type", new Reaches(users, everything, Optional.empty(),
                Reaches.DEFAULT_EDGES));
        kinds.put("reaches via a check", new Reaches(models, users, Optional.of(checks), Reaches.DEFAULT_EDGES));
        kinds.put("guards model -> user through a check", new Guards(models, users, checks, Guards.DEFAULT_EDGES));
        kinds.put("survives each model down", new Survives(models, false));
        kinds.put("survives all models down", new Survives(models, true));
        kinds.put("survives each node of every type down", new Survives(everything, false));
        kinds.put("observes every node by any", new Observes(everything, everything, false));
        kinds.put("budget latency", new Budget(Budget.Metric.fromId("latency").orElseThrow(), 5_000, "",
                Optional.empty()));
        kinds.put("budget cost", new Budget(Budget.Metric.fromId("cost").orElseThrow(), 1, "", Optional.empty()));
        kinds.put("forbids model -> user", new Forbids(models, users, false, Forbids.DEFAULT_EDGES));
        kinds.put("notes, 1 keyword", notes(1, 1));
        kinds.put("notes, " + PackLimits.MAX_KEYWORDS_PER_TOPIC + " keywords", notes(1,
                PackLimits.MAX_KEYWORDS_PER_TOPIC));
        kinds.put("notes, " + PackLimits.MAX_KEYWORDS + " keywords (a scenario's most)",
                notes(PackLimits.MAX_KEYWORDS / PackLimits.MAX_KEYWORDS_PER_TOPIC,
                        PackLimits.MAX_KEYWORDS_PER_TOPIC));
        kinds.put("all of " + PackLimits.MAX_CHECKS_PER_RULE + " requires", new AllOf(
                java.util.Collections.nCopies(PackLimits.MAX_CHECKS_PER_RULE, new Requires(everything, 1))));

        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "design: %,d nodes, %,d edges, %,d characters of notes%n", design.nodeCount(),
                design.edgeCount(), design.info().notes().length());
        for (Map.Entry<String, Condition> kind : kinds.entrySet()) {
            Rubric rubric = new Rubric("bench", List.of(new Rule("bench.rule", "t", RuleCategory.ARCHITECTURE,
                    Severity.MAJOR, 1, List.of(), kind.getValue(), "", "why", "fix")), Thresholds.DEFAULT);
            grader.grade(design, rubric);
            long[] times = new long[3];
            for (int i = 0; i < times.length; i++) {
                long start = cpu.getCurrentThreadCpuTime();
                grader.grade(design, rubric);
                times[i] = cpu.getCurrentThreadCpuTime() - start;
            }
            java.util.Arrays.sort(times);
            System.out.printf(Locale.ROOT, "%-48s %10.1f ms CPU%n", kind.getKey(), times[1] / 1e6);
        }
    }

    /** Topics whose keywords never occur in the notes: every one is searched for in all of them. */
    private static NotesMention notes(int topics, int keywordsPerTopic) {
        List<NotesMention.Topic> list = new ArrayList<>();
        for (int t = 0; t < topics; t++) {
            List<String> keywords = new ArrayList<>();
            for (int k = 0; k < keywordsPerTopic; k++) {
                keywords.add("absentword" + t + "x" + k + (k % 2 == 0 ? "*" : ""));
            }
            list.add(new NotesMention.Topic("t" + t, "topic " + t, keywords));
        }
        return new NotesMention(list, 1);
    }

    /** Real component types, every node reachable from the user, random extra edges of every kind. */
    static Design design(Catalog catalog, int nodeCount, int edgeCount) {
        SplittableRandom random = new SplittableRandom(11);
        List<ComponentType> types = catalog.types().stream().filter(t -> !t.id().equals("user")).toList();
        StringBuilder notes = new StringBuilder();
        while (notes.length() < 1_000_000) {
            notes.append("the quick brown fox considers latency and volume per day ");
        }
        Design d = new Design(new DesignInfo("", "largest", notes.substring(0, 1_000_000)));
        d.addNode(Node.of("user", "user", 0, 0));
        for (int i = 1; i < nodeCount; i++) {
            d.addNode(Node.of("n" + i, types.get(random.nextInt(types.size())).id(), (i % 100) * 256.0,
                    (i / 100) * 144.0));
        }
        int e = 0;
        for (int i = 1; i < nodeCount; i++) {
            d.addEdge(Edge.flow("e" + e++, i == 1 ? "user" : "n" + (1 + random.nextInt(i - 1)), "n" + i));
        }
        while (e < edgeCount) {
            int a = 1 + random.nextInt(nodeCount - 1);
            int b = 1 + random.nextInt(nodeCount - 1);
            double p = random.nextDouble();
            EdgeKind kind = p < 0.8 ? EdgeKind.FLOW : p < 0.9 ? EdgeKind.FALLBACK : EdgeKind.ASYNC;
            d.addEdge(Edge.of("e" + e++, "n" + a, random.nextDouble() < 0.05 ? "user" : "n" + b, kind));
        }
        return d;
    }
}
