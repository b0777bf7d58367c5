package dev.designround.bench;

import dev.designround.catalog.CatalogLoader;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.model.Node;
import dev.designround.rules.Grader;
import dev.designround.rules.Rubric;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * Bench command for grading on a shared, loaded machine: the same work as {@link RubricBenchmark} (designs of 50,
 * 500 and 2,000 nodes against every global rule), timed per grading in the grading thread's CPU time as well as
 * wall time. Other processes on the machine take wall time from a grading but not CPU time, so the CPU figures stay
 * comparable from one run to the next where JMH's wall-clock averages swing by a factor of five; the wall figures
 * show what the load did. (The JIT and garbage collector's own threads are not counted in the CPU time; the JVM is
 * warmed up first and the designs allocate little.)
 *
 * <pre>
 * mvn -B -q package -DskipTests && mvn -B -q test-compile
 * java -cp target/design-round.jar:target/test-classes dev.designround.bench.GradingCpuBench [NODES EDIT]
 * </pre>
 * With {@code NODES EDIT} (EDIT one of none, move, relabel, first) it measures that one case, to profile it.
 * Prints, per size and edit, the median and 90th percentile of a grading in CPU and wall milliseconds.
 */
public final class GradingCpuBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final long MEASURE_NANOS = 4_000_000_000L;

    private GradingCpuBench() {
    }

    /** What happens between gradings. */
    private enum Edit {
        NONE("graded again, nothing changed"),
        MOVE("one card moved (a drag)"),
        RELABEL("one card's label typed anew"),
        FIRST("first grading (a new grader)");

        final String what;

        Edit(String what) {
            this.what = what;
        }
    }

    public static void main(String[] args) throws Exception {
        Catalog catalog = CatalogLoader.bundled();
        Rubric rubric = RubricBenchmark.allGlobalRules(catalog);
        System.out.printf(Locale.ROOT, "%-6s %-32s %10s %10s %10s %10s %8s%n", "nodes", "edit", "cpu p50", "cpu p90",
                "wall p50", "wall p90", "runs");
        int[] sizes = args.length > 0 ? new int[] {Integer.parseInt(args[0])} : new int[] {50, 500, 2000};
        Edit[] edits = args.length > 1 ? new Edit[] {Edit.valueOf(args[1].toUpperCase(Locale.ROOT))} : Edit.values();
        for (int nodes : sizes) {
            for (Edit edit : edits) {
                measure(catalog, rubric, nodes, edit);
            }
        }
    }

    private static void measure(Catalog catalog, Rubric rubric, int nodes, Edit edit) {
        Design design = GeneratedDesigns.generate(catalog, nodes, 7);
        Grader grader = new Grader(catalog);
        String moved = design.nodes().stream().skip(design.nodeCount() / 2).findFirst().orElseThrow().id();
        long[] counter = {0};
        Runnable one = () -> {
            Node n = design.node(moved).orElseThrow();
            switch (edit) {
                case MOVE -> design.updateNode(n.withPosition(n.x() + (counter[0] % 2 == 0 ? 20 : -20), n.y()));
                case RELABEL -> design.updateNode(n.withLabel("Reviewed step " + counter[0]));
                default -> {
                }
            }
            counter[0]++;
            (edit == Edit.FIRST ? new Grader(catalog) : grader).grade(design, rubric);
        };
        long end = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < end) {
            one.run();
        }
        long[] cpu = new long[100_000];
        long[] wall = new long[cpu.length];
        int runs = 0;
        end = System.nanoTime() + MEASURE_NANOS;
        while (System.nanoTime() < end && runs < cpu.length) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            one.run();
            wall[runs] = System.nanoTime() - w0;
            cpu[runs] = THREADS.getCurrentThreadCpuTime() - c0;
            runs++;
        }
        long[] c = Arrays.copyOf(cpu, runs);
        long[] w = Arrays.copyOf(wall, runs);
        Arrays.sort(c);
        Arrays.sort(w);
        System.out.printf(Locale.ROOT, "%-6d %-32s %10.2f %10.2f %10.2f %10.2f %8d%n", nodes, edit.what,
                ms(c, 0.5), ms(c, 0.9), ms(w, 0.5), ms(w, 0.9), runs);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) (quantile * sorted.length))] / 1e6;
    }
}
