package dev.designround.bench;

import dev.designround.catalog.CatalogLoader;
import dev.designround.io.DesignWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Bench harness for the whiteboard's memory and start-up with a large design (not a unit test: it needs a display,
 * e.g. Xvfb, and takes about two minutes). Runs {@code java -jar target/design-round.jar} exactly as a user does,
 * with no JVM options, on a generated design of {@value #NODES} nodes and 4,000 edges, and reads the process's
 * resident memory (VmRSS, and its peak VmHWM) from {@code /proc/PID/status}: right after the design is laid out,
 * and after a minute of doing nothing. Also the time from JVM start to the first window (five runs, no design) and
 * to the large design laid out.
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * xvfb-run -a -s "-screen 0 1600x1000x24" java -cp target/design-round.jar:target/test-classes \
 *     dev.designround.bench.WindowMemoryBench
 * </pre>
 */
public final class WindowMemoryBench {

    static final int NODES = 2000;
    private static final Path JAR = Path.of("target", "design-round.jar");

    private WindowMemoryBench() {
    }

    public static void main(String[] args) throws Exception {
        if (!Files.isRegularFile(JAR)) {
            System.out.println("build target/design-round.jar first: mvn -B -q package -DskipTests");
            return;
        }
        Path dir = Files.createTempDirectory("design-round-memory");
        Path file = dir.resolve("generated-2000.json");
        new DesignWriter().save(GeneratedDesigns.generate(CatalogLoader.bundled(), NODES, 1), file);

        List<Long> firstWindow = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
            Process p = start(dir, Optional.empty());
            firstWindow.add(waitFor(output(p), "first window"));
            stop(p);
        }
        Collections.sort(firstWindow);
        System.out.println("first window, no design (5 runs): " + firstWindow + " ms, median "
                + firstWindow.get(2) + " ms");

        Process p = start(dir, Optional.of(file));
        BufferedReader out = output(p);
        long window = waitFor(out, "first window");
        long open = waitFor(out, "design open");
        System.out.printf("%,d-node design: first window %d ms, design open and laid out %d ms%n", NODES, window,
                open);
        Thread.sleep(2_000);
        System.out.println("  just opened: " + memory(p.pid()));
        Thread.sleep(60_000);
        System.out.println("  after a minute idle: " + memory(p.pid()));
        stop(p);
    }

    private static Process start(Path dir, Optional<Path> design) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dprism.order=" + System.getProperty("prism.order", "sw"), "-Ddesignround.timing=true",
                "-Ddesignround.home=" + dir.resolve("home"), "-jar", JAR.toString()));
        design.ifPresent(f -> command.add(f.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static BufferedReader output(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Reads the program's output until it says {@code design-round: WHAT after N ms}; returns N. */
    private static long waitFor(BufferedReader out, String what) throws IOException {
        String prefix = "design-round: " + what + " after ";
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(prefix)) {
                return Long.parseLong(line.substring(prefix.length()).replace(" ms", "").strip());
            }
        }
        throw new IOException("the whiteboard ended without printing '" + prefix + "'");
    }

    private static String memory(long pid) throws IOException {
        List<String> status = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"));
        return status.stream().filter(l -> l.startsWith("VmRSS") || l.startsWith("VmHWM"))
                .map(l -> l.replaceAll("\\s+", " ")).reduce((a, b) -> a + ", " + b).orElse("?");
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
    }
}
