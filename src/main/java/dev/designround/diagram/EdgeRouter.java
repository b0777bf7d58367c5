package dev.designround.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Routes every arrow of a diagram around the cards (and around obstacles: text notes), and keeps the routes up to
 * date as cards, obstacles and arrows come, go and move; the canvas and every export use it, so both draw the same
 * routes. Cards never move: only arrows are laid out. Zones are not obstacles: arrows cross boundaries.
 *
 * <p>Each arrow is routed on its own ({@link RouteSearch}: orthogonal, fewest bends, clear of every card) inside a
 * window around its two cards, made larger when there is no way through it; arrows that share a stretch are then
 * moved apart into lanes ({@link Nudger}). A route depends only on the cards in its window, so a change re-routes
 * only the arrows touching a moved card and those whose window the card left or entered, and the result is the
 * same as routing the whole diagram afresh. An arrow between overlapping cards, or with no way round, is drawn
 * straight; an arrow from a card to itself is a loop round one of its corners.
 *
 * <p>Not thread-safe; plain Java.
 */
public final class EdgeRouter {

    /** Windows tried in turn: the two cards and this much around them; then the whole diagram. */
    private static final double[] PADS = {48, 240};
    /** During a drag, arrows between cards further apart than this (in x plus y) are routed quickly. */
    static final double LIVE_REACH = 1600;
    private static final double LOOP = 28;
    private static final double LOOP_STEP = 14;

    private static final class Entry {
        final String id;
        String from;
        String to;
        List<Point> raw;
        boolean orthogonal;
        Route route;
        Rect window;

        Entry(String id, String from, String to) {
            this.id = id;
            this.from = from;
            this.to = to;
        }
    }

    private final RouteSearch.Scratch scratch = new RouteSearch.Scratch();
    private final CardIndex cards = new CardIndex();
    private final Map<String, Entry> edges = new LinkedHashMap<>();
    private final SpatialGrid<Entry> windows = new SpatialGrid<>(256);
    private final Map<String, Set<String>> incident = new HashMap<>();
    private final Set<String> dirty = new LinkedHashSet<>();
    /** Cards added, moved or removed since the last {@link #update}, with where they were then. */
    private final Map<String, Optional<Rect>> moved = new LinkedHashMap<>();
    /** The same for obstacles. */
    private final Map<String, Optional<Rect>> movedObstacles = new LinkedHashMap<>();

    // ---- changes -------------------------------------------------------------------------------------------------

    /** Adds a card, or moves one; the arrows this may change are routed at the next {@link #update}. */
    public void putCard(String id, Rect rect) {
        Optional<Rect> before = cards.get(id);
        if (before.isPresent() && before.get().equals(rect)) {
            return;
        }
        cards.put(id, rect);
        dirty.addAll(incident.getOrDefault(id, Set.of()));
        if (!moved.containsKey(id)) {
            moved.put(id, before); // where it was when last routed: a drag's stops in between change nothing
        }
    }

    /** Takes a card away (its arrows must be removed too, or they are not drawn). */
    public void removeCard(String id) {
        Optional<Rect> before = cards.remove(id);
        if (before.isPresent() && !moved.containsKey(id)) {
            moved.put(id, before);
        }
        dirty.addAll(incident.getOrDefault(id, Set.of()));
    }

    public Optional<Rect> card(String id) {
        return cards.get(id);
    }

    /**
     * Adds something arrows go around without ending on it (a text note), or moves one; obstacle ids are apart from
     * card ids. The arrows whose way it may block or free are routed at the next {@link #update}.
     */
    public void putObstacle(String id, Rect rect) {
        Optional<Rect> before = cards.putObstacle(id, rect);
        if (before.isPresent() && before.get().equals(rect)) {
            return;
        }
        if (!movedObstacles.containsKey(id)) {
            movedObstacles.put(id, before);
        }
    }

    public void removeObstacle(String id) {
        Optional<Rect> before = cards.removeObstacle(id);
        if (before.isPresent() && !movedObstacles.containsKey(id)) {
            movedObstacles.put(id, before);
        }
    }

