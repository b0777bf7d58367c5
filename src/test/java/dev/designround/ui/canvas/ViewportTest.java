package dev.designround.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ViewportTest {

    @Test
    void zoomingKeepsThePointUnderTheMouseStill() {
        Viewport v = new Viewport(1, 40, -20);
        double wx = v.toWorldX(300);
        double wy = v.toWorldY(200);

        Viewport z = v.zoomAt(1.5, 300, 200);

        assertThat(z.scale()).isEqualTo(1.5);
        assertThat(z.toWorldX(300)).isCloseTo(wx, within(1e-9));
        assertThat(z.toWorldY(200)).isCloseTo(wy, within(1e-9));
    }

    @Test
    void zoomStaysWithinItsLimits() {
        assertThat(Viewport.IDENTITY.zoomAt(1000, 0, 0).scale()).isEqualTo(Viewport.MAX_SCALE);
        assertThat(Viewport.IDENTITY.zoomAt(0.0001, 0, 0).scale()).isEqualTo(Viewport.MIN_SCALE);
    }

    @Test
    void panningMovesTheContentWithTheMouse() {
        Viewport v = Viewport.IDENTITY.panBy(30, -10);
        assertThat(v.toScreenX(0)).isEqualTo(30);
        assertThat(v.toScreenY(0)).isEqualTo(-10);
    }

    @Test
    void fitShowsTheWholeRectangleCentred() {
        Viewport v = Viewport.fit(100, 100, 2100, 1100, 1000, 600, 50, 1);

        assertThat(v.scale()).isCloseTo(0.45, within(1e-9));
        assertThat(v.toScreenX(100) + v.toScreenX(2100)).isCloseTo(1000, within(1e-9));
        assertThat(v.toScreenY(100) + v.toScreenY(1100)).isCloseTo(600, within(1e-9));
    }

    @Test
    void fitNeverZoomsInBeyondTheMaximum() {
        assertThat(Viewport.fit(0, 0, 176, 64, 1000, 600, 50, 1).scale()).isEqualTo(1);
    }
}
