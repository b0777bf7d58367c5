package dev.designround.bench;

import dev.designround.catalog.CatalogLoader;
import dev.designround.io.DesignReader;
import dev.designround.io.DesignWriter;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.model.DesignInfo;
import dev.designround.model.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Bench command for grading a class in one run (not a unit test: it starts hundreds of JVMs and takes minutes).
 * Makes {@value #DESIGNS} designs (the bundled strong and weak references of every scenario, each with one
 * component taken out in turn, so verdicts and scores vary), then runs the jar exactly as a user does:
 * {@code check FOLDER --format jsonl} once (on all cores, and again with {@code --jobs 1}), and
 * {@code check FILE --format json} once per design, and prints the time per design of each and their ratio. The
 * verdicts of the separate runs are checked against the single run's.
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * java -cp target/design-round.jar:target/test-classes dev.designround.bench.BatchCheckBench [DESIGNS [SEPARATE]]
 * </pre>
 * SEPARATE (default: all of them) runs only the first so many designs separately, for a quicker estimate.
 */
public final class BatchCheckBench {

    static final int DESIGNS = 300;
    private static final Path JAR = Path.of("target", "design-round.jar");
    private static final Pattern VERDICT = Pattern.compile("\"verdict\"\\s*:\\s*\"([A-Z_]+)\"");

    private BatchCheckBench() {
    }

    public static void main(String[] args) throws Exception {
        if (!Files.isRegularFile(JAR)) {
            System.out.println("build target/design-round.jar first: mvn -B -q package -DskipTests");
            return;
        }
        int designs = args.length > 0 ? Integer.parseInt(args[0]) : DESIGNS;
        int separate = args.length > 1 ? Math.min(designs, Integer.parseInt(args[1])) : designs;
        Path dir = Files.createTempDirectory("design-round-class");
        List<Path> files = generate(dir, designs);
        System.out.printf(Locale.ROOT, "%d designs in %s; %d processors%n", files.size(), dir,
                Runtime.getRuntime().availableProcessors());

        Run all = run(List.of("check", dir.toString(), "--format", "jsonl"));
        List<String> batchVerdicts = verdicts(all.out);
        if (all.exit != 0 || batchVerdicts.size() != files.size()) {
            throw new IllegalStateException("check of the folder failed: exit " + all.exit + ", "
                    + batchVerdicts.size() + " lines");
        }
        Run serial = run(List.of("check", dir.toString(), "--format", "jsonl", "--jobs", "1"));

        long separateNanos = 0;
        for (int i = 0; i < separate; i++) {
            Run one = run(List.of("check", files.get(i).toString(), "--format", "json"));
            List<String> v = verdicts(one.out);
            if (one.exit != 0 || v.size() != 1 || !v.get(0).equals(batchVerdicts.get(i))) {
                throw new IllegalStateException(files.get(i) + ": the separate run disagrees: exit " + one.exit
                        + ", " + v + " instead of " + batchVerdicts.get(i));
            }
            separateNanos += one.nanos;
        }

        double perBatch = all.nanos / 1e6 / files.size();
        double perSerial = serial.nanos / 1e6 / files.size();
        double perSeparate = separateNanos / 1e6 / separate;
        System.out.printf(Locale.ROOT, "one check of the folder (all cores):  %8.0f ms in all, %7.2f ms per design%n",
                all.nanos / 1e6, perBatch);
        System.out.printf(Locale.ROOT, "one check of the folder (--jobs 1):   %8.0f ms in all, %7.2f ms per design%n",
                serial.nanos / 1e6, perSerial);
        System.out.printf(Locale.ROOT, "%d separate checks, one per design: %8.0f ms in all, %7.2f ms per design%n",
                separate, separateNanos / 1e6, perSeparate);
        System.out.printf(Locale.ROOT, "ratio per design, separate / one run: %.1f (all cores), %.1f (--jobs 1); "
                + "target at least 20%n", perSeparate / perBatch, perSeparate / perSerial);
        System.out.println("verdicts: " + count(batchVerdicts, "STRONG_HIRE") + " Strong Hire, "
                + count(batchVerdicts, "LEAN_HIRE") + " Lean Hire, " + count(batchVerdicts, "NO_HIRE") + " No Hire");
    }

    /**
     * The bundled references, strong and weak, each in turn with one of its components (and that component's
     * edges) taken out, until there are {@code count} designs.
     */
    static List<Path> generate(Path dir, int count) throws Exception {
        Catalog catalog = CatalogLoader.bundled();
        DesignReader reader = new DesignReader(catalog);
        List<Design> references = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("scenarios", "designs"))) {
            for (Path p : s.sorted().toList()) {
                references.add(reader.read(p));
            }
        }
        List<Path> out = new ArrayList<>();
        DesignWriter writer = new DesignWriter();
        for (int i = 0; i < count; i++) {
            Design d = references.get(i % references.size()).copy();
            List<Node> nodes = new ArrayList<>(d.nodes());
            int round = i / references.size();
            if (round > 0) {
                d.removeNode(nodes.get((round - 1) % nodes.size()).id());
            }
            d.setInfo(new DesignInfo(d.info().scenario(), "Student " + (i + 1) + ": " + d.info().title(),
                    d.info().notes()));
            Path file = dir.resolve(String.format(Locale.ROOT, "student-%03d.json", i + 1));
            writer.save(d, file);
            out.add(file);
        }
        return out;
    }

    private record Run(int exit, long nanos, String out) {
    }

    private static Run run(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString()));
        command.addAll(args);
        Path out = Files.createTempFile("design-round-bench", ".out");
        try {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int exit = p.waitFor();
            long nanos = System.nanoTime() - start;
            return new Run(exit, nanos, Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static List<String> verdicts(String output) {
        List<String> out = new ArrayList<>();
        Matcher m = VERDICT.matcher(output);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static long count(List<String> verdicts, String verdict) {
        return verdicts.stream().filter(verdict::equals).count();
    }
}
