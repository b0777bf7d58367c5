package dev.designround.ui.feedback;

import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a finding points at on the canvas: its nodes (those still in the design) and the edges along its
 * violating path. Paths are judged on flow edges, so between two consecutive path nodes the flow edges are taken;
 * when there are none (a fallback or async step), every edge between them. Plain Java.
 *
 * @param nodes node ids to select and highlight, the finding's nodes first, then the path's
 * @param edges edge ids along the path, in path order
 */
public record FindingTargets(List<String> nodes, List<String> edges) {

    public FindingTargets {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** The finding's own nodes (what to select) that are still in the design. */
    public static List<String> selectable(Finding finding, Design design) {
        return finding.nodes().stream().filter(design::hasNode).distinct().toList();
    }

    public static FindingTargets of(Finding finding, Design design) {
        Set<String> nodes = new LinkedHashSet<>(selectable(finding, design));
        finding.path().stream().filter(design::hasNode).forEach(nodes::add);
        return new FindingTargets(new ArrayList<>(nodes), along(finding.path(), design));
    }

    /** Edge ids joining each consecutive pair of a path, flow edges preferred. */
    static List<String> along(List<String> path, Design design) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + 1 < path.size(); i++) {
            String from = path.get(i);
            String to = path.get(i + 1);
            if (!design.hasNode(from) || !design.hasNode(to)) {
                continue;
            }
            List<Edge> between = design.outgoing(from).stream().filter(e -> e.to().equals(to)).toList();
            List<Edge> flow = between.stream().filter(e -> e.kind() == EdgeKind.FLOW).toList();
            (flow.isEmpty() ? between : flow).forEach(e -> out.add(e.id()));
        }
        return new ArrayList<>(out);
    }

    public boolean isEmpty() {
        return nodes.isEmpty() && edges.isEmpty();
    }
}
