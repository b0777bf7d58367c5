package dev.designround.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * The slowest (or most expensive) request path stays within a budget. A request path starts at a user and
 * follows flow edges; each node adds its {@code latencyMs} (or {@code costUsd}), the node's own value or its
 * type's default. A path over the budget by no more than 10% of what the catalog's defaults contribute still passes,
 * with a note: guessed figures cannot tell that apart. Parallel
 * branches count as their slowest one. Cycles (a tool call and its result) count each
 * node once. Nodes matching {@code exclude} (e.g. humans, who answer asynchronously) are left off the paths.
 *
 * @param max       the budget, in milliseconds or US dollars
 * @param maxSource where the budget came from, e.g. the requirement {@code latencyBudgetMs}, for messages
 */
public record Budget(Metric metric, double max, String maxSource, Optional<Selector> exclude) implements Condition {

    /** What is summed along a path. */
    public enum Metric {
        LATENCY("latency"),
        COST("cost");

        private final String id;

        Metric(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Optional<Metric> fromId(String id) {
            return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
        }
    }

    /**
     * How far over the budget a path may be and still pass, as a share of what the catalog's defaults contribute
     * to it: a default is a typical figure for the type (an LLM call, an action API), right to within a fifth at
     * best, so it cannot tell 2,300 ms from 2,000 ms; figures the design gives are judged exactly.
     */
    static final double TOLERANCE = 0.20;

    @Override
    public String kind() {
        return "budget";
    }

    @Override
    public Outcome evaluate(GraphView view) {
        if (view.users().isEmpty()) {
            return Outcome.absent("No user node, so there is no request path to measure.", List.of());
        }
        BitSet excluded = exclude.map(s -> (BitSet) view.match(s).clone()).orElseGet(BitSet::new);
        LongestPath longest = LongestPath.of(view, excluded, i -> metric == Metric.LATENCY
                ? view.catalog().latencyMs(view.node(i)) : view.catalog().costUsd(view.node(i)));
        int[] path = longest.path();
        if (path.length <= 1) {
            return Outcome.absent("Nothing is wired after the user, so there is no request path to measure.",
                    view.ids(view.users()));
        }
        double total = longest.total();
        String amount = metric == Metric.LATENCY ? Text.millis(total) : Text.dollars(total);
        String budget = metric == Metric.LATENCY ? Text.millis(max) : Text.dollars(max);
        String subject = metric == Metric.LATENCY ? "The slowest request path" : "The most expensive request path";
        String verb = metric == Metric.LATENCY ? " takes " : " costs ";
        String per = metric == Metric.LATENCY ? "" : " per request";
        String pathText = Text.path(view.labels(path));
        if (total <= max) {
            return new Outcome(true, subject + verb + amount + per + ", within the budget of " + budget + ": "
                    + pathText + ".", List.of(), view.ids(path));
        }
        if (total <= max + TOLERANCE * guessed(view, path, metric)) {
            return new Outcome(true, subject + verb + amount + per + ", just over the budget of " + budget
                    + " but by less than the catalog's guessed figures can tell (" + Math.round(TOLERANCE * 100)
                    + "% of them): measure it. " + pathText + ".", List.of(), view.ids(path));
        }
        List<String> heaviest = heaviestNodes(view, path, metric);
        return Outcome.fail(subject + verb + amount + per + ", over the budget of " + budget + ": " + pathText
                + ".", heaviest, view.ids(path));
    }

    /** How much of the path's total comes from the catalog's defaults rather than the design's own figures. */
    private static double guessed(GraphView view, int[] path, Metric metric) {
        double sum = 0;
        for (int i : path) {
            var props = view.node(i).props();
            boolean own = metric == Metric.LATENCY ? props.latency().isPresent() : props.cost().isPresent();
            if (!own) {
                sum += value(view, i, metric);
            }
        }
        return sum;
    }

    /** The nodes that contribute most along the path: the ones worth caching, routing or parallelising. */
    private static List<String> heaviestNodes(GraphView view, int[] path, Metric metric) {
        // The first two of the path sorted by value, largest first, ties in path order: the earliest of the
        // largest, then the earliest of the largest of the rest. One pass: paths through big designs are long.
        int first = -1;
        int second = -1;
        double[] values = new double[path.length];
        for (int p = 0; p < path.length; p++) {
            values[p] = value(view, path[p], metric);
            if (first < 0 || Double.compare(values[p], values[first]) > 0) {
                second = first;
                first = p;
            } else if (second < 0 || Double.compare(values[p], values[second]) > 0) {
                second = p;
            }
        }
        List<String> out = new ArrayList<>();
        for (int p : new int[] {first, second}) {
            if (p >= 0 && values[p] > 0) {
                out.add(view.id(path[p]));
            }
        }
        return out;
    }


    private static double value(GraphView view, int i, Metric metric) {
        return metric == Metric.LATENCY ? view.catalog().latencyMs(view.node(i)) : view.catalog().costUsd(view.node(i));
    }

}
