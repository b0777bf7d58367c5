package dev.designround.ui.feedback;

import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.rules.Finding;
import dev.designround.rules.RuleCategory;
import dev.designround.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTargetsTest {

    private static Finding failed(List<String> nodes, List<String> path) {
        return new Finding("hallucination.grounded-answers", "Grounded", false, Severity.BLOCKER,
                RuleCategory.GUARDRAILS, 3, List.of("hallucination"), nodes, path, "msg", "why", "fix");
    }

    @Test
    void theEdgesAlongAPathAreItsFlowEdges() {
        Design d = design().node("u", "user").node("llm", "llm").node("fb", "fallback").build();
        d.addEdge(new Edge("e1", "u", "llm", "", EdgeKind.FLOW));
        d.addEdge(new Edge("e2", "llm", "u", "", EdgeKind.FLOW));
        d.addEdge(new Edge("e3", "llm", "u", "", EdgeKind.ASYNC));

        FindingTargets t = FindingTargets.of(failed(List.of("llm"), List.of("u", "llm", "u")), d);

        assertThat(t.nodes()).containsExactly("llm", "u");
        assertThat(t.edges()).containsExactly("e1", "e2");
    }

    @Test
    void aStepWithoutAFlowEdgeTakesTheOtherEdges() {
        Design d = design().node("llm", "llm").node("fb", "fallback").build();
        d.addEdge(new Edge("e1", "llm", "fb", "", EdgeKind.FALLBACK));

        assertThat(FindingTargets.of(failed(List.of(), List.of("llm", "fb")), d).edges()).containsExactly("e1");
    }

    @Test
    void nodesNoLongerInTheDesignAreLeftOut() {
        Design d = design().node("u", "user").build();

        FindingTargets t = FindingTargets.of(failed(List.of("gone", "u"), List.of("u", "gone")), d);

        assertThat(t.nodes()).containsExactly("u");
        assertThat(t.edges()).isEmpty();
    }
}
