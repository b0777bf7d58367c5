package dev.designround.model;

import java.util.Set;

/**
 * A part a design needs someone or something to play (a person's sign-off, a deterministic policy, an access
 * filter), and every component type and capability that can play it. Rules select by role so that any component
 * that fills it counts; the list is catalog data ({@code components/roles.json}), reviewed for every rule.
 *
 * @param id           e.g. {@code human-sign-off}
 * @param name         how messages name it, with an article: "a person's sign-off"
 * @param description  what the role is for
 * @param types        component type ids that fill it
 * @param capabilities capability ids that fill it (so custom and labelled components count)
 */
public record Role(String id, String name, String description, Set<String> types, Set<String> capabilities) {

    public Role {
        types = Set.copyOf(types);
        capabilities = Set.copyOf(capabilities);
    }
}
