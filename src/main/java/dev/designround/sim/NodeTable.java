package dev.designround.sim;

import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.model.Node;
import dev.designround.model.Trait;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A design compiled for simulation: nodes numbered 0..n-1 in design order, every per-node number the walk needs
 * in a plain array (catalog defaults with node props overriding), and adjacency per edge kind. Built once per
 * run; read-only afterwards.
 */
final class NodeTable {

    static final String PROVIDER_PROP = "provider";
    static final String DEFAULT_PROVIDER = "default";

    final int n;
    final String[] ids;
    final String[] names;
    final long[] keys;
    final int[] flags;
    final double[] medianMs;
    final double[] costUsd;
    final double[] errorRate;
    final double[] timeoutMs;
    final double[] detection;
    final double[] hitRate;
    final double[] escalationRate;
    final double[] hallucinationRate;
    final double[] shedRate;
    /** Blocking checks per node and checked kind, at {@code node * CHECKED_KINDS + kind}. */
    final double[] checkAnytime;
    final double[] checkAfterModel;
    /** Flow targets per node, in edge order. */
    final int[][] flowOut;
    /** The first fallback edge's target per node, or -1. */
    final int[] fallback;
    /** Async targets per node, in edge order. */
    final int[][] asyncOut;
    /** User nodes, in design order: requests start here, round robin. */
    final int[] starts;
    /** The provider provider-outage takes down: that of the first model reachable from a user, if any. */
    final String primaryProvider;

