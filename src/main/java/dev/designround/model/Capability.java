package dev.designround.model;

/**
 * Something a component does for a design ({@code grounding-check}, {@code side-effects}, ...). Rules select
 * nodes by capability, so a custom component with the right capabilities counts like a catalog one.
 */
public record Capability(String id, String name, String description) {
}
