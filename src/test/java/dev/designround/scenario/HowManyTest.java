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

/**
 * Every counting kind says how many with {@code howMany}; the old spellings ({@code min}, {@code quantifier}) still
 * read the same, so files written before load unchanged (docs/scenario-format.md, "How many").
 */
class HowManyTest {

    private static final Catalog CATALOG = CatalogLoader.bundled();
    private static final String LLM = "{\"type\": \"llm\"}";
    private static final String USER = "{\"type\": \"user\"}";
    private static final String REQUIRES = "{\"kind\": \"requires\", \"select\": " + LLM + ", ";
    private static final String REACHES = "{\"kind\": \"reaches\", \"from\": " + USER + ", \"to\": " + LLM + ", ";
    private static final String OBSERVES = "{\"kind\": \"observes\", \"select\": " + LLM
            + ", \"by\": {\"capability\": \"observability\"}, ";
    private static final String NOTES = "{\"kind\": \"notes\", \"topics\": [\"volume\", \"latency\", \"cost\"], ";

    @Test
    void theOldAndTheNewSpellingReadIntoEqualChecks() throws InputException {
        assertSame(REQUIRES + "\"min\": 2}", REQUIRES + "\"howMany\": 2}");
        assertSame(REQUIRES + "\"min\": 1}", REQUIRES + "\"howMany\": \"some\"}");
        assertSame(NOTES + "\"min\": 2}", NOTES + "\"howMany\": 2}");
        assertSame(NOTES + "\"min\": 3}", NOTES + "\"howMany\": \"every\"}");
        assertSame(NOTES + "\"min\": 1}", NOTES + "\"howMany\": \"some\"}");
        for (String start : List.of(REACHES, OBSERVES)) {
            assertSame(start + "\"quantifier\": \"some\"}", start + "\"howMany\": \"some\"}");
            assertSame(start + "\"quantifier\": \"every\"}", start + "\"howMany\": \"every\"}");
        }
    }

    @Test
    void leftOutOrNullItMeansWhatItMeantBefore() throws InputException {
        assertSame(REQUIRES + "\"min\": 1}", REQUIRES.replaceFirst(", $", "}"));
        assertSame(REQUIRES + "\"min\": 1}", REQUIRES + "\"howMany\": null}");
        assertSame(NOTES + "\"min\": 1}", NOTES.replaceFirst(", $", "}"));
        assertSame(REACHES + "\"quantifier\": \"every\"}", REACHES.replaceFirst(", $", "}"));
        assertSame(OBSERVES + "\"quantifier\": \"every\"}", OBSERVES + "\"howMany\": null}");
        assertThat(parse(REACHES + "\"howMany\": \"some\"}")).isNotEqualTo(parse(REACHES.replaceFirst(", $", "}")));
    }

    @Test
    void bothSpellingsAtOnceAreRefusedAtTheOldOnesPlace() {
        String requires = REQUIRES + "\"min\": 2, \"howMany\": 2}";
        assertThat(problems(requires)).containsExactly(at(requires, "min") + "rule \"r\": \"min\" is the old spelling "
                + "of \"howMany\": give one of them, not both");
        String reaches = REACHES + "\"howMany\": \"some\", \"quantifier\": \"some\"}";
        assertThat(problems(reaches)).containsExactly(at(reaches, "quantifier") + "rule \"r\": \"quantifier\" is the "
                + "old spelling of \"howMany\": give one of them, not both");
    }

