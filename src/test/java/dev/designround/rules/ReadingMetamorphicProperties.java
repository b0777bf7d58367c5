package dev.designround.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.model.Design;
import dev.designround.model.EdgeKind;
import dev.designround.rules.Redrawings.AddCards;
import dev.designround.rules.ReferenceDesigns.Case;
import dev.designround.rules.ReferenceDesigns.Edit;
import dev.designround.rules.Redrawings.Fold;
import dev.designround.rules.ReferenceDesigns.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Metamorphic properties of the grader over every bundled reference design (scenarios/designs), as issue 13 asks:
 * a redrawing a fair interviewer reads as the same design never lowers the score, the verdict, or adds a flag (a
 * failure mode some finding tagged with it now fails, is not wired, or is only said); an edit that breaks what the
 * design does always adds the right flag. The edits are chosen by jqwik from each design's real nodes and edges
 * ({@link Redrawings}); where the candidates are few enough every one is tried. A counterexample reads as
 * "design file: edit", with the score before and after and the findings that came out worse.
 */
class ReadingMetamorphicProperties {

    // ---- meaning-preserving: never lower the score or add a flag ---------------------------------------------

    @Property(tries = 2000)
    void reversingTheArrowBetweenAStoreAndItsReaderKeepsTheGrade(@ForAll("storeReversals") Case c) {
        assertKeepsTheGrade(c);
    }

    @Property(tries = 2000)
    void reversingTheArrowBetweenAnObserverAndWhatItWatchesKeepsTheGrade(@ForAll("observerReversals") Case c) {
        assertKeepsTheGrade(c);
    }

    @Property(tries = 2000)
    void movingAnAuditOrEvalEdgeAlongTheAnswerPathKeepsTheGrade(@ForAll("auditMoves") Case c) {
        assertKeepsTheGrade(c);
    }

    @Property(tries = 2000)
    void foldingACheckIntoALabelledNeighbourKeepsTheGrade(@ForAll("folds") Case c) {
        assertKeepsTheGrade(c);
    }

    @Property(tries = 2000)
    void swappingATypeForOneThatFillsTheSameRolesKeepsTheGrade(@ForAll("swaps") Case c) {
        assertKeepsTheGrade(c);
    }

    @Property(tries = 300)
    void addingUnrelatedCardsKeepsTheGrade(@ForAll("unrelatedCards") Case c) {
        assertKeepsTheGrade(c);
    }

    /** Several redrawings of different kinds, one after another, each chosen on the design as it is by then. */
    @Property(tries = 300)
    void redrawingsInARowKeepTheGrade(@ForAll("references") Reference r,
                                      @ForAll("picks") List<Integer> picks) {
        Design d = r.design();
        List<String> done = new ArrayList<>();
        for (int pick : picks) {
            Reference now = new Reference(r.file(), d, r.rubric());
            List<Function<Reference, List<? extends Edit>>> kinds = List.of(Redrawings::storeReversals,
                    Redrawings::observerReversals, Redrawings::auditMoves, Redrawings::folds, Redrawings::swaps);
            List<? extends Edit> options = kinds.get(Math.floorMod(pick, kinds.size())).apply(now);
            if (options.isEmpty()) {
                continue;
            }
            Edit e = options.get(Math.floorMod(pick / kinds.size(), options.size()));
            d = e.apply(d);
            done.add(e.describe());
        }
        Design result = d;
        assertKeepsTheGrade(new Case(r, new Edit() {
            @Override
            public Design apply(Design original) {
                return result;
            }

            @Override
            public String describe() {
                return String.join(", then ", done);
            }
        }));
    }

    // ---- meaning-breaking: always add the right flag -------------------------------------------------------

    @Property(tries = 2000)
    void wiringAroundAnActionGateFlagsExcessiveAgency(@ForAll("actionGateBypasses") Case c) {
        assertAddsFlag(c, "excessive-agency");
    }

    @Property(tries = 2000)
    void wiringAroundAnAccessFilterFlagsRetrievalAcl(@ForAll("accessFilterBypasses") Case c) {
        assertAddsFlag(c, "retrieval-acl");
    }

    @Property(tries = 2000)
    void droppingTheGroundingCheckFlagsHallucination(@ForAll("groundingDrops") Case c) {
        assertAddsFlag(c, "hallucination");
    }

    @Property(tries = 2000)
    void lettingTheModelCallTheActionFlagsExcessiveAgency(@ForAll("directCalls") Case c) {
        assertAddsFlag(c, "excessive-agency");
    }

