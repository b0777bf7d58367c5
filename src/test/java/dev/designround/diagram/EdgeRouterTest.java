package dev.designround.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EdgeRouterTest {

    private static Rect card(double x, double y) {
        return new Rect(x, y, 176, 64);
    }

    private static EdgeRouter router(Object... cardsAndEdges) {
        EdgeRouter r = new EdgeRouter();
        for (int i = 0; i < cardsAndEdges.length; i += 2) {
            if (cardsAndEdges[i + 1] instanceof Rect rect) {
                r.putCard((String) cardsAndEdges[i], rect);
            } else {
                String[] ends = ((String) cardsAndEdges[i + 1]).split(">");
                r.putEdge((String) cardsAndEdges[i], ends[0], ends[1]);
            }
        }
        r.update();
        return r;
    }

    private static boolean orthogonal(Route route) {
        List<Point> p = route.points();
        for (int i = 1; i < p.size(); i++) {
            if (p.get(i).x() != p.get(i - 1).x() && p.get(i).y() != p.get(i - 1).y()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void cardsSideBySideGetAStraightArrowFromBorderToBorder() {
        Route r = router("a", card(0, 0), "b", card(300, 0), "e", "a>b").route("e").orElseThrow();
        assertThat(r.points()).containsExactly(new Point(176, 32), new Point(300, 32));
    }

    @Test
    void anArrowGoesAroundACardInTheWay() {
        Rect blocker = card(300, 0);
        Route r = router("a", card(0, 0), "m", blocker, "b", card(600, 0), "e", "a>b").route("e").orElseThrow();
        assertThat(orthogonal(r)).isTrue();
        assertThat(crosses(r, blocker)).isFalse();
        assertThat(r.start().x()).isBetween(0.0, 176.0);
        assertThat(r.tip().x()).isBetween(600.0, 776.0);
    }

    @Test
    void routesKeepClearOfEveryCardInAGrid() {
        EdgeRouter r = new EdgeRouter();
        for (int i = 0; i < 25; i++) {
            r.putCard("n" + i, card((i % 5) * 240, (i / 5) * 128));
        }
        for (int i = 0; i < 24; i++) {
            r.putEdge("e" + i, "n" + i, "n" + ((i * 7 + 3) % 25));
        }
        r.update();
        for (int i = 0; i < 24; i++) {
            Route route = r.route("e" + i).orElseThrow();
            for (int c = 0; c < 25; c++) {
                assertThat(crosses(route, r.card("n" + c).orElseThrow())).as("e%d through n%d: %s", i, c, route)
                        .isFalse();
            }
        }
    }

    @Test
    void parallelArrowsAreKeptApart() {
        EdgeRouter r = router("a", card(0, 0), "b", card(400, 0), "e1", "a>b", "e2", "a>b", "e3", "b>a");
        Route e1 = r.route("e1").orElseThrow();
        Route e2 = r.route("e2").orElseThrow();
        Route e3 = r.route("e3").orElseThrow();
        assertThat(e1.start().y()).isNotEqualTo(e2.start().y());
        assertThat(e3.tip().y()).isNotEqualTo(e1.start().y()).isNotEqualTo(e2.start().y());
    }

    @Test
    void movingACardReroutesOnlyWhatItTouchesOrWasInTheWayOf() {
        EdgeRouter r = router("a", card(0, 0), "b", card(400, 0), "c", card(0, 400), "d", card(400, 400),
                "ab", "a>b", "cd", "c>d");
        r.putCard("a", card(0, 40));
        assertThat(r.update()).containsExactly("ab");
    }

    @Test
    void incrementalRoutesEqualRoutesMadeAfresh() {
        EdgeRouter moved = router("a", card(0, 0), "b", card(600, 0), "m", card(300, 200), "e", "a>b", "f", "m>a");
        moved.putCard("m", card(300, 0));
        moved.update();
        EdgeRouter fresh = router("a", card(0, 0), "b", card(600, 0), "m", card(300, 0), "e", "a>b", "f", "m>a");
        assertThat(moved.routes()).isEqualTo(fresh.routes());
    }

    @Test
    void anArrowGoesAroundAnObstacleThatIsNoEndEvenWithACardsId() {
        Rect note = new Rect(260, -10, 120, 80);
        EdgeRouter r = router("a", card(0, 0), "b", card(600, 0), "e", "a>b");
        r.putObstacle("a", note); // an obstacle's id is its own: this is not card a
        r.update();
        Route route = r.route("e").orElseThrow();
        assertThat(crosses(route, note)).isFalse();
        assertThat(r.card("a")).contains(card(0, 0));
        r.removeObstacle("a");
        r.update();
        assertThat(r.route("e").orElseThrow().points()).hasSize(2);
    }

    @Test
    void movingAnObstacleReroutesAsIfMadeAfresh() {
        EdgeRouter moved = router("a", card(0, 0), "b", card(600, 0), "c", card(0, 300), "d", card(600, 300),
                "e", "a>b", "f", "c>d");
        moved.putObstacle("t", new Rect(300, 300, 100, 60));
        moved.update();
        moved.putObstacle("t", new Rect(300, 10, 100, 60)); // out of f's way, into e's
        Rect nowhere = new Rect(300, 150, 10, 10);
        moved.putObstacle("u", nowhere);
        moved.update();
        EdgeRouter fresh = router("a", card(0, 0), "b", card(600, 0), "c", card(0, 300), "d", card(600, 300),
                "e", "a>b", "f", "c>d");
        fresh.putObstacle("t", new Rect(300, 10, 100, 60));
        fresh.putObstacle("u", nowhere);
        fresh.update();
        assertThat(moved.routes()).isEqualTo(fresh.routes());
        assertThat(moved.route("f").orElseThrow().points()).hasSize(2);
    }

    static boolean crosses(Route route, Rect card) {
        List<Point> p = route.points();
        for (int i = 1; i < p.size(); i++) {
            if (card.crossedBy(p.get(i - 1), p.get(i))) {
                return true;
            }
        }
        return false;
    }
}
