package dev.designround.scenario;

import static dev.designround.testing.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.designround.catalog.BundledSource;
import dev.designround.catalog.CatalogLoader;
import dev.designround.catalog.DirectorySource;
import dev.designround.json.InputException;
import dev.designround.json.JsonTreeReader;
import dev.designround.model.Catalog;
import dev.designround.rules.Budget;
import dev.designround.rules.Rule;
import dev.designround.rules.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {

    private static final Catalog CATALOG = CatalogLoader.bundled();

    @TempDir
    Path dir;

    private Scenario load(String rubric) throws InputException {
        return load(rubric, "\"requirements\": {\"latencyBudgetMs\": 2000},");
    }

    private Scenario load(String rubric, String requirements) throws InputException {
        write(dir, "s.json", "{\"format\": \"design-round.scenario\", \"version\": 1, \"id\": \"s\", "
                + "\"title\": \"S\", \"prompt\": \"Design it.\", " + requirements + "\n\"rubric\": [\n" + rubric
                + "\n]}");
        RuleLibrary rules = ScenarioLibrary.loadRules(CATALOG, new BundledSource(), new JsonTreeReader());
        return new ScenarioLoader(CATALOG, rules, new JsonTreeReader()).load(new DirectorySource(dir), "s.json");
    }

    private String file() {
        return dir.resolve("s.json").toString();
    }

    @Test
    void theBundledRuleLibraryLoadsAndCoversEveryFailureMode() throws InputException {
        RuleLibrary rules = ScenarioLibrary.loadRules(CATALOG, new BundledSource(), new JsonTreeReader());
        List<String> covered = rules.rules().stream().flatMap(r -> r.failureModes().stream()).toList();
        assertThat(covered).containsAll(CATALOG.failureModeIds());
    }

    @Test
    void aUsedRuleTakesTheScenariosOverridesAndRequirements() throws InputException {
        Scenario s = load("{\"use\": \"latency-budget.within-budget\", \"severity\": \"blocker\", \"why\": \"w\"}");
        Rule r = s.rubric().rules().get(0);
        assertThat(r.severity()).isEqualTo(Severity.BLOCKER);
        assertThat(r.weight()).isEqualTo(3.0);
        assertThat(r.why()).isEqualTo("w");
        assertThat(((Budget) r.condition()).max()).isEqualTo(2000.0);
    }

    @Test
    void anUnknownRuleKindIsAnErrorNamingTheRule() {
        assertThatThrownBy(() -> load("{\"id\": \"s.x\", \"title\": \"t\", \"category\": \"security\", "
                + "\"severity\": \"major\", \"why\": \"w\", \"fix\": \"f\", \"check\": {\"kind\": \"eval\"}}"))
                .isInstanceOf(InputException.class)
                .hasMessage(file() + ":3:116: rule \"s.x\": unknown check kind \"eval\" (use requires, reaches, guards, "
                        + "survives, observes, budget, forbids, notes, all, any, not)");
    }

    @Test
    void aSelectorNamingAnUnknownCapabilityIsAnErrorNamingTheRule() {
        assertThatThrownBy(() -> load("{\"id\": \"s.x\", \"title\": \"t\", \"category\": \"security\", "
                + "\"severity\": \"major\", \"why\": \"w\", \"fix\": \"f\", \"check\": {\"kind\": \"requires\", "
                + "\"select\": {\"capability\": \"grounding\"}}}"))
                .hasMessage(file() + ":3:153: rule \"s.x\": selector \"select\" names unknown capability \"grounding\" "
                        + "(did you mean \"grounding-check\"?)");
    }

    @Test
    void anUnknownComponentTypeInASelectorIsAnError() {
        assertThatThrownBy(() -> load("{\"id\": \"s.x\", \"title\": \"t\", \"category\": \"security\", "
                + "\"severity\": \"major\", \"why\": \"w\", \"fix\": \"f\", \"check\": {\"kind\": \"requires\", "
                + "\"select\": {\"type\": \"vectordb\"}}}"))
                .hasMessageContaining("rule \"s.x\": selector \"select\" names unknown component type \"vectordb\" "
                        + "(did you mean \"vector-db\"?)");
    }

    @Test
    void usingAnUnknownGlobalRuleIsAnError() {
        assertThatThrownBy(() -> load("{\"use\": \"hallucination.grounded\"}"))
                .hasMessage(file() + ":3:9: rubric uses unknown rule \"hallucination.grounded\" (did you mean "
                        + "\"hallucination.grounded-answers\"?)");
    }

    @Test
    void aBudgetNeedsTheRequirementInTheScenario() {
        assertThatThrownBy(() -> load("{\"use\": \"unbounded-consumption.cost-budget\"}"))
                .hasMessageContaining("rubric uses \"unbounded-consumption.cost-budget\", which does not fit this "
                        + "scenario: rule \"unbounded-consumption.cost-budget\": budget refers to requirement "
                        + "\"costBudgetUsd\", which the scenario does not define");
    }

    @Test
    void scriptingFieldsAreRejectedNotIgnored() {
        assertThatThrownBy(() -> load("{\"id\": \"s.x\", \"title\": \"t\", \"category\": \"security\", "
                + "\"severity\": \"major\", \"why\": \"w\", \"fix\": \"f\", \"check\": {\"kind\": \"requires\", "
                + "\"select\": {\"type\": \"llm\"}, \"script\": \"rm -rf /\"}}"))
                .hasMessageContaining("unknown field \"script\"");
    }

    @Test
    void aRubricCannotBeEmpty() {
        assertThatThrownBy(() -> load("")).hasMessageEndingWith("scenario: \"rubric\" needs at least one rule");
    }

    @Test
    void referenceDesignsAreValidatedAndMustBelongToTheScenario() {
        write(dir, "designs/other.json", "{\"format\": \"design-round.design\", \"version\": 1, "
                + "\"scenario\": \"legal-doc-qa\"}");
        write(dir, "s.json", "{\"format\": \"design-round.scenario\", \"version\": 1, \"id\": \"s\", "
                + "\"title\": \"S\", \"prompt\": \"p\", \"rubric\": [{\"use\": \"no-observability.monitored\"}],\n"
                + "\"references\": {\"strong\": \"designs/other.json\", \"weak\": \"../escape.json\"}}");
        assertThatThrownBy(() -> new ScenarioLoader(CATALOG, ScenarioLibrary.loadRules(CATALOG, new BundledSource(),
                new JsonTreeReader()), new JsonTreeReader()).load(new DirectorySource(dir), "s.json"))
                .hasMessageContaining("is a design for scenario \"legal-doc-qa\", not \"s\"")
                .hasMessageEndingWith("(and 1 more problem)");
    }
}
