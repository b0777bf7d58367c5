package dev.designround.rules;

import java.util.List;

/**
 * What evaluating a condition found, before the rule's metadata is attached.
 *
 * @param passed  whether the condition holds
 * @param detail  one or two sentences naming the nodes by label
 * @param nodes   node ids to highlight
 * @param path    one violating (or, for survives, surviving) path of node ids, or empty
 */
public record Outcome(boolean passed, String detail, List<String> nodes, List<String> path) {

    public Outcome {
        nodes = List.copyOf(nodes);
        path = List.copyOf(path);
    }

    public static Outcome pass(String detail) {
        return new Outcome(true, detail, List.of(), List.of());
    }

    public static Outcome fail(String detail, List<String> nodes) {
        return new Outcome(false, detail, nodes, List.of());
    }

    public static Outcome fail(String detail, List<String> nodes, List<String> path) {
        return new Outcome(false, detail, nodes, path);
    }
}
