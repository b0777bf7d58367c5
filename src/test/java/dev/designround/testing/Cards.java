package dev.designround.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.model.CardGeometry;
import dev.designround.model.Node;
import java.util.Collection;
import java.util.List;

/** Checks on where cards stand on the canvas. */
public final class Cards {

    private Cards() {
    }

    /** Fails, naming both, when two cards overlap. */
    public static void assertNoneOverlap(Collection<Node> cards) {
        List<Node> nodes = List.copyOf(cards);
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                Node a = nodes.get(i);
                Node b = nodes.get(j);
                boolean apart = Math.abs(a.x() - b.x()) >= CardGeometry.WIDTH
                        || Math.abs(a.y() - b.y()) >= CardGeometry.HEIGHT;
                assertThat(apart).as("%s (%s) at %s,%s and %s (%s) at %s,%s overlap", a.id(), a.label(), a.x(), a.y(),
                        b.id(), b.label(), b.x(), b.y()).isTrue();
            }
        }
    }
}
