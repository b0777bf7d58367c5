package dev.designround.round;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * How far the candidate is in the round of one open design: which clarifying questions they asked (answers
 * revealed), how many hints they took, which phases they ticked, whether feedback is held back until they submit
 * (practice mode), whether they submitted, and whether they opened the strong answer. Immutable; every change
 * gives a new value.
 *
 * @param asked       indexes of the questions whose answers are revealed
 * @param hintsShown  how many hints are revealed, level by level
 * @param phasesDone  phases ticked on the checklist
 * @param practice    feedback is hidden until submit
 * @param submitted   the candidate submitted (feedback stays visible and live from then on)
 * @param strongShown the candidate opened the strong answer at least once
 */
public record RoundProgress(Set<Integer> asked, int hintsShown, Set<RoundPhase> phasesDone, boolean practice,
                            boolean submitted, boolean strongShown) {

    /** A round just started: nothing asked or revealed, practice mode on. */
    public static final RoundProgress START = new RoundProgress(Set.of(), 0, Set.of(), true, false, false);

    public RoundProgress {
        asked = Collections.unmodifiableSet(new TreeSet<>(asked));
        phasesDone = phasesDone.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(phasesDone));
        if (hintsShown < 0) {
            throw new IllegalArgumentException("hintsShown < 0");
        }
    }

    /** Reveals the answer to question {@code index}. */
    public RoundProgress ask(int index) {
        Set<Integer> next = new LinkedHashSet<>(asked);
        next.add(index);
        return new RoundProgress(next, hintsShown, phasesDone, practice, submitted, strongShown);
    }

    public boolean wasAsked(int index) {
        return asked.contains(index);
    }

    /** Reveals the next hint, if any of {@code available} is left. */
    public RoundProgress nextHint(int available) {
        return new RoundProgress(asked, Math.min(available, hintsShown + 1), phasesDone, practice, submitted,
                strongShown);
    }

    public RoundProgress withPhase(RoundPhase phase, boolean done) {
        Set<RoundPhase> next = phasesDone.isEmpty() ? EnumSet.noneOf(RoundPhase.class) : EnumSet.copyOf(phasesDone);
        if (done) {
            next.add(phase);
        } else {
            next.remove(phase);
        }
        return new RoundProgress(asked, hintsShown, next, practice, submitted, strongShown);
    }

    public RoundProgress withPractice(boolean on) {
        return new RoundProgress(asked, hintsShown, phasesDone, on, submitted, strongShown);
    }

    public RoundProgress withSubmitted() {
        return new RoundProgress(asked, hintsShown, phasesDone, practice, true, strongShown);
    }

    public RoundProgress withStrongShown() {
        return new RoundProgress(asked, hintsShown, phasesDone, practice, submitted, true);
    }

    /** Feedback shows unless practice mode holds it back until submit. */
    public boolean feedbackVisible() {
        return !practice || submitted;
    }

    /** "What a strong answer covers" shows once the candidate submitted or opened the strong answer. */
    public boolean strongAnswerListVisible() {
        return submitted || strongShown;
    }
}
