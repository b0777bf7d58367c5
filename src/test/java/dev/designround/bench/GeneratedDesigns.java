package dev.designround.bench;

import dev.designround.model.Catalog;
import dev.designround.model.ComponentType;
import dev.designround.model.Design;
import dev.designround.model.DesignInfo;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.model.Node;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Large designs for benchmarks: real component types, about twice as many edges as nodes, mostly flowing from
 * the user towards the back and back to the user, with some fallback and async edges, deterministic per seed.
 */
public final class GeneratedDesigns {

    private GeneratedDesigns() {
    }

    public static Design generate(Catalog catalog, int nodeCount, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ComponentType> types = catalog.types().stream().filter(t -> !t.id().equals("user")).toList();
        Design d = new Design(new DesignInfo("", "generated " + nodeCount, ""));
        d.addNode(Node.of("user", "user", 0, 0));
        for (int i = 1; i < nodeCount; i++) {
            ComponentType t = types.get(random.nextInt(types.size()));
            d.addNode(Node.of("n" + i, t.id(), (i % 40) * 200.0, (i / 40) * 120.0).withLabel(t.name() + " " + i));
        }
        int edges = 0;
        for (int i = 1; i < nodeCount; i++) {
            String from = i == 1 ? "user" : "n" + (1 + random.nextInt(i - 1));
            d.addEdge(Edge.flow("e" + (++edges), from, "n" + i));
        }
        while (edges < nodeCount * 2) {
            int a = 1 + random.nextInt(nodeCount - 1);
            int b = 1 + random.nextInt(nodeCount - 1);
            double p = random.nextDouble();
            EdgeKind kind = p < 0.8 ? EdgeKind.FLOW : p < 0.9 ? EdgeKind.FALLBACK : EdgeKind.ASYNC;
            String to = random.nextDouble() < 0.05 ? "user" : "n" + b;
            d.addEdge(Edge.of("e" + (++edges), "n" + Math.min(a, b), to.equals("n" + Math.min(a, b)) ? "user" : to,
                    kind));
        }
        return d;
    }
}
