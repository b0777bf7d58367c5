package dev.designround.scenario;

import dev.designround.model.Design;
import dev.designround.rules.Rubric;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One interview round: the prompt, what the interviewer answers when asked, the rubric the design is graded by,
 * hints, and reference designs.
 *
 * @param id             stable id, e.g. {@code legal-doc-qa}
 * @param title          e.g. "Document Q&A for a law firm"
 * @param domain         e.g. "Legal"
 * @param difficulty     easy, medium or hard
 * @param timeMinutes    the round's length (20 or 40 in the guides)
 * @param prompt         the question in the interviewer's words
 * @param questions      clarifying questions with the interviewer's answers
 * @param requirements   numbers the rules use, e.g. latencyBudgetMs, costBudgetUsd
 * @param rubric         the rules and verdict thresholds
 * @param hints          hints by level: direction first, then the key insight
 * @param strongAnswer   what a strong answer covers, a line per point
 * @param strongReference a strong design (Strong Hire), if the scenario has one
 * @param weakReference  the "tutorial answer" (No Hire), if the scenario has one
 * @param source         where the scenario was loaded from, for messages
 */
public record Scenario(String id, String title, String domain, String difficulty, int timeMinutes, String prompt,
                       List<ClarifyingQuestion> questions, Map<String, Double> requirements, Rubric rubric,
                       List<String> hints, List<String> strongAnswer, Optional<Design> strongReference,
                       Optional<Design> weakReference, String source) {

    public Scenario {
        questions = List.copyOf(questions);
        requirements = Map.copyOf(requirements);
        hints = List.copyOf(hints);
        strongAnswer = List.copyOf(strongAnswer);
        strongReference = strongReference.map(Design::copy);
        weakReference = weakReference.map(Design::copy);
    }

    /** A fresh copy of the strong reference design (designs are mutable; the scenario's own stays untouched). */
    @Override
    public Optional<Design> strongReference() {
        return strongReference.map(Design::copy);
    }

    /** A fresh copy of the weak reference design. */
    @Override
    public Optional<Design> weakReference() {
        return weakReference.map(Design::copy);
    }

    public Optional<Double> requirement(String name) {
        return Optional.ofNullable(requirements.get(name));
    }
}
