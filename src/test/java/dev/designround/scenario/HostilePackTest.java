package dev.designround.scenario;

import static dev.designround.testing.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.designround.catalog.CatalogLoader;
import dev.designround.json.InputException;
import dev.designround.model.Catalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shared scenario pack is untrusted input: what would make grading run for hours, or read files outside the
 * pack, is refused when the pack is loaded, with a message naming the pack's file and the limit.
 */
class HostilePackTest {

    private static final Catalog CATALOG = CatalogLoader.bundled();

    @TempDir
    Path dir;

    /** A scenario file in a pack folder with the given rubric entries and extra fields. */
    private Path scenario(List<String> rubric, String extra) {
        return write(dir.resolve("pack"), "s.json", "{\"format\": \"design-round.scenario\", \"version\": 1, "
                + "\"id\": \"s\", \"title\": \"S\", \"prompt\": \"Design it.\", " + extra + "\n\"rubric\": [\n"
                + String.join(",\n", rubric) + "\n]}");
    }

    private static String rule(int i, String check) {
        return "{\"id\": \"s.r" + i + "\", \"title\": \"t\", \"category\": \"security\", \"severity\": \"major\", "
                + "\"why\": \"w\", \"fix\": \"f\", \"check\": " + check + "}";
    }

    private static final String REQUIRES = "{\"kind\": \"requires\", \"select\": {\"type\": \"llm\"}}";

