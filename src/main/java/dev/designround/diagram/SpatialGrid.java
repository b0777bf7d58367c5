package dev.designround.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A uniform grid over the (unbounded) world: each item is filed under the square cells it touches, so that the
 * items near a point or inside a rectangle are found by looking at a few cells instead of at every item. An item
 * may cover several areas (an arrow is filed by the short segments it is drawn with, not by its whole bounding
 * box, so a long diagonal arrow sits in a thin band of cells). Finds candidates only: callers test the exact
 * shape. Items are compared by identity. Plain Java.
 *
 * @param <T> the items
 */
public final class SpatialGrid<T> {

    private final double cell;
    private final Map<Long, List<T>> cells = new HashMap<>();
    private final Map<T, long[]> filed = new IdentityHashMap<>();

    /** @param cellSize the side of a cell, in world pixels */
    public SpatialGrid(double cellSize) {
        this.cell = cellSize;
    }

    /** Files an item under every cell one of its areas touches, replacing where it was filed before. */
    public void put(T item, Collection<Rect> areas) {
        remove(item);
        java.util.Set<Long> keys = new java.util.LinkedHashSet<>();
        for (Rect a : areas) {
            long x0 = index(a.x());
            long x1 = index(a.right());
            long y0 = index(a.y());
            long y1 = index(a.bottom());
            for (long cx = x0; cx <= x1; cx++) {
                for (long cy = y0; cy <= y1; cy++) {
                    keys.add(key(cx, cy));
                }
            }
        }
        long[] at = new long[keys.size()];
        int i = 0;
        for (long k : keys) {
            cells.computeIfAbsent(k, c -> new ArrayList<>(4)).add(item);
            at[i++] = k;
        }
        filed.put(item, at);
    }

    public void put(T item, Rect area) {
        put(item, List.of(area));
    }

    public void remove(T item) {
        long[] at = filed.remove(item);
        if (at == null) {
            return;
        }
        for (long k : at) {
            List<T> list = cells.get(k);
            if (list != null) {
                for (int i = list.size() - 1; i >= 0; i--) {
                    if (list.get(i) == item) {
                        list.remove(i);
                    }
                }
                if (list.isEmpty()) {
                    cells.remove(k);
                }
            }
        }
    }

    public void clear() {
        cells.clear();
        filed.clear();
    }

    public int size() {
        return filed.size();
    }

    /** Each item filed in a cell the rectangle touches, once. */
    public void forEachNear(Rect area, Consumer<T> action) {
        long x0 = index(area.x());
        long x1 = index(area.right());
        long y0 = index(area.y());
        long y1 = index(area.bottom());
        if ((x1 - x0 + 1) * (y1 - y0 + 1) > cells.size()) { // a huge area: walking the filled cells is cheaper
            Map<T, Boolean> seen = new IdentityHashMap<>();
            cells.forEach((k, list) -> {
                long cx = k >> 32;
                long cy = (int) (long) k;
                if (cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1) {
                    list.forEach(t -> {
                        if (seen.put(t, Boolean.TRUE) == null) {
                            action.accept(t);
                        }
                    });
                }
            });
            return;
        }
        Map<T, Boolean> seen = new IdentityHashMap<>();
        for (long cx = x0; cx <= x1; cx++) {
            for (long cy = y0; cy <= y1; cy++) {
                List<T> list = cells.get(key(cx, cy));
                if (list != null) {
                    for (T t : list) {
                        if (seen.put(t, Boolean.TRUE) == null) {
                            action.accept(t);
                        }
                    }
                }
            }
        }
    }

    private long index(double v) {
        return (long) Math.floor(v / cell);
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }
}
