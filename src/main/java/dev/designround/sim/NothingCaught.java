package dev.designround.sim;

import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.model.Node;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Why a run caught no fault anywhere, in one sentence for people. "Nowhere" alone misleads when requests failed
 * before any check saw them (a provider outage with no fallback fails every request at the model, so the
 * hallucinations injected beside it never reach the grounding check): the sentence says that first, naming where
 * most requests failed. {@code simulate}'s text and the Simulate panel both use it.
 */
public final class NothingCaught {

    /** At or above this share of failed requests, the failures are the story. */
    private static final double MOSTLY_FAILED = 0.5;
    /** How many failing nodes the sentence names. */
    private static final int NAMED = 2;

    private NothingCaught() {
    }

    /** Whether no node caught a fault in the run. */
    public static boolean applies(SimulationResult r) {
        return r.nodes().values().stream().allMatch(s -> s.totalCaught() == 0);
    }

    /** "Nowhere: ...", naming nodes by their labels (the catalog's name for unlabelled ones). */
    public static String explain(SimulationResult r, Design design, Catalog catalog) {
        double failed = r.fraction(RequestOutcome.FAILED);
        if (failed < MOSTLY_FAILED) {
            return "Nowhere: no check on the canvas caught a fault in this run.";
        }
        String where = mostFailing(r, design).stream().map(catalog::displayName)
                .collect(Collectors.joining(", "));
        String injected = r.settings().faults().stream().map(Fault::id).collect(Collectors.joining(", "));
        String why = where.isEmpty() && injected.isEmpty() ? ""
                : " (" + (where.isEmpty() ? "" : "most failures at " + where)
                + (where.isEmpty() || injected.isEmpty() ? "" : "; ")
                + (injected.isEmpty() ? "" : "injected: " + injected) + ")";
        if (r.count(RequestOutcome.FAILED) == r.requests()) {
            return "Nowhere: every request failed before any check could see a fault" + why + ".";
        }
        return "Nowhere: " + SimUnits.percent(failed) + " of requests failed before any check could see a fault"
                + why + ", and no check caught one in the rest.";
    }

    /**
     * The nodes (not users) with the most failed calls, most first, design order among equals; a node with less
     * than a quarter of the first one's failures (its own small error rate) is not where requests failed.
     */
    private static List<Node> mostFailing(SimulationResult r, Design design) {
        List<Node> failing = design.nodes().stream()
                .filter(n -> !n.type().equals("user") && r.nodes().containsKey(n.id())
                        && r.nodes().get(n.id()).failures() > 0)
                .sorted(Comparator.comparingLong((Node n) -> r.nodes().get(n.id()).failures()).reversed())
                .toList();
        if (failing.isEmpty()) {
            return failing;
        }
        long most = r.nodes().get(failing.get(0).id()).failures();
        return failing.stream().filter(n -> r.nodes().get(n.id()).failures() * 4 >= most).limit(NAMED).toList();
    }
}