    @Test
    void aValueTheKindDoesNotCountWithIsRefusedWithItsPlace() {
        String requires = "rule \"r\": \"howMany\" counts matching nodes wired in: a whole number from 1 to 10000, "
                + "\"some\" (at least one), not ";
        assertRefused(REQUIRES + "\"howMany\": \"most\"}", requires + "\"most\"");
        assertRefused(REQUIRES + "\"howMany\": \"every\"}", requires + "\"every\"");
        assertRefused(REQUIRES + "\"howMany\": true}", requires + "a boolean");
        assertRefused(REQUIRES + "\"howMany\": 0}", "rule \"r\" check: \"howMany\" must be between 1 and 10000, not 0");
        assertRefused(REQUIRES + "\"howMany\": 1.5}", "rule \"r\" check: \"howMany\" must be a whole number, not 1.5");
        assertRefused(NOTES + "\"howMany\": 4}", "rule \"r\" check: \"howMany\" must be between 1 and 3, not 4");
        assertRefused(NOTES + "\"howMany\": \"all\"}", "rule \"r\": \"howMany\" counts topics mentioned: a whole "
                + "number from 1 to 3, \"some\" (at least one) or \"every\", not \"all\"");
        assertRefused(REACHES + "\"howMany\": 2}", "rule \"r\": \"howMany\" of reaches must be \"every\" (every "
                + "\"from\" node, the default) or \"some\" (at least one), not 2");
        assertRefused(OBSERVES + "\"quantifier\": \"any\"}", "rule \"r\": \"quantifier\" of observes must be "
                + "\"every\" (every \"select\" node, the default) or \"some\" (at least one), not \"any\"");
    }

    /** The check is refused with one problem, at the value of its last field. */
    private static void assertRefused(String json, String message) {
        String key = json.substring(json.lastIndexOf(", \"") + 3, json.lastIndexOf("\": "));
        assertThat(problems(json)).as(json).containsExactly(at(json, key) + message);
    }

    /** {@code FILE:LINE:COL: } of the value of {@code key} in a one-line check. */
    private static String at(String json, String key) {
        int value = json.indexOf("\"" + key + "\": ") + key.length() + 4;
        return "t.json:1:" + (value + 1) + ": ";
    }

    @Test
    void kindsThatDoNotCountDoNotTakeIt() {
        assertThat(problems("{\"kind\": \"survives\", \"fail\": " + LLM + ", \"howMany\": \"every\"}"))
                .singleElement().asString().contains("unknown field \"howMany\"");
        assertThat(problems("{\"kind\": \"forbids\", \"from\": " + USER + ", \"to\": " + LLM + ", \"howMany\": 1}"))
                .singleElement().asString().contains("unknown field \"howMany\"");
    }

    @Test
    void theDocsTableNamesEveryCountingKindAndItsOldSpelling() throws IOException {
        Map<String, List<String>> registered = new LinkedHashMap<>();
        RuleKinds.ALL.stream().filter(k -> k.fields().contains(ConditionParser.HOW_MANY))
                .forEach(k -> registered.put(k.id(), k.aliases()));
        assertThat(documentedHowMany()).isEqualTo(registered);
        assertThat(RuleKinds.ALL).allSatisfy(k -> assertThat(k.aliases().isEmpty())
                .isEqualTo(!k.fields().contains(ConditionParser.HOW_MANY)));
    }

    private static void assertSame(String old, String renamed) throws InputException {
        Condition a = parse(old);
        assertThat(a).as(old).isNotNull();
        assertThat(parse(renamed)).as(renamed).isEqualTo(a);
    }

    private static Condition parse(String json) throws InputException {
        Problems problems = new Problems("t.json");
        Optional<Condition> out = read(json, problems);
        problems.throwIfAny();
        return out.orElseThrow();
    }

    private static List<String> problems(String json) {
        Problems problems = new Problems("t.json");
        try {
            assertThat(read(json, problems)).as(json).isEmpty();
            problems.throwIfAny();
            return List.of();
        } catch (InputException e) {
            return e.lines();
        }
    }

    private static Optional<Condition> read(String json, Problems problems) throws InputException {
        RuleContext context = new RuleContext(CATALOG, Map.of(), false);
        return new ConditionParser(context, problems, "rule \"r\"")
                .parse(new JsonTreeReader().parse(json.getBytes(StandardCharsets.UTF_8), "t.json"));
    }

    /** The "How many" table of docs/scenario-format.md: each kind with its old spellings (backquoted keys). */
    private static Map<String, List<String>> documentedHowMany() throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String[] cells : DocTables.rowsAfter(Path.of("docs/scenario-format.md"), "#### How many")) {
            List<String> old = new ArrayList<>();
            Matcher m = Pattern.compile("`\"([A-Za-z]+)\": ").matcher(cells[5]);
            while (m.find()) {
                if (!old.contains(m.group(1))) {
                    old.add(m.group(1));
                }
            }
            out.put(cells[1].trim().replace("`", ""), old);
        }
        return out;
    }
}
