package dev.designround.model;

/** One change to a {@link Design}, as told to its {@link DesignListener}s after it happened. */
public sealed interface DesignChange {

    record NodeAdded(Node node) implements DesignChange {
    }

    /** A node was removed; its edges were removed first, each with its own {@link EdgeRemoved}. */
    record NodeRemoved(Node node) implements DesignChange {
    }

    record NodeUpdated(Node before, Node after) implements DesignChange {
    }

    record EdgeAdded(Edge edge) implements DesignChange {
    }

    record EdgeRemoved(Edge edge) implements DesignChange {
    }

    record EdgeUpdated(Edge before, Edge after) implements DesignChange {
    }

    /** A zone was drawn (see {@link Zone}); nothing else changes with it. */
    record ZoneAdded(Zone zone) implements DesignChange {
    }

    /** A zone was taken away; the cards in it stay where they are. */
    record ZoneRemoved(Zone zone) implements DesignChange {
    }

    record ZoneUpdated(Zone before, Zone after) implements DesignChange {
    }

    record TextAdded(TextNote text) implements DesignChange {
    }

    record TextRemoved(TextNote text) implements DesignChange {
    }

    record TextUpdated(TextNote before, TextNote after) implements DesignChange {
    }

    /** The scenario, title or notes changed. */
    record InfoChanged(DesignInfo before, DesignInfo after) implements DesignChange {
    }
}
