package dev.designround.rules;

/**
 * What a rule checks: one kind from a closed vocabulary (PRODUCT.md and issue 3), interpreted by the engine.
 * Scenario files choose kinds and selectors; nothing in them runs code. Every condition is evaluated in time
 * linear in the design's size.
 */
public sealed interface Condition
        permits Requires, Reaches, Guards, Survives, Observes, Budget, Forbids, NotesMention, AllOf, AnyOf, Not {

    /** The kind's id as used in files: requires, reaches, guards, ... */
    String kind();

    Outcome evaluate(GraphView view);

    /** The failing outcome for a selector that matches nothing: said plainly, never a free pass. */
    static Outcome nothingMatches(GraphView view, Selector selector, String role) {
        return Outcome.fail("Nothing on the canvas is " + selector.describe(view.catalog()) + role
                + ", so there is nothing to judge: add one and wire it in.", java.util.List.of());
    }
}
