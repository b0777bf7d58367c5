package dev.designround.io.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.designround.model.CardGeometry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How much a tool's layout is stretched so that cards, bigger than its shapes, do not overlap. */
class RecogniserStretchTest {

    private static Diagram.Point centredAt(double x, double y) {
        return new Diagram.Point(x - CardGeometry.WIDTH / 2, y - CardGeometry.HEIGHT / 2);
    }

    @Test
    void cardsFarEnoughApartAreNotMoved() {
        assertThat(Recogniser.stretch(List.of(centredAt(0, 0), centredAt(300, 0), centredAt(0, 200)))).isEqualTo(1);
    }

    @Test
    void twoShapesSideBySideAreSpreadJustEnough() {
        // draw.io's 120-wide shapes 180 apart: cards 176 wide need 176 + 24
        double s = Recogniser.stretch(List.of(centredAt(0, 0), centredAt(180, 0)));
        assertThat(s * 180).isCloseTo(CardGeometry.WIDTH + Recogniser.GAP_X, within(1e-9));
    }

    @Test
    void eitherAxisMayPartThem() {
        // 150 apart across and 60 down: parting them downwards needs less stretching than across
        double s = Recogniser.stretch(List.of(centredAt(0, 0), centredAt(150, 60)));
        assertThat(s * 60).isCloseTo(CardGeometry.HEIGHT + Recogniser.GAP_Y, within(1e-9));
    }

    @Test
    void shapesOnTopOfEachOtherDoNotBlowTheLayoutUp() {
        assertThat(Recogniser.stretch(List.of(centredAt(0, 0), centredAt(2, 1)))).isEqualTo(1);
        assertThat(Recogniser.stretch(List.of(centredAt(0, 0), centredAt(50, 0)))).isEqualTo(Recogniser.MAX_STRETCH);
    }
}
