package dev.designround.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import dev.designround.json.InputException;
import dev.designround.json.JsonTreeReader;
import dev.designround.json.Problems;
import dev.designround.model.Catalog;
import dev.designround.rules.Condition;
import dev.designround.testing.DocTables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The registry of check kinds agrees with the sealed condition list, the docs' table and the parser. */
class RuleKindsTest {

    private static final Catalog CATALOG = CatalogLoader.bundled();
    private static final String LLM = "{\"type\": \"llm\"}";
    private static final String USER = "{\"type\": \"user\"}";

    /** The smallest check of each kind: only its required fields. */
    private static final Map<String, String> MINIMAL = Map.ofEntries(
            Map.entry("requires", "{\"kind\": \"requires\", \"select\": " + LLM + "}"),
            Map.entry("reaches", "{\"kind\": \"reaches\", \"from\": " + USER + ", \"to\": " + LLM + "}"),
            Map.entry("guards", "{\"kind\": \"guards\", \"from\": " + USER + ", \"to\": " + LLM
                    + ", \"through\": {\"capability\": \"injection-filter\"}}"),
            Map.entry("survives", "{\"kind\": \"survives\", \"fail\": " + LLM + "}"),
            Map.entry("observes", "{\"kind\": \"observes\", \"select\": " + LLM
                    + ", \"by\": {\"capability\": \"observability\"}}"),
            Map.entry("budget", "{\"kind\": \"budget\", \"metric\": \"latency\", \"max\": 2000}"),
            Map.entry("forbids", "{\"kind\": \"forbids\", \"from\": " + USER + ", \"to\": " + LLM + "}"),
            Map.entry("notes", "{\"kind\": \"notes\", \"topics\": [\"volume\"]}"),
            Map.entry("all", "{\"kind\": \"all\", \"checks\": [{\"kind\": \"requires\", \"select\": " + LLM + "}]}"),
            Map.entry("any", "{\"kind\": \"any\", \"checks\": [{\"kind\": \"requires\", \"select\": " + LLM + "}]}"),
            Map.entry("not", "{\"kind\": \"not\", \"check\": {\"kind\": \"requires\", \"select\": " + LLM + "}}"));

    /** Each kind with every field it accepts, so a field the registry lists but the reader refuses shows up. */
    private static final Map<String, String> FULL = Map.ofEntries(
            Map.entry("requires", "{\"kind\": \"requires\", \"select\": " + LLM + ", \"howMany\": 2}"),
            Map.entry("reaches", "{\"kind\": \"reaches\", \"from\": " + USER + ", \"to\": " + LLM + ", \"via\": "
                    + "{\"capability\": \"retrieval\"}, \"edges\": [\"flow\"], \"howMany\": \"some\"}"),
            Map.entry("guards", "{\"kind\": \"guards\", \"from\": " + USER + ", \"to\": " + LLM
                    + ", \"through\": {\"capability\": \"injection-filter\"}, \"edges\": [\"flow\", \"async\"]}"),
            Map.entry("survives", "{\"kind\": \"survives\", \"fail\": " + LLM + ", \"mode\": \"all\"}"),
            Map.entry("observes", "{\"kind\": \"observes\", \"select\": " + LLM
                    + ", \"by\": {\"capability\": \"observability\"}, \"howMany\": \"some\"}"),
            Map.entry("budget", "{\"kind\": \"budget\", \"metric\": \"cost\", \"max\": \"latencyBudgetMs\", "
                    + "\"exclude\": " + USER + "}"),
            Map.entry("forbids", "{\"kind\": \"forbids\", \"from\": " + USER + ", \"to\": " + LLM
                    + ", \"direct\": true, \"edges\": [\"flow\"]}"),
            Map.entry("notes", "{\"kind\": \"notes\", \"topics\": [\"volume\", {\"id\": \"x\", \"keywords\": "
                    + "[\"x\"]}], \"howMany\": 2}"),
            Map.entry("all", MINIMAL.get("all")),
            Map.entry("any", MINIMAL.get("any")),
            Map.entry("not", MINIMAL.get("not")));

