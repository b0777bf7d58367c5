package dev.designround.rules;

/** The interviewer's call. Ids ({@code STRONG_HIRE}, ...) are fixed by PRODUCT.md. */
public enum Verdict {
    STRONG_HIRE("Strong Hire"),
    LEAN_HIRE("Lean Hire"),
    NO_HIRE("No Hire");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** "Strong Hire", "Lean Hire", "No Hire". */
    public String label() {
        return label;
    }

    /** Whether this verdict is better than another. */
    public boolean isBetterThan(Verdict other) {
        return ordinal() < other.ordinal();
    }
}
