package dev.designround.ui.canvas;

import java.util.Optional;
import javafx.scene.Node;

/** Finds which card or edge a picked JavaFX node belongs to. */
public final class Targets {

    private Targets() {
    }

    public static Optional<NodeCard> card(Node picked) {
        for (Node n = picked; n != null; n = n.getParent()) {
            if (n instanceof NodeCard card) {
                return Optional.of(card);
            }
            if (n instanceof DiagramCanvas) {
                break;
            }
        }
        return Optional.empty();
    }

    public static Optional<EdgeView> edge(Node picked) {
        for (Node n = picked; n != null; n = n.getParent()) {
            if (n instanceof EdgeView edge) {
                return Optional.of(edge);
            }
            Optional<EdgeView> owner = EdgeView.of(n);
            if (owner.isPresent()) {
                return owner;
            }
            if (n instanceof DiagramCanvas) {
                break;
            }
        }
        return Optional.empty();
    }
}
