package dev.designround.ui.simulate;

import dev.designround.sim.LatencyHistogram;
import dev.designround.sim.LatencySummary;
import dev.designround.sim.SimUnits;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * The simulated request latencies as a histogram on a log scale (four buckets per decade: 1, 1.8, 3.2, 5.6, 10 ms,
 * ...), with p50, p95 and p99 marked by vertical lines labelled with their values, and decades along the bottom.
 * Bars of buckets with any request are at least two pixels high, so that a thin tail (requests that waited for a
 * person) stays visible next to the bulk. Ids: {@code latency-p50}, {@code latency-p95}, {@code latency-p99} for
 * the markers' labels.
 */
final class LatencyChart extends Region {

    private static final double MARKER_ROW = 15;
    private static final double AXIS = 16;
    private static final double BARS = 84;

    private final List<Rectangle> bars = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private final List<Label> ticks = new ArrayList<>();
    private LatencyHistogram histogram = new LatencyHistogram(List.of());

    private record Marker(double ms, Line line, Label label) {
    }

    LatencyChart() {
        getStyleClass().add("latency-chart");
        setMinHeight(3 * MARKER_ROW + BARS + AXIS + 4);
        setPrefHeight(3 * MARKER_ROW + BARS + AXIS + 4);
        setMinWidth(120);
    }

    void show(LatencySummary latency) {
        histogram = latency.histogram();
        bars.clear();
        markers.clear();
        ticks.clear();
        for (LatencyHistogram.Bucket b : histogram.buckets()) {
            Rectangle r = new Rectangle();
            r.getStyleClass().add("latency-bar");
            bars.add(r);
        }
        markers.add(marker("p50", latency.p50Ms()));
        markers.add(marker("p95", latency.p95Ms()));
        markers.add(marker("p99", latency.p99Ms()));
        List<LatencyHistogram.Bucket> buckets = histogram.buckets();
        for (int i = 0; i < buckets.size(); i++) {
            double from = buckets.get(i).fromMs();
            if (isDecade(from)) {
                Label tick = new Label(tickText(from));
                tick.getStyleClass().add("latency-tick");
                tick.setUserData(i);
                ticks.add(tick);
            }
        }
        getChildren().setAll(bars);
        markers.forEach(m -> getChildren().addAll(m.line(), m.label()));
        getChildren().addAll(ticks);
        requestLayout();
    }

    private Marker marker(String name, double ms) {
        Line line = new Line();
        line.getStyleClass().addAll("latency-marker", "latency-marker-" + name);
        Label label = new Label(name + " " + SimUnits.duration(ms));
        label.setId("latency-" + name);
        label.getStyleClass().addAll("latency-marker-label", "latency-marker-" + name);
        return new Marker(ms, line, label);
    }

    /** 10 ms, 1 s, 100 s, 17 min: decades without a decimal. */
    private static String tickText(double ms) {
        if (ms < 1_000) {
            return String.format(java.util.Locale.ROOT, "%.0f ms", ms);
        }
        if (ms < 1_000_000) {
            return String.format(java.util.Locale.ROOT, "%.0f s", ms / 1_000);
        }
        return String.format(java.util.Locale.ROOT, "%.0f min", ms / 60_000);
    }

    private static boolean isDecade(double ms) {
        if (ms < 1) {
            return false;
        }
        double log = Math.log10(ms);
        return Math.abs(log - Math.rint(log)) < 1e-9;
    }

    @Override
    protected void layoutChildren() {
        List<LatencyHistogram.Bucket> buckets = histogram.buckets();
        if (buckets.isEmpty()) {
            return;
        }
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double left = snappedLeftInset();
        double top = snappedTopInset() + 3 * MARKER_ROW;
        double w = width / buckets.size();
        double max = Math.max(1, histogram.maxCount());
        for (int i = 0; i < buckets.size(); i++) {
            long count = buckets.get(i).count();
            double h = count == 0 ? 0 : Math.max(2, BARS * count / max);
            Rectangle r = bars.get(i);
            r.setX(left + i * w + 1);
            r.setY(top + BARS - h);
            r.setWidth(Math.max(1, w - 2));
            r.setHeight(h);
        }
        for (int m = 0; m < markers.size(); m++) {
            Marker marker = markers.get(m);
            double x = left + position(marker.ms()) * w;
            double labelTop = snappedTopInset() + m * MARKER_ROW;
            marker.line().setStartX(x);
            marker.line().setEndX(x);
            marker.line().setStartY(labelTop + MARKER_ROW - 2);
            marker.line().setEndY(top + BARS);
            Label label = marker.label();
            label.autosize();
            double lx = Math.min(Math.max(left, x - label.getWidth() / 2), left + width - label.getWidth());
            label.relocate(lx, labelTop);
        }
        double lastRight = -1;
        for (Label tick : ticks) {
            tick.autosize();
            double x = left + (Integer) tick.getUserData() * w;
            double lx = Math.min(Math.max(left, x - tick.getWidth() / 2), left + width - tick.getWidth());
            tick.setVisible(lx > lastRight + 4);
            if (tick.isVisible()) {
                lastRight = lx + tick.getWidth();
            }
            tick.relocate(lx, top + BARS + 2);
        }
    }

    /** Where a latency falls, in buckets from the left edge (log scale inside a bucket). */
    double position(double ms) {
        List<LatencyHistogram.Bucket> buckets = histogram.buckets();
        for (int i = 0; i < buckets.size(); i++) {
            LatencyHistogram.Bucket b = buckets.get(i);
            if (ms < b.toMs() || i == buckets.size() - 1) {
                double within = b.fromMs() <= 0 ? ms / b.toMs()
                        : Math.log(Math.max(ms, b.fromMs()) / b.fromMs()) / Math.log(b.toMs() / b.fromMs());
                return i + Math.max(0, Math.min(1, within));
            }
        }
        return buckets.size();
    }
}
