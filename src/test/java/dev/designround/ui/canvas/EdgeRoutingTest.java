package dev.designround.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EdgeRoutingTest {

    private final Box left = Box.card(0, 0);
    private final Box right = Box.card(400, 0);

    @Test
    void aStraightEdgeRunsFromBorderToBorder() {
        Curve c = EdgeRouting.between(left, right, 0);

        assertThat(c.startX()).isEqualTo(176);
        assertThat(c.startY()).isEqualTo(32);
        assertThat(c.endX()).isEqualTo(400);
        assertThat(c.endY()).isEqualTo(32);
        assertThat(c.endAngle()).isCloseTo(0, within(1e-9));
    }

    @Test
    void parallelEdgesBendApart() {
        Curve a = EdgeRouting.between(left, right, EdgeRouting.lane(0, 2, true));
        Curve b = EdgeRouting.between(left, right, EdgeRouting.lane(1, 2, true));

        assertThat(Math.abs(a.midY() - b.midY())).isGreaterThanOrEqualTo(EdgeRouting.LANE_WIDTH);
    }

    @Test
    void edgesInOppositeDirectionsDoNotCoincide() {
        Curve there = EdgeRouting.between(left, right, EdgeRouting.lane(0, 2, true));
        Curve back = EdgeRouting.between(right, left, EdgeRouting.lane(1, 2, false));

        assertThat(Math.abs(there.midY() - back.midY())).isGreaterThan(10);
    }

    @Test
    void aSelfLoopLeavesAndEntersTheSameCard() {
        Curve loop = EdgeRouting.loop(left, 0);
        Curve second = EdgeRouting.loop(left, 1);

        assertThat(left.contains(loop.startX(), loop.startY())).isTrue();
        assertThat(left.contains(loop.endX(), loop.endY())).isTrue();
        assertThat(loop.midY()).isLessThan(left.y());
        assertThat(second.midY()).isLessThan(loop.midY());
    }

    @Test
    void theBorderPointLiesOnTheBox() {
        double[] p = Box.card(0, 0).borderToward(88, -1000);
        assertThat(p[0]).isCloseTo(88, within(1e-9));
        assertThat(p[1]).isCloseTo(0, within(1e-9));
    }

    @Test
    void aShortenedCurveStopsBeforeItsTip() {
        Curve c = EdgeRouting.between(left, right, 0).shortenedBy(10);
        assertThat(c.endX()).isCloseTo(390, within(1e-9));
    }
}
