package dev.designround.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What a reader needs to know to interpret a run: where requests start, and for each injected fault what it
 * hits in this design (or that it has nothing to hit). Plain sentences, in a stable order.
 */
final class RunNotes {

    private final NodeTable t;

    RunNotes(NodeTable table) {
        this.t = table;
    }

    List<String> notes(SimulationSettings settings) {
        List<String> notes = new ArrayList<>();
        if (t.starts.length == 0) {
            notes.add("no user node: requests start and end at a user node, so every request failed");
        } else if (t.starts.length > 1) {
            notes.add("requests are split evenly over " + t.starts.length + " user nodes: " + idsOf(t.starts));
        }
        for (Fault fault : settings.faults()) {
            notes.add(fault.id() + ": " + about(fault));
        }
        return notes;
    }

    private String about(Fault fault) {
        return switch (fault) {
            case PROVIDER_OUTAGE -> {
                int[] down = nodes(Roles.PRIMARY_PROVIDER);
                yield down.length == 0 ? "no model in the design, nothing to take down"
                        : "provider \"" + t.primaryProvider + "\" is down (" + idsOf(down)
                        + "); a model with another \"provider\" prop stays up";
            }
            case STALE_INDEX -> {
                int[] stale = nodes(Roles.STALE_PRONE);
                if (nodes(Roles.RETRIEVAL).length == 0) {
                    yield "no retrieval in the design, nothing to go stale";
                }
                yield stale.length == 0 ? "every index is kept fresh by change capture"
                        : "no change capture keeps " + idsOf(stale) + " fresh";
            }
            case TOOL_FAILURE -> nodes(Roles.TOOL).length == 0 ? "no tool or action in the design"
                    : "tools and actions: " + idsOf(nodes(Roles.TOOL));
            case TRAFFIC_SPIKE -> nodes(Roles.LIMITER).length == 0
                    ? "no rate limiter: calls to models and APIs over quota fail"
                    : "rate limiting at " + idsOf(nodes(Roles.LIMITER)) + "; what it lets through stays in quota";
            case SENSITIVE_DATA -> nodes(Roles.REDACTOR).length == 0 ? "no PII redaction in the design"
                    : "PII redaction at " + idsOf(nodes(Roles.REDACTOR)) + " (protects only before a model)";
            case HALLUCINATION -> {
                int[] checks = checkers(Roles.K_HALLUCINATION, Roles.SCORER);
                yield checks.length == 0 ? "nothing checks model answers before they reach users or actions"
                        : "model answers are checked at " + idsOf(checks);
            }
            case PROMPT_INJECTION -> {
                int[] checks = checkers(Roles.K_INJECTION, 0);
                yield checks.length == 0 ? "nothing screens inputs or model output for injection"
                        : "injections can be caught at " + idsOf(checks);
            }
        };
    }

    /** Nodes that can catch a kind of fault: blocking checks, people, and nodes with an extra role. */
    private int[] checkers(int kind, int role) {
        int people = Roles.HUMAN_REVIEW | Roles.APPROVAL | role;
        return IntStream.range(0, t.n).filter(v -> t.is(v, people)
                || t.checkAnytime[v * Roles.CHECKED_KINDS + kind] > 0
                || t.checkAfterModel[v * Roles.CHECKED_KINDS + kind] > 0).toArray();
    }

    private int[] nodes(int role) {
        return IntStream.range(0, t.n).filter(v -> t.is(v, role)).toArray();
    }

    private String idsOf(int[] nodes) {
        List<String> ids = new ArrayList<>();
        for (int v : nodes) {
            ids.add(t.ids[v]);
        }
        return String.join(", ", ids);
    }
}