    /** Adds an arrow, or changes its ends. */
    public void putEdge(String id, String from, String to) {
        Entry e = edges.get(id);
        if (e != null && e.from.equals(from) && e.to.equals(to)) {
            return;
        }
        if (e != null) {
            unlink(e);
        } else {
            e = new Entry(id, from, to);
            edges.put(id, e);
        }
        e.from = from;
        e.to = to;
        incident.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(id);
        incident.computeIfAbsent(to, k -> new LinkedHashSet<>()).add(id);
        dirty.add(id);
        if (from.equals(to)) {
            dirty.addAll(loopsOf(from)); // the loops of a card are spread by their order
        }
    }

    public void removeEdge(String id) {
        Entry e = edges.remove(id);
        if (e != null) {
            unlink(e);
            windows.remove(e);
            dirty.remove(id);
            if (e.from.equals(e.to)) {
                dirty.addAll(loopsOf(e.from));
            }
        }
    }

    private void unlink(Entry e) {
        Optional.ofNullable(incident.get(e.from)).ifPresent(s -> s.remove(e.id));
        Optional.ofNullable(incident.get(e.to)).ifPresent(s -> s.remove(e.id));
    }

    private void touchWindows(Rect r) {
        windows.forEachNear(r.grown(RouteSearch.CLEARANCE), e -> {
            if (e.window != null && e.window.touches(r.grown(RouteSearch.CLEARANCE))) {
                dirty.add(e.id);
            }
        });
    }

    // ---- routing -------------------------------------------------------------------------------------------------

    /**
     * Routes every arrow a change may have moved, then spreads the arrows that share a stretch; returns the
     * arrows whose route changed (or that were removed since).
     */
    public Set<String> update() {
        moved.forEach((id, before) -> {
            before.ifPresent(this::touchWindows);
            cards.get(id).ifPresent(this::touchWindows);
        });
        moved.clear();
        movedObstacles.forEach((id, before) -> {
            before.ifPresent(this::touchWindows);
            cards.obstacle(id).ifPresent(this::touchWindows);
        });
        movedObstacles.clear();
        for (String id : dirty) {
            Entry e = edges.get(id);
            if (e != null) {
                find(e, true);
            }
        }
        dirty.clear();
        List<Nudger.Item> items = new ArrayList<>(edges.size());
        for (Entry e : edges.values()) {
            if (e.raw != null) {
                items.add(new Nudger.Item(e.id, cards.get(e.from).orElseThrow(), cards.get(e.to).orElseThrow(),
                        e.raw, e.orthogonal));
            }
        }
        Map<String, List<Point>> tidy = new Nudger(cards).tidy(items);
        Set<String> changed = new LinkedHashSet<>();
        for (Entry e : edges.values()) {
            List<Point> points = tidy.get(e.id);
            Route next = points == null ? null : new Route(points);
            if (!java.util.Objects.equals(next, e.route)) {
                e.route = next;
                changed.add(e.id);
            }
        }
        return changed;
    }

    /**
     * Routes these arrows now, each on its own, without spreading them from others (for a drag under way: the
     * rest follow at the next {@link #update}, which routes these again too); returns those whose route changed.
     * To keep a drag smooth in a large diagram, an arrow whose cards are more than {@link #LIVE_REACH} apart gets
     * a quick route meanwhile (out of the side facing the other card, one turn each way, not around cards).
     */
    public Set<String> routeNow(Collection<String> edgeIds) {
        Set<String> changed = new LinkedHashSet<>();
        for (String id : edgeIds) {
            Entry e = edges.get(id);
            if (e == null) {
                continue;
            }
            Optional<Rect> a = cards.get(e.from);
            Optional<Rect> b = cards.get(e.to);
            if (a.isPresent() && b.isPresent() && !e.from.equals(e.to) && far(a.get(), b.get())) {
                quick(e, a.get(), b.get());
            } else {
                find(e, false); // filed by its window at the next update
            }
            dirty.add(id);
            Route next = e.raw == null ? null : new Route(e.raw);
            if (!java.util.Objects.equals(next, e.route)) {
                e.route = next;
                changed.add(id);
            }
        }
        return changed;
    }