    private static List<String> rules(int count, String check) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(rule(i, check));
        }
        return out;
    }

    private InputException loadFails(Path file) {
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> ScenarioLibrary.load(CATALOG, List.of(file.getParent())));
        assertThat(e.getMessage()).startsWith(file.toAbsolutePath().toString()).doesNotContain("\n");
        return e;
    }

    @Test
    void aRubricOfMoreRulesThanTheLimitIsRefused() {
        Path file = scenario(rules(PackLimits.MAX_RULES + 1, REQUIRES), "");
        assertThat(loadFails(file).getMessage()).endsWith("scenario file: \"rubric\" has 101 entries, more than the "
                + "limit of 100");
    }

    @Test
    void checksNestedTooDeepAreRefused() {
        String check = REQUIRES;
        for (int i = 0; i < PackLimits.MAX_CHECK_DEPTH; i++) {
            check = "{\"kind\": \"not\", \"check\": " + check + "}";
        }
        assertThat(loadFails(scenario(List.of(rule(0, check)), "")).getMessage())
                .contains("rule \"s.r0\": checks are nested more than 6 levels deep in all, any and not");
    }

    @Test
    void aRuleOfTooManyChecksIsRefused() {
        String check = "{\"kind\": \"all\", \"checks\": [" + String.join(",",
                Collections.nCopies(PackLimits.MAX_CHECKS_PER_RULE, REQUIRES)) + "]}";
        assertThat(loadFails(scenario(List.of(rule(0, check)), "")).getMessage())
                .contains("rule \"s.r0\": more than 32 checks in one rule");
    }

    @Test
    void tooManySurvivesChecksAreRefused() {
        Path file = scenario(rules(PackLimits.MAX_SURVIVES + 1, "{\"kind\": \"survives\", \"fail\": {\"type\": "
                + "\"llm\"}}"), "");
        assertThat(loadFails(file).getMessage()).contains("scenario: the rubric has 9 \"survives\" checks, more than "
                + "the limit of 8 (each takes down every matching node in turn)");
    }

    private static String topic(int t, int keywords, int length) {
        List<String> words = new ArrayList<>();
        for (int k = 0; k < keywords; k++) {
            String w = "w" + t + "x" + k;
            words.add("\"" + w + "z".repeat(Math.max(0, length - w.length())) + "\"");
        }
        return "{\"id\": \"t" + t + "\", \"keywords\": [" + String.join(",", words) + "]}";
    }

    private static String notes(List<String> topics) {
        return "{\"kind\": \"notes\", \"topics\": [" + String.join(",", topics) + "]}";
    }

    @Test
    void noteTopicsAndKeywordsBeyondTheLimitsAreRefused() {
        assertThat(loadFails(scenario(List.of(rule(0, notes(Collections.nCopies(PackLimits.MAX_TOPICS + 1,
                topic(0, 1, 5))))), "")).getMessage()).contains("\"topics\" has 21 entries, more than the limit of 20");
        assertThat(loadFails(scenario(List.of(rule(0, notes(List.of(topic(0, PackLimits.MAX_KEYWORDS_PER_TOPIC + 1,
                5))))), "")).getMessage()).contains("\"keywords\" has 51 entries, more than the limit of 50");
        assertThat(loadFails(scenario(List.of(rule(0, notes(List.of(topic(0, 1, PackLimits.MAX_KEYWORD_LENGTH
                + 1))))), "")).getMessage()).contains("an entry of \"keywords\" is 61 characters long, more than the "
                + "limit of 60");
    }

    @Test
    void tooManyKeywordsAcrossTheRubricAreRefused() {
        // 600 per rubric (PackLimits.MAX_KEYWORDS): 12 full topics are allowed, a 13th is refused.
        int fullTopics = PackLimits.MAX_KEYWORDS / PackLimits.MAX_KEYWORDS_PER_TOPIC;
        List<String> topics = new ArrayList<>();
        for (int t = 0; t < fullTopics; t++) {
            topics.add(topic(t, PackLimits.MAX_KEYWORDS_PER_TOPIC, 8));
        }
        assertThat(PackLimits.MAX_KEYWORDS).isEqualTo(600);
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> ScenarioLibrary.load(CATALOG,
                List.of(scenario(List.of(rule(0, notes(topics))), "").getParent())));
        topics.add(topic(fullTopics, PackLimits.MAX_KEYWORDS_PER_TOPIC, 8));
        assertThat(loadFails(scenario(List.of(rule(0, notes(topics))), "")).getMessage())
                .contains("scenario: the rubric's notes checks have 650 keywords, more than the limit of 600");
    }

    @Test
    void aPromptLongerThanTheLimitIsRefused() {
        Path file = scenario(List.of(rule(0, REQUIRES)), "");
        write(file.getParent(), "s.json", readString(file).replace("\"Design it.\"",
                "\"" + "x".repeat(PackLimits.MAX_PROMPT_LENGTH + 1) + "\""));
        assertThat(loadFails(file).getMessage()).contains("\"prompt\" is 10001 characters long, more than the limit "
                + "of 10000");
    }

    @Test
    void aPackOfMoreFilesThanTheLimitIsRefused() {
        Path pack = dir.resolve("big-pack");
        for (int i = 0; i <= PackLimits.MAX_FILES; i++) {
            write(pack, "f" + i + ".json", "{}");
        }
        assertThatThrownBy(() -> ScenarioLibrary.load(CATALOG, List.of(pack)))
                .hasMessage(pack + ": scenario pack holds 201 .json files, more than the limit of 200");
    }

    @Test
    void aReferenceThatLinksOutOfThePackIsRefused() throws IOException {
        Path outside = Files.copy(Path.of("src/test/resources/packs/test-pack/designs/strong.json"),
                dir.resolve("outside.json"));
        Path pack = dir.resolve("pack");
        scenario(List.of(rule(0, REQUIRES)), "\"references\": {\"strong\": \"designs/strong.json\"},");
        Files.createDirectories(pack.resolve("designs"));
        Files.createSymbolicLink(pack.resolve("designs/strong.json"), outside);
        InputException e = loadFails(pack.resolve("s.json"));
        assertThat(e.getMessage()).contains("references.strong: \"designs/strong.json\" must be a path inside the "
                + "scenario's folder");
    }

    @Test
    void aScenarioFileThatLinksOutOfThePackIsRefused() throws IOException {
        Path outside = write(dir, "elsewhere/secret.json", "{\"format\": \"design-round.scenario\"}");
        Path pack = Files.createDirectories(dir.resolve("linked-pack"));
        Path link = Files.createSymbolicLink(pack.resolve("s.json"), outside);
        assertThatThrownBy(() -> ScenarioLibrary.load(CATALOG, List.of(pack)))
                .hasMessage(link.toAbsolutePath() + ": cannot read the file: it is a link to " + outside.toRealPath()
                        + ", outside the folder " + pack.toAbsolutePath() + "; a pack may only use its own files");
    }

    @Test
    void theBundledScenariosStayWellWithinTheLimits() {
        assertThat(ScenarioLibrary.bundled().all()).isNotEmpty();
        for (Scenario s : ScenarioLibrary.bundled().all()) {
            RubricWork work = RubricWork.of(s.rubric().rules());
            assertThat(s.rubric().rules().size()).as(s.id()).isLessThanOrEqualTo(PackLimits.MAX_RULES / 4);
            assertThat(work.survives()).as(s.id()).isLessThanOrEqualTo(PackLimits.MAX_SURVIVES / 4);
            assertThat(work.keywords()).as(s.id()).isLessThanOrEqualTo(PackLimits.MAX_KEYWORDS / 2);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
