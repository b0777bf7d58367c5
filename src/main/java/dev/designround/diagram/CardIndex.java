package dev.designround.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The cards and the other shapes arrows go around (text notes: obstacles), each by id, with a spatial index to
 * find those near an area. Cards and obstacles have ids of their own: an obstacle may share a card's id, and only
 * cards are arrows' ends.
 */
final class CardIndex {

    /** A card's (or an obstacle's) id and rectangle; the index's item. */
    record Card(String id, Rect rect, boolean obstacle) {

        /** Whether this is the card with this id (an obstacle never is). */
        boolean isCard(String cardId) {
            return !obstacle && id.equals(cardId);
        }
    }

    private final Map<String, Card> cards = new HashMap<>();
    private final Map<String, Card> obstacles = new HashMap<>();
    private final SpatialGrid<Card> grid = new SpatialGrid<>(256);
    private Rect bounds;

    /** Adds or moves a card; returns where it was before, if it was. */
    Optional<Rect> put(String id, Rect rect) {
        return put(cards, new Card(id, rect, false));
    }

    /** Adds or moves an obstacle; returns where it was before, if it was. */
    Optional<Rect> putObstacle(String id, Rect rect) {
        return put(obstacles, new Card(id, rect, true));
    }

    private Optional<Rect> put(Map<String, Card> map, Card card) {
        Card before = map.get(card.id());
        if (before != null) {
            grid.remove(before);
        }
        map.put(card.id(), card);
        grid.put(card, card.rect());
        bounds = null;
        return Optional.ofNullable(before).map(Card::rect);
    }

    Optional<Rect> remove(String id) {
        return remove(cards, id);
    }

    Optional<Rect> removeObstacle(String id) {
        return remove(obstacles, id);
    }

    private Optional<Rect> remove(Map<String, Card> map, String id) {
        Card before = map.remove(id);
        if (before != null) {
            grid.remove(before);
            bounds = null;
        }
        return Optional.ofNullable(before).map(Card::rect);
    }

    Optional<Rect> get(String id) {
        return Optional.ofNullable(cards.get(id)).map(Card::rect);
    }

    Optional<Rect> obstacle(String id) {
        return Optional.ofNullable(obstacles.get(id)).map(Card::rect);
    }

    /** Each card and obstacle that overlaps an area (touching counts). */
    void forEachIn(Rect area, Consumer<Card> action) {
        grid.forEachNear(area, c -> {
            if (c.rect().touches(area)) {
                action.accept(c);
            }
        });
    }

    List<Card> in(Rect area) {
        List<Card> out = new ArrayList<>();
        forEachIn(area, out::add);
        out.sort(java.util.Comparator.comparing(Card::id).thenComparing(Card::obstacle));
        return out;
    }

    /** The smallest rectangle holding every card and obstacle, if there are any. */
    Optional<Rect> bounds() {
        if (bounds == null && (!cards.isEmpty() || !obstacles.isEmpty())) {
            Rect b = null;
            for (Card c : cards.values()) {
                b = b == null ? c.rect() : b.union(c.rect());
            }
            for (Card c : obstacles.values()) {
                b = b == null ? c.rect() : b.union(c.rect());
            }
            bounds = b;
        }
        return Optional.ofNullable(bounds);
    }
}
