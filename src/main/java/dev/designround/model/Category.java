package dev.designround.model;

/** A group of component types a learner recognises ("Retrieval", "Safety", ...). */
public record Category(String id, String name, String description) {
}