    NodeTable(Design design, Catalog catalog) {
        List<Node> nodes = List.copyOf(design.nodes());
        n = nodes.size();
        ids = new String[n];
        names = new String[n];
        keys = new long[n];
        flags = new int[n];
        medianMs = new double[n];
        costUsd = new double[n];
        errorRate = new double[n];
        timeoutMs = new double[n];
        detection = new double[n];
        hitRate = new double[n];
        escalationRate = new double[n];
        hallucinationRate = new double[n];
        shedRate = new double[n];
        checkAnytime = new double[n * Roles.CHECKED_KINDS];
        checkAfterModel = new double[n * Roles.CHECKED_KINDS];
        Map<String, Integer> index = new HashMap<>();
        List<Integer> users = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            Node node = nodes.get(v);
            index.put(node.id(), v);
            Set<Trait> traits = catalog.traitsOf(node);
            ids[v] = node.id();
            names[v] = catalog.displayName(node);
            keys[v] = Draws.nodeKey(node.id());
            flags[v] = Roles.flagsOf(node.type(), traits);
            medianMs[v] = catalog.latencyMs(node);
            costUsd[v] = catalog.costUsd(node);
            errorRate[v] = catalog.errorRate(node);
            timeoutMs[v] = positive(catalog.param(node, "timeoutMs").orElse(Double.POSITIVE_INFINITY));
            detection[v] = share(catalog.param(node, "detectionRate").orElse(Roles.DEFAULT_DETECTION));
            hitRate[v] = share(catalog.param(node, "hitRate").orElse(Roles.DEFAULT_HIT_RATE));
            escalationRate[v] = share(catalog.param(node, "escalationRate").orElse(Roles.DEFAULT_ESCALATION));
            hallucinationRate[v] = share(catalog.param(node, "hallucinationRate")
                    .orElse(Roles.DEFAULT_HALLUCINATION));
            shedRate[v] = share(catalog.param(node, "shedRate").orElse(Roles.DEFAULT_SHED));
            Roles.checks(traits, detection[v], checkAnytime, checkAfterModel, v * Roles.CHECKED_KINDS);
            if ((flags[v] & Roles.USER) != 0) {
                users.add(v);
            }
        }
        flowOut = new int[n][];
        asyncOut = new int[n][];
        fallback = new int[n];
        Arrays.fill(fallback, -1);
        List<List<Integer>> flow = lists(n);
        List<List<Integer>> async = lists(n);
        List<List<Integer>> knowledgeLinks = lists(n);
        for (Edge e : design.edges()) {
            int from = index.get(e.from());
            int to = index.get(e.to());
            if (e.kind() == EdgeKind.FLOW) {
                flow.get(from).add(to);
            } else if (e.kind() == EdgeKind.ASYNC) {
                async.get(from).add(to);
            } else if (fallback[from] < 0) {
                fallback[from] = to;
            }
            if ((flags[from] & flags[to] & Roles.KNOWLEDGE) != 0) {
                knowledgeLinks.get(from).add(to);
                knowledgeLinks.get(to).add(from);
            }
        }
        // Requests start where users send them: a user drawn only at the answer end (edges into it, none out)
        // receives answers and starts nothing. Without any such edge, every user is a start, and fails.
        List<Integer> senders = users.stream().filter(u -> !flow.get(u).isEmpty()).toList();
        starts = (senders.isEmpty() ? users : senders).stream().mapToInt(Integer::intValue).toArray();
        for (int v = 0; v < n; v++) {
            flowOut[v] = flow.get(v).stream().mapToInt(Integer::intValue).toArray();
            asyncOut[v] = async.get(v).stream().mapToInt(Integer::intValue).toArray();
        }
        markStaleProne(knowledgeLinks);
        primaryProvider = firstModel().map(v -> provider(nodes.get(v))).orElse(DEFAULT_PROVIDER);
        for (int v = 0; v < n; v++) {
            if ((flags[v] & Roles.GENERATION) != 0 && provider(nodes.get(v)).equals(primaryProvider)) {
                flags[v] |= Roles.PRIMARY_PROVIDER;
            }
        }
    }

    boolean is(int v, int role) {
        return (flags[v] & role) != 0;
    }

    /**
     * A node's provider: its {@code provider} prop; else, for a small model (self-hosted or on the device), its
     * own; else {@value #DEFAULT_PROVIDER}, the hosted provider. So a self-hosted small model behind a router
     * stays up when the hosted provider is down, and two hosted LLMs count as one provider unless a
     * {@code provider} prop says otherwise.
     */
    static String provider(Node node) {
        String p = node.props().other().get(PROVIDER_PROP);
        if (p != null && !p.isBlank()) {
            return p.strip();
        }
        return node.type().equals(SELF_HOSTED_TYPE) ? "self-hosted:" + node.id() : DEFAULT_PROVIDER;
    }

    /** The catalog's type for a model run on your own hardware or on the user's device. */
    static final String SELF_HOSTED_TYPE = "small-model";

    /**
     * A retrieval node goes stale unless its knowledge pipeline (the knowledge nodes connected to it by edges of
     * any kind: indexes, stores, ingestion, embedding) includes a change-capture node.
     */
    private void markStaleProne(List<List<Integer>> links) {
        int[] component = new int[n];
        Arrays.fill(component, -1);
        List<Boolean> fresh = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            if (component[v] >= 0 || !is(v, Roles.KNOWLEDGE)) {
                continue;
            }
            int c = fresh.size();
            boolean hasChangeCapture = false;
            ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(v));
            component[v] = c;
            while (!queue.isEmpty()) {
                int u = queue.poll();
                hasChangeCapture |= is(u, Roles.CHANGE_CAPTURE);
                for (int w : links.get(u)) {
                    if (component[w] < 0) {
                        component[w] = c;
                        queue.add(w);
                    }
                }
            }
            fresh.add(hasChangeCapture);
        }
        for (int v = 0; v < n; v++) {
            if (is(v, Roles.RETRIEVAL) && !fresh.get(component[v])) {
                flags[v] |= Roles.STALE_PRONE;
            }
        }
    }

    /** The first generation node breadth-first from the users over flow edges, in edge order. */
    private java.util.Optional<Integer> firstModel() {
        boolean[] seen = new boolean[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int s : starts) {
            seen[s] = true;
            queue.add(s);
        }
        while (!queue.isEmpty()) {
            int v = queue.poll();
            if (is(v, Roles.GENERATION)) {
                return java.util.Optional.of(v);
            }
            for (int w : flowOut[v]) {
                if (!seen[w]) {
                    seen[w] = true;
                    queue.add(w);
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static List<List<Integer>> lists(int n) {
        List<List<Integer>> lists = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>(2));
        }
        return lists;
    }

    private static double share(double d) {
        return Math.max(0, Math.min(1, d));
    }

    private static double positive(double d) {
        return d > 0 ? d : Double.POSITIVE_INFINITY;
    }
}
