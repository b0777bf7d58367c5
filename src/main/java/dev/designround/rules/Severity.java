package dev.designround.rules;

import java.util.Arrays;
import java.util.Optional;

/** How bad a failed rule is. A failed blocker means {@link Verdict#NO_HIRE} whatever the score. */
public enum Severity {
    BLOCKER("blocker", 3),
    MAJOR("major", 2),
    MINOR("minor", 1);

    private final String id;
    private final double defaultWeight;

    Severity(String id, double defaultWeight) {
        this.id = id;
        this.defaultWeight = defaultWeight;
    }

    public String id() {
        return id;
    }

    /** The weight a rule of this severity has when its rubric gives none. */
    public double defaultWeight() {
        return defaultWeight;
    }

    public static Optional<Severity> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