    /** Whether some change has not been routed yet. */
    public boolean isDirty() {
        return !dirty.isEmpty() || !moved.isEmpty() || !movedObstacles.isEmpty();
    }

    /** An arrow's route as of the last {@link #update} (or {@link #routeNow}); none if its cards are missing. */
    public Optional<Route> route(String edgeId) {
        Entry e = edges.get(edgeId);
        return e == null ? Optional.empty() : Optional.ofNullable(e.route);
    }

    /** Every route, by arrow id, in the order the arrows were added. */
    public Map<String, Route> routes() {
        Map<String, Route> out = new LinkedHashMap<>();
        edges.values().forEach(e -> {
            if (e.route != null) {
                out.put(e.id, e.route);
            }
        });
        return out;
    }

    private void find(Entry e, boolean file) {
        Optional<Rect> from = cards.get(e.from);
        Optional<Rect> to = cards.get(e.to);
        if (from.isEmpty() || to.isEmpty()) {
            e.raw = null;
            e.window = null;
            windows.remove(e);
            return;
        }
        Rect a = from.get();
        Rect b = to.get();
        if (e.from.equals(e.to)) {
            loop(e, a);
        } else if (a.grown(RouteSearch.CLEARANCE / 2).intersects(b.grown(RouteSearch.CLEARANCE / 2))) {
            straight(e, a, b, a.union(b));
        } else {
            search(e, a, b);
        }
        if (file) {
            windows.put(e, e.window);
        }
    }

    private void search(Entry e, Rect a, Rect b) {
        Rect span = a.union(b);
        List<Rect> tried = new ArrayList<>();
        for (double pad : PADS) {
            tried.add(span.grown(pad));
        }
        cards.bounds().ifPresent(all -> tried.add(all.union(span).grown(PADS[0])));
        for (Rect window : tried) {
            List<Rect> others = new ArrayList<>();
            cards.forEachIn(window, c -> {
                if (!c.isCard(e.from) && !c.isCard(e.to)) {
                    others.add(c.rect());
                }
            });
            Optional<List<Point>> found = RouteSearch.find(a, b, others, window, scratch);
            if (found.isPresent()) {
                e.raw = found.get();
                e.orthogonal = true;
                e.window = window;
                return;
            }
        }
        straight(e, a, b, tried.get(tried.size() - 1));
    }

    private static boolean far(Rect a, Rect b) {
        return Math.abs(a.centerX() - b.centerX()) + Math.abs(a.centerY() - b.centerY()) > LIVE_REACH;
    }

    /** Out of the side facing the other card, across at the middle, into the side facing back. */
    private static void quick(Entry e, Rect a, Rect b) {
        double dx = b.centerX() - a.centerX();
        double dy = b.centerY() - a.centerY();
        Point start;
        Point tip;
        Point m1;
        Point m2;
        if (Math.abs(dx) >= Math.abs(dy)) {
            start = new Point(dx > 0 ? a.right() : a.x(), a.centerY());
            tip = new Point(dx > 0 ? b.x() : b.right(), b.centerY());
            double mx = (start.x() + tip.x()) / 2;
            m1 = new Point(mx, start.y());
            m2 = new Point(mx, tip.y());
        } else {
            start = new Point(a.centerX(), dy > 0 ? a.bottom() : a.y());
            tip = new Point(b.centerX(), dy > 0 ? b.y() : b.bottom());
            double my = (start.y() + tip.y()) / 2;
            m1 = new Point(start.x(), my);
            m2 = new Point(tip.x(), my);
        }
        e.raw = Route.simplified(List.of(start, m1, m2, tip));
        e.orthogonal = true;
    }

