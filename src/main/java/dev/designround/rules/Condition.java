package dev.designround.rules;

import dev.designround.model.Catalog;
import java.util.List;

/**
 * What a rule checks: one kind from a closed vocabulary (docs/scenario-format.md), interpreted by the engine on a
 * drawing read as docs/grading.md describes. Scenario files choose kinds and selectors; nothing in them runs code.
 * Every condition is evaluated in time linear in the design's size (times the number of hubs, for checks a hub
 * calls).
 */
public sealed interface Condition
        permits Requires, Reaches, Guards, Survives, Observes, Budget, Forbids, NotesMention, AllOf, AnyOf, Not {

    /** The kind's id as used in files: requires, reaches, guards, ... */
    String kind();

    Outcome evaluate(GraphView view);

    /**
     * The selectors naming what a design adds to satisfy this condition (the guard, the observer, the fallback):
     * when the notes say one of them but the canvas does not show it, the rule earns part credit. A defence the
     * rule does not name may be read from the catalog (the capabilities with a trait).
     */
    default List<Selector> defences(Catalog catalog) {
        return List.of();
    }

    /** The outcome for a selector that matches nothing: said plainly, never a free pass. */
    static Outcome nothingMatches(GraphView view, Selector selector, String role) {
        return Outcome.absent("Nothing on the canvas is " + selector.describe(view.catalog()) + role
                + ", so there is nothing to judge: add one and wire it in.", List.of());
    }
}
