package dev.designround.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The cards (and other shapes arrows go around) by id, with a spatial index to find those near an area. */
final class CardIndex {

    /** A card's id and rectangle; the index's item. */
    record Card(String id, Rect rect) {
    }

    private final Map<String, Card> cards = new HashMap<>();
    private final SpatialGrid<Card> grid = new SpatialGrid<>(256);
    private Rect bounds;

    /** Adds or moves a card; returns where it was before, if it was. */
    Optional<Rect> put(String id, Rect rect) {
        Card before = cards.get(id);
        if (before != null) {
            grid.remove(before);
        }
        Card card = new Card(id, rect);
        cards.put(id, card);
        grid.put(card, rect);
        bounds = null;
        return Optional.ofNullable(before).map(Card::rect);
    }

    Optional<Rect> remove(String id) {
        Card before = cards.remove(id);
        if (before != null) {
            grid.remove(before);
            bounds = null;
        }
        return Optional.ofNullable(before).map(Card::rect);
    }

    Optional<Rect> get(String id) {
        return Optional.ofNullable(cards.get(id)).map(Card::rect);
    }

    /** Each card that overlaps an area (touching counts). */
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
        out.sort(java.util.Comparator.comparing(Card::id));
        return out;
    }

    /** The smallest rectangle holding every card, if there are any. */
    Optional<Rect> bounds() {
        if (bounds == null && !cards.isEmpty()) {
            Rect b = null;
            for (Card c : cards.values()) {
                b = b == null ? c.rect() : b.union(c.rect());
            }
            bounds = b;
        }
        return Optional.ofNullable(bounds);
    }
}
