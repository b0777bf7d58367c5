package dev.designround.bench;

import dev.designround.catalog.CatalogLoader;
import dev.designround.io.DesignWriter;
import dev.designround.model.Design;
import dev.designround.scenario.ScenarioLibrary;
import dev.designround.ui.canvas.DiagramCanvas;
import dev.designround.ui.canvas.Viewport;
import dev.designround.ui.look.Themes;
import dev.designround.ui.settings.Settings;
import dev.designround.ui.settings.SettingsStore;
import dev.designround.ui.window.NativeFileDialogs;
import dev.designround.ui.window.Services;
import dev.designround.ui.window.Workbench;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.stage.Stage;

/**
 * Bench harness for the whiteboard (not a unit test: it needs a display, e.g. Xvfb, and takes about a minute).
 *
 * <ol>
 *   <li>Time to first window: starts {@code target/design-round.jar} five times with
 *       {@code -Ddesignround.timing=true} and reports what it prints (JVM start to the window shown).</li>
 *   <li>Drag smoothness: opens a generated 1,000-node, 2,000-edge design in the real main window and drags one
 *       card in circles for five seconds, feeding the same mouse events a user's drag makes, once per frame; an
 *       {@code AnimationTimer} records the time between frames. Done at 100 % zoom and zoomed out to show the
 *       whole design.</li>
 * </ol>
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * xvfb-run -a -s "-screen 0 1600x1000x24" java -Dprism.order=sw \
 *     -cp target/design-round.jar:target/test-classes dev.designround.bench.CanvasDragBench [--drag-only] [--warm]
 * </pre>
 * {@code --warm} drags once unmeasured first: a drag five seconds after the JVM started shares the two cores with
 * the JIT compiler.
 * Each drag also reports the CPU time a frame took on the JavaFX and render threads and in the whole process, and
 * the frame rate that makes possible on two free cores: on a shared machine the measured frame rate says as much
 * about the other processes as about the whiteboard.
 */
public final class CanvasDragBench {

    private static final int NODES = 1000;
    private static final double SECONDS = 5;

    private CanvasDragBench() {
    }

    public static void main(String[] args) throws Exception {
        if (!List.of(args).contains("--drag-only")) {
            startupTimes();
        }
        Path home = Files.createTempDirectory("design-round-bench");
        Design design = GeneratedDesigns.generate(CatalogLoader.bundled(), NODES, 42);
        Path file = home.resolve("generated-1000.json");
        new DesignWriter().save(design, file);

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Workbench workbench = onFx(() -> {
            Themes.apply(Settings.Theme.LIGHT);
            Workbench w = new Workbench(new Stage(), new Services(CatalogLoader.bundled(), new SettingsStore(home),
                    new NativeFileDialogs(), ScenarioLibrary::bundled,
                    new dev.designround.io.RecoveryStore(home.resolve("recovery"))));
            w.stage().show();
            return w;
        });
        long openStart = System.nanoTime();
        onFx(() -> workbench.open(file));
        onFx(() -> null); // let the first layout and render pass run
        System.out.printf("open %d-node design: %.0f ms%n", NODES, (System.nanoTime() - openStart) / 1e6);

        DiagramCanvas canvas = workbench.canvas();
        onFx(() -> {
            canvas.setViewport(new Viewport(1, 0, 0));
            canvas.reveal("n500");
            return null;
        });
        if (List.of(args).contains("--warm")) {
            drag(canvas, "n500"); // once unmeasured, so the JIT compiler has done its work before the measured drag
        }
        report("drag at 100 % zoom", drag(canvas, "n500"));
        onFx(() -> {
            canvas.snapToGridProperty().set(false);
            return null;
        });
        report("the same, snapping to the grid off (the card moves on every frame)", drag(canvas, "n500"));
        onFx(() -> {
            canvas.snapToGridProperty().set(true);
            return null;
        });
        onFx(() -> {
            canvas.fitToContent();
            return null;
        });
        report("drag zoomed out to the whole design (" + Math.round(onFx(() -> canvas.viewport().scale()) * 100)
                + " %)", drag(canvas, "n500"));
        report("baseline: a frame that changes one pixel of the window", blink(canvas));
        Platform.exit();
        System.exit(0);
    }