    /** From border to border, aimed at the centres (overlapping cards: centre to centre). */
    private static void straight(Entry e, Rect a, Rect b, Rect window) {
        Point ca = new Point(a.centerX(), a.centerY());
        Point cb = new Point(b.centerX(), b.centerY());
        Point start = exit(a, cb, ca);
        Point tip = exit(b, ca, cb);
        if (a.intersects(b) || Math.hypot(tip.x() - start.x(), tip.y() - start.y()) < Arrows.LENGTH + 2) {
            start = ca;
            tip = cb.equals(ca) ? cb.moved(1, 0) : cb;
        }
        e.raw = List.of(start, tip);
        e.orthogonal = false;
        e.window = window;
    }

    /** Where the segment from {@code inside} (a point in the card) towards {@code outside} leaves the card. */
    private static Point exit(Rect card, Point outside, Point inside) {
        double dx = outside.x() - inside.x();
        double dy = outside.y() - inside.y();
        double t = 1;
        if (dx > 0) {
            t = Math.min(t, (card.right() - inside.x()) / dx);
        } else if (dx < 0) {
            t = Math.min(t, (card.x() - inside.x()) / dx);
        }
        if (dy > 0) {
            t = Math.min(t, (card.bottom() - inside.y()) / dy);
        } else if (dy < 0) {
            t = Math.min(t, (card.y() - inside.y()) / dy);
        }
        t = Math.max(0, t);
        return new Point(inside.x() + dx * t, inside.y() + dy * t);
    }

    private List<String> loopsOf(String cardId) {
        return incident.getOrDefault(cardId, Set.of()).stream()
                .filter(id -> edges.containsKey(id) && edges.get(id).from.equals(edges.get(id).to)).sorted()
                .toList();
    }

    /**
     * A loop out of the card's top side and back into its right side (or round another corner, when a card sits
     * there), each further loop of the same card a step larger.
     */
    private void loop(Entry e, Rect card) {
        int index = Math.max(0, loopsOf(e.from).indexOf(e.id));
        double reach = LOOP + LOOP_STEP * index;
        double inset = 24 + 8 * index;
        List<List<Point>> corners = new ArrayList<>();
        double cx = card.right() - inset;
        double cy = card.y() + Math.min(card.height() / 2, inset);
        corners.add(List.of(new Point(cx, card.y()), new Point(cx, card.y() - reach),
                new Point(card.right() + reach, card.y() - reach), new Point(card.right() + reach, cy),
                new Point(card.right(), cy)));
        double by = card.bottom() - Math.min(card.height() / 2, inset);
        corners.add(List.of(new Point(card.right(), by), new Point(card.right() + reach, by),
                new Point(card.right() + reach, card.bottom() + reach), new Point(cx, card.bottom() + reach),
                new Point(cx, card.bottom())));
        double lx = card.x() + inset;
        corners.add(List.of(new Point(lx, card.bottom()), new Point(lx, card.bottom() + reach),
                new Point(card.x() - reach, card.bottom() + reach), new Point(card.x() - reach, by),
                new Point(card.x(), by)));
        corners.add(List.of(new Point(card.x(), cy), new Point(card.x() - reach, cy),
                new Point(card.x() - reach, card.y() - reach), new Point(lx, card.y() - reach),
                new Point(lx, card.y())));
        Rect window = card.grown(reach + 1);
        List<CardIndex.Card> near = cards.in(window);
        for (List<Point> points : corners) {
            boolean free = true;
            for (int k = 1; k < points.size() && free; k++) {
                for (CardIndex.Card c : near) {
                    if (!c.isCard(e.from) && c.rect().grown(2).crossedBy(points.get(k - 1), points.get(k))) {
                        free = false;
                        break;
                    }
                }
            }
            if (free) {
                e.raw = points;
                e.orthogonal = false; // drawn as it is: lanes are for arrows between two cards
                e.window = window;
                return;
            }
        }
        e.raw = corners.get(0);
        e.orthogonal = false;
        e.window = window;
    }
}