    /** The generators find something to edit: a property over no cases would pass and prove nothing. */
    @Test
    void everyEditKindHasCasesInTheReferenceDesigns() {
        assertThat(ReferenceDesigns.REFERENCES).hasSizeGreaterThanOrEqualTo(30);
        assertThat(ReferenceDesigns.cases(Redrawings::storeReversals, false)).hasSizeGreaterThanOrEqualTo(10);
        assertThat(ReferenceDesigns.cases(Redrawings::observerReversals, false)).hasSizeGreaterThanOrEqualTo(30);
        assertThat(ReferenceDesigns.cases(Redrawings::auditMoves, false)).hasSizeGreaterThanOrEqualTo(10);
        assertThat(ReferenceDesigns.cases(Redrawings::folds, false)).hasSizeGreaterThanOrEqualTo(10);
        assertThat(ReferenceDesigns.cases(Redrawings::swaps, false)).hasSizeGreaterThanOrEqualTo(30);
        assertThat(actionGateBypassCases()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(accessFilterBypassCases()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(groundingDropCases()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(directCallCases()).hasSizeGreaterThanOrEqualTo(3);
    }

    // ---- generators -------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<Case> storeReversals() {
        return Arbitraries.of(ReferenceDesigns.cases(Redrawings::storeReversals, false));
    }

    @Provide
    Arbitrary<Case> observerReversals() {
        return Arbitraries.of(ReferenceDesigns.cases(Redrawings::observerReversals, false));
    }

    @Provide
    Arbitrary<Case> auditMoves() {
        return Arbitraries.of(ReferenceDesigns.cases(Redrawings::auditMoves, false));
    }

    /** Each check and neighbour, with a choice among the phrases that say each of the check's capabilities. */
    @Provide
    Arbitrary<Case> folds() {
        return Combinators.combine(Arbitraries.of(ReferenceDesigns.cases(Redrawings::folds, false)),
                Arbitraries.integers().between(0, 3)).as((c, seed) -> {
                    Fold f = (Fold) c.edit();
                    return new Case(c.reference(), new Fold(f.guard(), f.into(), seed));
                });
    }

    @Provide
    Arbitrary<Case> swaps() {
        return Arbitraries.of(ReferenceDesigns.cases(Redrawings::swaps, false));
    }

    /** One to three unconnected cards of any type, or a chain of two to four custom cards wired to each other. */
    @Provide
    Arbitrary<Case> unrelatedCards() {
        Arbitrary<Edit> loose = Arbitraries.of(new TreeSet<>(Drawings.CATALOG.typeIds())).list().ofMinSize(1)
                .ofMaxSize(3).map(types -> new AddCards(types, false, List.of(EdgeKind.FLOW)));
        Arbitrary<Edit> chain = Combinators.combine(Arbitraries.integers().between(2, 4),
                Arbitraries.of(EdgeKind.class).list().ofMinSize(1).ofMaxSize(3))
                .as((n, kinds) -> new AddCards(java.util.Collections.nCopies(n, "custom"), true, kinds));
        return Combinators.combine(references(), Arbitraries.oneOf(loose, chain)).as(Case::new);
    }

    @Provide
    Arbitrary<Reference> references() {
        return Arbitraries.of(ReferenceDesigns.REFERENCES);
    }

    @Provide
    Arbitrary<List<Integer>> picks() {
        return Arbitraries.integers().between(0, 10_000).list().ofMinSize(2).ofMaxSize(4);
    }

    @Provide
    Arbitrary<Case> actionGateBypasses() {
        return Arbitraries.of(actionGateBypassCases());
    }

    @Provide
    Arbitrary<Case> accessFilterBypasses() {
        return Arbitraries.of(accessFilterBypassCases());
    }

    @Provide
    Arbitrary<Case> groundingDrops() {
        return Arbitraries.of(groundingDropCases());
    }

    @Provide
    Arbitrary<Case> directCalls() {
        return Arbitraries.of(directCallCases());
    }

    private static List<Case> actionGateBypassCases() {
        return ReferenceDesigns.cases(r -> r.covers("excessive-agency") ? BreakingEdits.bypasses(r, "action-gate", true,
                n -> Drawings.traits(n).contains(dev.designround.model.Trait.GENERATES)) : List.of(), true);
    }

    private static List<Case> accessFilterBypassCases() {
        return ReferenceDesigns.cases(r -> r.covers("retrieval-acl") ? BreakingEdits.bypasses(r, "access-filter", false,
                n -> Drawings.isUser(n) || Drawings.fills(n, "knowledge-store")) : List.of(), true);
    }

    private static List<Case> groundingDropCases() {
        return ReferenceDesigns.cases(r -> r.covers("hallucination") ? BreakingEdits.dropGrounding(r) : List.of(), true);
    }

    private static List<Case> directCallCases() {
        return ReferenceDesigns.cases(r -> r.covers("excessive-agency") ? BreakingEdits.directCalls(r) : List.of(), true);
    }

    // ---- judging ------------------------------------------------------------------------------------------------

    private static void assertKeepsTheGrade(Case c) {
        Report before = c.reference().grade(c.reference().design());
        Report after = c.reference().grade(c.edited());
        Map<String, Integer> was = ReferenceDesigns.flags(before);
        Set<String> added = new TreeSet<>(ReferenceDesigns.flags(after).keySet());
        added.removeAll(was.keySet());
        String what = c + ": score " + before.score() + " -> " + after.score() + ", " + before.verdict() + " -> "
                + after.verdict() + ", flags added " + added + "; worse findings: "
                + ReferenceDesigns.worse(before, after);
        assertThat(after.score()).as(what).isGreaterThanOrEqualTo(before.score());
        assertThat(after.verdict().isBetterThan(before.verdict()) || after.verdict() == before.verdict())
                .as(what).isTrue();
        assertThat(added).as(what).isEmpty();
    }

    private static void assertAddsFlag(Case c, String failureMode) {
        Report before = c.reference().grade(c.reference().design());
        Report after = c.reference().grade(c.edited());
        int was = ReferenceDesigns.flags(before).getOrDefault(failureMode, 0);
        int is = ReferenceDesigns.flags(after).getOrDefault(failureMode, 0);
        assertThat(is).as(c + ": " + failureMode + " flagged by " + was + " findings before, " + is + " after; score "
                + before.score() + " -> " + after.score() + "; worse findings: "
                + ReferenceDesigns.worse(before, after)).isGreaterThan(was);
    }
}