    /**
     * CPU time spent during a drag, per frame: on the JavaFX thread (events, layout, what the canvas draws), on the
     * render thread (rasterising, all in software here) and in the whole process (the collector and JIT too).
     * Other processes on the machine take wall time from the drag, not CPU time, so these say what a frame costs
     * whatever the load; on two free cores the two threads run side by side.
     */
    private record CpuPerFrame(double fx, double render, double process) {
        /** The frame rate the drag would reach on two free cores (the screen's 60 at most). */
        double possibleFps() {
            return Math.min(60, Math.min(1000 / Math.max(fx, render), 2000 / process));
        }
    }

    private static final class CpuClock {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private long fxThread;
        private long fx;
        private long render;
        private long process;

        /** Reads the clocks; called on the JavaFX thread. */
        void start() {
            fxThread = Thread.currentThread().getId();
            fx = threads.getThreadCpuTime(fxThread);
            render = renderCpu();
            process = os.getProcessCpuTime();
        }

        CpuPerFrame perFrame(int frames) {
            return new CpuPerFrame((threads.getThreadCpuTime(fxThread) - fx) / 1e6 / frames,
                    (renderCpu() - render) / 1e6 / frames, (os.getProcessCpuTime() - process) / 1e6 / frames);
        }

        private long renderCpu() {
            long sum = 0;
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().startsWith("QuantumRenderer")) {
                    sum += Math.max(0, threads.getThreadCpuTime(t.getId()));
                }
            }
            return sum;
        }
    }

    private static CpuPerFrame lastCpu;

    /** What happens on each frame of a measured run, and at its end (on the JavaFX thread). */
    private interface Frames {
        /** A frame, {@code t} seconds into the run, after {@code frames} frame intervals. */
        void frame(double t, int frames);

        void end(double t);
    }

    /**
     * Runs what {@code begin} sets up (on the JavaFX thread) once per frame for {@value #SECONDS} seconds; returns
     * the frame intervals in milliseconds and leaves the CPU per frame in {@link #lastCpu}.
     */
    private static List<Double> everyFrame(java.util.function.Supplier<Frames> begin) throws Exception {
        CompletableFuture<List<Double>> done = new CompletableFuture<>();
        CpuClock clock = new CpuClock();
        Platform.runLater(() -> {
            Frames frames = begin.get();
            List<Double> intervals = new ArrayList<>();
            clock.start();
            new AnimationTimer() {
                private long first;
                private long last;

                @Override
                public void handle(long now) {
                    if (first == 0) {
                        first = now;
                    } else {
                        intervals.add((now - last) / 1e6);
                    }
                    last = now;
                    double t = (now - first) / 1e9;
                    if (t < SECONDS) {
                        frames.frame(t, intervals.size());
                    } else {
                        lastCpu = clock.perFrame(Math.max(1, intervals.size()));
                        frames.end(t);
                        stop();
                        done.complete(intervals);
                    }
                }
            }.start();
        });
        return done.get(60, TimeUnit.SECONDS);
    }

    /** Drags a card in a circle, one mouse event per frame; returns the frame intervals in milliseconds. */
    private static List<Double> drag(DiagramCanvas canvas, String nodeId) throws Exception {
        return everyFrame(() -> {
            // at the card's middle, found from the design: zoomed out the card is drawn, not a node
            var box = canvas.nodeBox(nodeId).orElseThrow();
            Point2D start = canvas.localToScene(canvas.viewport().toScreenX(box.centerX()),
                    canvas.viewport().toScreenY(box.centerY()));
            fire(canvas, MouseEvent.MOUSE_PRESSED, start.getX(), start.getY());
            return new Frames() {
                @Override
                public void frame(double t, int frames) {
                    fire(canvas, MouseEvent.MOUSE_DRAGGED, x(t), y(t));
                }

                @Override
                public void end(double t) {
                    fire(canvas, MouseEvent.MOUSE_RELEASED, x(t), y(t));
                }

                private double x(double t) {
                    return start.getX() + 120 * Math.sin(t * 2);
                }

                private double y(double t) {
                    return start.getY() + 80 * (1 - Math.cos(t * 2));
                }
            };
        });
    }

    /**
     * What a frame costs the renderer when almost nothing changes: a one-pixel square blinks in a corner of the
     * window for as long as a drag lasts. The difference between a drag's CPU per frame and this is what the drag
     * itself costs; this part is the rendering pipeline's own (in software under Xvfb, putting the frame on the
     * screen).
     */
    private static List<Double> blink(DiagramCanvas canvas) throws Exception {
        return everyFrame(() -> {
            javafx.scene.layout.Pane root = (javafx.scene.layout.Pane) canvas.getScene().getRoot();
            javafx.scene.shape.Rectangle dot = new javafx.scene.shape.Rectangle(1, 1);
            dot.setManaged(false);
            root.getChildren().add(dot);
            return new Frames() {
                @Override
                public void frame(double t, int frames) {
                    dot.setOpacity(frames % 2 == 0 ? 1 : 0.5);
                }

                @Override
                public void end(double t) {
                    root.getChildren().remove(dot);
                }
            };
        });
    }

    private static void fire(DiagramCanvas canvas, javafx.event.EventType<MouseEvent> type, double sceneX,
                             double sceneY) {
        Point2D screen = canvas.getScene().getRoot().localToScreen(sceneX, sceneY);
        boolean down = type != MouseEvent.MOUSE_RELEASED;
        MouseEvent e = new MouseEvent(type, sceneX, sceneY, screen.getX(), screen.getY(), MouseButton.PRIMARY, 1,
                false, false, false, false, down, false, false, false, false, false,
                new PickResult(canvas, sceneX, sceneY));
        canvas.fireEvent(e);
    }

    private static void report(String what, List<Double> intervals) {
        List<Double> sorted = new ArrayList<>(intervals);
        Collections.sort(sorted);
        double total = intervals.stream().mapToDouble(Double::doubleValue).sum();
        System.out.printf("%s: %.1f frames per second over %.1f s (%d frames); frame time p50 %.1f ms, p95 %.1f ms, "
                        + "p99 %.1f ms, max %.1f ms%n", what, intervals.size() / (total / 1000), total / 1000,
                intervals.size(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.get(sorted.size() - 1));
        System.out.printf("  CPU per frame: JavaFX thread %.1f ms, render thread %.1f ms, whole process %.1f ms: "
                + "%.0f frames per second on two free cores%n", lastCpu.fx(), lastCpu.render(), lastCpu.process(),
                lastCpu.possibleFps());
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    /** Starts the real jar a few times and reports how long its first window took to appear. */
    private static void startupTimes() throws Exception {
        Path jar = Path.of("target", "design-round.jar");
        if (!Files.isRegularFile(jar)) {
            System.out.println("first window: skipped (build target/design-round.jar first)");
            return;
        }
        Path home = Files.createTempDirectory("design-round-startup");
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dprism.order=" + System.getProperty("prism.order", "sw"), "-Ddesignround.timing=true",
                    "-Ddesignround.home=" + home, "-jar", jar.toString()).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("design-round: first window after ")) {
                        times.add(Long.parseLong(line.replaceAll("\\D+", "")));
                        break;
                    }
                }
            } finally {
                p.destroy();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        }
        Collections.sort(times);
        System.out.println("first window (JVM start to window shown), 5 runs: " + times + " ms, median "
                + (times.isEmpty() ? "?" : times.get(times.size() / 2)) + " ms");
    }
}
