package dev.designround.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Something a component does for a design ({@code grounding-check}, {@code side-effects}, ...). Rules select
 * nodes by capability, so a custom component with the right capabilities counts like a catalog one. Its
 * {@link Trait traits} say what it means to the engine that reads the drawing.
 */
public record Capability(String id, String name, String description, Set<Trait> traits) {

    public Capability {
        traits = traits.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(traits));
    }

    public Capability(String id, String name, String description) {
        this(id, name, description, Set.of());
    }
}
