package dev.designround.layout;

import dev.designround.model.CardGeometry;
import dev.designround.model.Edge;
import dev.designround.model.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A layered layout in linear time, for designs too large for ELK (whose layered algorithm adds a dummy node per
 * layer an edge crosses, and on large or tangled designs runs for minutes or out of memory). Layers are breadth-first
 * distances from the users (nodes that only feed the reached part go one layer before what they feed; the rest
 * start their own), cards in a layer are ordered once by the mean place of their predecessors, and columns are
 * wrapped into bands so that the whole stays about as wide as it is tall, however long its chains.
 *
 * <p>Positions start at (0, 0); {@link LayeredLayout} moves them where the design was and snaps them to the grid.
 * Designs with zones lay out each zone's cards this way, as a block ({@link QuickZones}).
 */
final class QuickLayers {

    static final double COLUMN = CardGeometry.WIDTH + LayeredLayout.LAYER_SPACING;
    static final double ROW = CardGeometry.HEIGHT + LayeredLayout.NODE_SPACING;
    /** Room between two bands of wrapped columns. */
    static final double BAND_GAP = 2 * LayeredLayout.LAYER_SPACING;

    private final List<Node> nodes;
    private final int n;
    private final int[][] out;
    private final int[][] in;
    private final boolean[] user;

    private QuickLayers(List<Node> cards, Collection<Edge> edges) {
        nodes = List.copyOf(cards);
        n = nodes.size();
        Map<String, Integer> index = new HashMap<>();
        user = new boolean[n];
        for (int i = 0; i < n; i++) {
            index.put(nodes.get(i).id(), i);
            user[i] = nodes.get(i).type().equals(LayeredLayout.USER);
        }
        List<int[]> pairs = new ArrayList<>();
        for (Edge e : edges) {
            Integer from = index.get(e.from());
            Integer to = index.get(e.to());
            if (from != null && to != null && !from.equals(to) && !(user[from] && user[to])) {
                pairs.add(new int[] {from, to});
            }
        }
        out = adjacency(pairs, 0);
        in = adjacency(pairs, 1);
    }

    private int[][] adjacency(List<int[]> pairs, int side) {
        int[] count = new int[n];
        pairs.forEach(p -> count[p[side]]++);
        int[][] adj = new int[n][];
        for (int i = 0; i < n; i++) {
            adj[i] = new int[count[i]];
        }
        int[] fill = new int[n];
        for (int[] p : pairs) {
            adj[p[side]][fill[p[side]]++] = p[1 - side];
        }
        return adj;
    }

    /** Top-left positions from (0, 0) for some of a design's cards, by id; edges to other cards are left out. */
    static Map<String, CanvasPoint> arrange(List<Node> cards, Collection<Edge> edges) {
        return new QuickLayers(cards, edges).place();
    }

    private Map<String, CanvasPoint> place() {
        int[] layer = layers();
        List<List<Integer>> byLayer = ordered(layer);
        int rowsPerColumn = Math.max(1, (int) Math.ceil(1.3 * Math.sqrt(n)));
        int columnsPerBand = Math.max(1, (int) Math.ceil(0.8 * Math.sqrt(n)));
        double[] x = new double[n];
        double[] y = new double[n];
        int column = 0;
        int bandRows = 0;
        double bandTop = 0;
        for (List<Integer> members : byLayer) {
            for (int start = 0; start < members.size(); start += rowsPerColumn) {
                if (column == columnsPerBand) {
                    bandTop += bandRows * ROW + BAND_GAP;
                    column = 0;
                    bandRows = 0;
                }
                int end = Math.min(members.size(), start + rowsPerColumn);
                for (int i = start; i < end; i++) {
                    x[members.get(i)] = column * COLUMN;
                    y[members.get(i)] = bandTop + (i - start) * ROW;
                }
                bandRows = Math.max(bandRows, end - start);
                column++;
            }
        }
        Map<String, CanvasPoint> result = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            result.put(nodes.get(i).id(), new CanvasPoint(x[i], y[i]));
        }
        return result;
    }

    /**
     * Breadth-first layers: users first; then nodes that feed what is placed, one layer before it (never in the
     * users' layer); then whatever is left, from the first in design order, as a layout of its own.
     */
    private int[] layers() {
        int[] layer = new int[n];
        Arrays.fill(layer, -1);
        int[] queue = new int[n];
        int tail = 0;
        for (int v = 0; v < n; v++) {
            if (user[v]) {
                layer[v] = 0;
                queue[tail++] = v;
            }
        }
        int first = tail > 0 ? 1 : 0;
        int head = 0;
        int next = 0;
        while (true) {
            while (head < tail) {
                int v = queue[head++];
                for (int w : out[v]) {
                    if (layer[w] < 0) {
                        layer[w] = Math.max(first, layer[v] + 1);
                        queue[tail++] = w;
                    }
                }
                for (int u : in[v]) {
                    if (layer[u] < 0) {
                        layer[u] = Math.max(first, layer[v] - 1);
                        queue[tail++] = u;
                    }
                }
            }
            while (next < n && layer[next] >= 0) {
                next++;
            }
            if (next == n) {
                return layer;
            }
            layer[next] = first;
            queue[tail++] = next;
        }
    }

    /** The nodes of each layer, ordered by the mean place of their predecessors in the layers before. */
    private List<List<Integer>> ordered(int[] layer) {
        int layers = Arrays.stream(layer).max().orElse(-1) + 1;
        List<List<Integer>> byLayer = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            byLayer.add(new ArrayList<>());
        }
        for (int v = 0; v < n; v++) {
            byLayer.get(layer[v]).add(v);
        }
        double[] place = new double[n];
        double[] key = new double[n];
        for (List<Integer> members : byLayer) {
            for (int v : members) {
                double sum = 0;
                int count = 0;
                for (int u : in[v]) {
                    if (layer[u] < layer[v]) {
                        sum += place[u];
                        count++;
                    }
                }
                key[v] = count == 0 ? Double.MAX_VALUE : sum / count;
            }
            members.sort(Comparator.<Integer>comparingDouble(v -> key[v]).thenComparingInt(v -> v));
            for (int i = 0; i < members.size(); i++) {
                place[members.get(i)] = i;
            }
        }
        return byLayer;
    }
}
