package dev.designround.rules;

import static dev.designround.rules.RuleFixtures.ACTION;
import static dev.designround.rules.RuleFixtures.CATALOG;
import static dev.designround.rules.RuleFixtures.MODEL;
import static dev.designround.rules.RuleFixtures.POLICY;
import static dev.designround.rules.RuleFixtures.check;
import static dev.designround.rules.RuleFixtures.guards;
import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.model.Design;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompositeAndGraderTest {

    private static final Selector APPROVAL = Selector.capability("approval");

    private final Condition bookingGuarded = new AnyOf(List.of(guards(MODEL, ACTION, POLICY),
            guards(MODEL, ACTION, APPROVAL)));

    @Test
    void anyPassesWhenOneAcceptedWayHolds() {
        Design d = design().node("user", "user").node("llm", "llm").node("approve", "approval-gate")
                .node("book", "action-api").chain("user", "llm", "approve", "book").build();
        assertThat(check(d, bookingGuarded).passed()).isTrue();
    }

    @Test
    void anyFailsWithEveryReason() {
        Design d = design().node("user", "user").node("llm", "llm").node("book", "action-api")
                .chain("user", "llm", "book").build();
        Finding f = check(d, bookingGuarded);
        assertThat(f.passed()).isFalse();
        assertThat(f.message()).startsWith("None of the accepted ways holds. llm reaches book without passing "
                + "a policy check component");
        assertThat(f.path()).containsExactly("llm", "book");
    }

    @Test
    void allFailsWithTheFailingPartsOnly() {
        Design d = design().node("user", "user").node("llm", "llm").chain("user", "llm", "user").build();
        Finding f = check(d, new AllOf(List.of(new Requires(Selector.type("llm"), 1),
                new Requires(Selector.type("cache"), 1))));
        assertThat(f.passed()).isFalse();
        assertThat(f.message()).isEqualTo("Nothing on the canvas is a cache.");
    }

    @Test
    void notInvertsAndSaysSo() {
        Design d = design().node("user", "user").node("llm", "llm").chain("user", "llm", "user").build();
        Finding f = check(d, new Not(new Requires(Selector.type("llm"), 1)));
        assertThat(f.passed()).isFalse();
        assertThat(f.message()).isEqualTo("This should not hold, but it does: An LLM: llm is wired in.");
    }

    @Test
    void scoreIsTheWeightedShareAndAFailedBlockerMeansNoHire() {
        Design d = design().node("user", "user").node("llm", "llm").chain("user", "llm", "user").build();
        Rule passes = rule("a", Severity.MINOR, 3, new Requires(Selector.type("llm"), 1), RuleCategory.ARCHITECTURE);
        Rule fails = rule("b", Severity.MAJOR, 1, new Requires(Selector.type("cache"), 1), RuleCategory.COST_LATENCY);
        Report r = new Grader(CATALOG).grade(d, new Rubric("s", List.of(passes, fails), Thresholds.DEFAULT));
        assertThat(r.score()).isEqualTo(75.0);
        assertThat(r.verdict()).isEqualTo(Verdict.LEAN_HIRE);
        assertThat(r.categories()).containsExactly(
                new CategoryScore(RuleCategory.ARCHITECTURE, 100.0, 1, 1),
                new CategoryScore(RuleCategory.COST_LATENCY, 0.0, 0, 1));

        // A blocker that fails on the canvas (one model drawn, two needed) vetoes whatever the score.
        Rule blocker = rule("c", Severity.BLOCKER, 0.1, new Requires(Selector.type("llm"), 2),
                RuleCategory.GUARDRAILS);
        Report withBlocker = new Grader(CATALOG).grade(d, new Rubric("s", List.of(passes, blocker),
                Thresholds.DEFAULT));
        assertThat(withBlocker.findings().get(1).status()).isEqualTo(Finding.Status.FAILED);
        assertThat(withBlocker.score()).isEqualTo(96.8);
        assertThat(withBlocker.verdict()).isEqualTo(Verdict.NO_HIRE);
    }

    @Test
    void aBlockerWhoseSubjectIsNotOnTheCanvasCostsItsWeightWithoutAVeto() {
        // Finding.Status.UNWIRED: no credit, but no blocker veto (Finding#isFailedBlocker).
        Design d = design().node("user", "user").node("llm", "llm").chain("user", "llm", "user").build();
        Rule passes = rule("a", Severity.MINOR, 3, new Requires(Selector.type("llm"), 1), RuleCategory.ARCHITECTURE);
        Rule blocker = rule("c", Severity.BLOCKER, 1, new Requires(Selector.type("cache"), 1),
                RuleCategory.GUARDRAILS);
        Report r = new Grader(CATALOG).grade(d, new Rubric("s", List.of(passes, blocker), Thresholds.DEFAULT));
        Finding unwired = r.findings().get(1);
        assertThat(unwired.status()).isEqualTo(Finding.Status.UNWIRED);
        assertThat(unwired.message()).isEqualTo("Nothing on the canvas is a cache.");
        assertThat(r.hasFailedBlocker()).isFalse();
        assertThat(r.score()).isEqualTo(75.0);
        assertThat(r.verdict()).isEqualTo(Verdict.LEAN_HIRE);
    }

    @Test
    void everyFindingStatusEarnsItsShareAndNotApplicableLeavesTheScoreAlone() {
        Design d = design().node("user", "user").node("llm", "llm").chain("user", "llm", "user")
                .notes("We add a grounding check later.").build();
        Rule passes = rule("a", Severity.MAJOR, 2, new Requires(Selector.type("llm"), 1), RuleCategory.ARCHITECTURE);
        Rule fails = rule("b", Severity.MAJOR, 2, new Requires(Selector.type("llm"), 2), RuleCategory.ARCHITECTURE);
        Rule said = rule("c", Severity.MAJOR, 2, new Requires(Selector.capability("grounding-check"), 1),
                RuleCategory.GUARDRAILS);
        Rule notApplicable = rule("d", Severity.MAJOR, 50, new Forbids(Selector.type("user"),
                Selector.capability("side-effects"), true, Forbids.DEFAULT_EDGES), RuleCategory.GUARDRAILS);
        Report r = new Grader(CATALOG).grade(d, new Rubric("s", List.of(passes, fails, said, notApplicable),
                Thresholds.DEFAULT));
        assertThat(r.findings()).extracting(Finding::status).containsExactly(Finding.Status.PASSED,
                Finding.Status.FAILED, Finding.Status.SAID, Finding.Status.NOT_APPLICABLE);
        assertThat(r.findings().get(2).message()).startsWith("Said, not drawn: the notes mention \"grounding check\"");
        // (2 * 1 + 2 * 0 + 2 * 0.5) / 6; the not-applicable rule's weight is left out.
        assertThat(r.score()).isEqualTo(50.0);
        assertThat(r.verdict()).isEqualTo(Verdict.LEAN_HIRE);
    }

    @Test
    void aDefenceDrawnOnlyAsASpareCardWiredToNothingIsStillOnlySaid() {
        // Dropping an unconnected grounding checker beside the design must not undo what the notes said (R9).
        Design d = design().node("user", "user").node("llm", "llm").node("spare", "grounding-checker")
                .chain("user", "llm", "user").notes("We add a grounding check later.").build();
        Rule grounded = rule("c", Severity.MAJOR, 2, new Observes(Selector.type("llm"),
                Selector.capability("grounding-check"), false), RuleCategory.GUARDRAILS);
        Report r = new Grader(CATALOG).grade(d, new Rubric("s", List.of(grounded), Thresholds.DEFAULT));
        assertThat(r.findings().get(0).status()).isEqualTo(Finding.Status.SAID);
    }

    @Test
    void aSaidDefenceQuotesTheFirstPhraseInTheNotesThatNamesIt() {
        // Two capabilities fill the role; the quote must not depend on a set's order, which differs between runs.
        Design d = design().node("user", "user").node("llm", "llm").chain("user", "llm", "user")
                .notes("A cheap tier first; a grounding check comes later.").build();
        Rule guarded = rule("c", Severity.MAJOR, 2, new Observes(Selector.type("llm"),
                Selector.capability("grounding-check", "routing"), false), RuleCategory.GUARDRAILS);
        for (int i = 0; i < 20; i++) {
            Report r = new Grader(CATALOG).grade(d, new Rubric("s", List.of(guarded), Thresholds.DEFAULT));
            assertThat(r.findings().get(0).message()).startsWith("Said, not drawn: the notes mention \"cheap tier\"");
        }
    }

    @Test
    void thresholdsDecideTheVerdict() {
        Thresholds t = new Thresholds(90, 70);
        assertThat(t.verdict(90, false)).isEqualTo(Verdict.STRONG_HIRE);
        assertThat(t.verdict(89.9, false)).isEqualTo(Verdict.LEAN_HIRE);
        assertThat(t.verdict(69.9, false)).isEqualTo(Verdict.NO_HIRE);
        assertThat(t.verdict(100, true)).isEqualTo(Verdict.NO_HIRE);
        assertThat(Thresholds.DEFAULT).isEqualTo(new Thresholds(80, 40));
        assertThat(Thresholds.DEFAULT.verdict(80, false)).isEqualTo(Verdict.STRONG_HIRE);
        assertThat(Thresholds.DEFAULT.verdict(79.9, false)).isEqualTo(Verdict.LEAN_HIRE);
        assertThat(Thresholds.DEFAULT.verdict(40, false)).isEqualTo(Verdict.LEAN_HIRE);
        assertThat(Thresholds.DEFAULT.verdict(39.9, false)).isEqualTo(Verdict.NO_HIRE);
    }

    @Test
    void gradingDoesNotChangeTheDesign() {
        Design d = design().node("user", "user").node("llm", "llm").chain("user", "llm", "user").build();
        Design before = d.copy();
        check(d, new Survives(MODEL, false));
        assertThat(d).isEqualTo(before);
    }

    @Test
    void aFailedRuleLeadsWithItsOwnMessage() {
        Design d = design().node("user", "user").node("llm", "llm").node("refund", "action-api")
                .chain("user", "llm", "refund").build();
        Rule r = new Rule("r", "t", RuleCategory.GUARDRAILS, Severity.BLOCKER, 3, List.of("excessive-agency"),
                guards(MODEL, ACTION, POLICY), "The model can issue refunds on its own.", "w", "f");
        Finding f = new Grader(CATALOG).grade(d, new Rubric("s", List.of(r), Thresholds.DEFAULT)).findings().get(0);
        assertThat(f.message()).isEqualTo("The model can issue refunds on its own. llm reaches refund without "
                + "passing a policy check component (there is none on the canvas): llm → refund.");
    }

    private static Rule rule(String id, Severity s, double weight, Condition c, RuleCategory category) {
        return new Rule(id, id, category, s, weight, List.of(), c, "", "", "");
    }
}