    @Test
    void theRegistryHoldsExactlyTheSealedConditions() {
        List<Class<?>> registered = RuleKinds.ALL.stream().<Class<?>>map(RuleKinds.Kind::type).toList();
        assertThat(registered).doesNotHaveDuplicates()
                .containsExactlyInAnyOrder(Condition.class.getPermittedSubclasses());
        assertThat(RuleKinds.IDS).doesNotHaveDuplicates();
    }

    @Test
    void theDocsTableListsEveryKindWithItsFieldsAndNoOther() throws IOException {
        Map<String, List<String>> documented = documentedKinds();
        Map<String, List<String>> registered = new LinkedHashMap<>();
        RuleKinds.ALL.forEach(k -> registered.put(k.id(), k.fields()));
        assertThat(documented).isEqualTo(registered);
    }

    @Test
    void everyKindParsesAMinimalAndAFullExampleIntoItsRecord() throws InputException {
        assertThat(MINIMAL.keySet()).containsExactlyInAnyOrderElementsOf(RuleKinds.IDS);
        assertThat(FULL.keySet()).containsExactlyInAnyOrderElementsOf(RuleKinds.IDS);
        for (RuleKinds.Kind kind : RuleKinds.ALL) {
            for (String json : List.of(MINIMAL.get(kind.id()), FULL.get(kind.id()))) {
                Problems problems = new Problems("t.json");
                Optional<Condition> parsed = parse(json, problems);
                assertThat(messages(problems)).as(json).isEmpty();
                assertThat(parsed).as(json).get().isInstanceOf(kind.type());
                assertThat(parsed.get().kind()).isEqualTo(kind.id());
            }
        }
    }

    @Test
    void anUnknownFieldIsNamedWithTheKindsOwnFieldsAsSuggestions() throws InputException {
        for (RuleKinds.Kind kind : RuleKinds.ALL) {
            String field = kind.fields().get(0);
            String json = MINIMAL.get(kind.id()).replaceFirst("\\}$", ", \"" + field + "x\": 1}");
            Problems problems = new Problems("t.json");
            assertThat(parse(json, problems)).as(json).isEmpty();
            assertThat(messages(problems)).as(json)
                    .contains("unknown field \"" + field + "x\" (did you mean \"" + field + "\"?)");
        }
    }

    @Test
    void anUnknownKindListsTheRegisteredKinds() throws InputException {
        Problems problems = new Problems("t.json");
        assertThat(parse("{\"kind\": \"forbid\"}", problems)).isEmpty();
        assertThat(messages(problems)).contains("unknown check kind \"forbid\" (did you mean \"forbids\"?) (use "
                + String.join(", ", RuleKinds.IDS) + ")");
    }

    private static String messages(Problems problems) {
        try {
            problems.throwIfAny();
            return "";
        } catch (InputException e) {
            return String.join("\n", e.lines());
        }
    }

    private static Optional<Condition> parse(String json, Problems problems) throws InputException {
        RuleContext context = new RuleContext(CATALOG, Map.of("latencyBudgetMs", 2000.0), false);
        return new ConditionParser(context, problems, "rule \"r\"")
                .parse(new JsonTreeReader().parse(json.getBytes(StandardCharsets.UTF_8), "t.json"));
    }

    /**
     * The "Check kinds" table of docs/scenario-format.md: each row's kinds (backquoted in the first column) and
     * fields (backquoted in the second, leaving out what parentheses say about defaults and values).
     */
    private static Map<String, List<String>> documentedKinds() throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String[] cells : DocTables.rowsAfter(Path.of("docs/scenario-format.md"), "### Check kinds")) {
            if (cells.length < 3 || cells[1].isBlank()) {
                continue;
            }
            List<String> fields = quoted(cells[2].replaceAll("\\([^)]*\\)", ""));
            for (String kind : quoted(cells[1])) {
                assertThat(out).as("kind %s documented twice", kind).doesNotContainKey(kind);
                out.put(kind, fields);
            }
        }
        return out;
    }

    private static List<String> quoted(String cell) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("`([^`]+)`").matcher(cell);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
