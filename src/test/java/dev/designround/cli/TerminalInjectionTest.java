package dev.designround.cli;

import static dev.designround.testing.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Labels, ids and file names may hold terminal escapes (colours, cursor moves, clearing the screen), bells,
 * carriage returns and line breaks: whatever a command prints for a person shows them as escapes, on the line they
 * belong to, never as the characters themselves.
 */
class TerminalInjectionTest {

    /** A red, ringing label that goes back to the start of its line, ends there, and hides a bidi override. */
    static final String HOSTILE = "GPT\u001b[31m-4\u0007\r\u0000\nFAKE LINE\u009b2J\u202e";

    @TempDir
    Path dir;

    private Path design(String name, String llmLabel) {
        return write(dir, name, """
                {"format": "design-round.design", "version": 1, "scenario": "test-support-bot",
                 "nodes": [{"id": "user", "type": "user"}, {"id": "llm", "type": "llm", "label": "%s"},
                           {"id": "refund", "type": "action-api", "label": "Refund API"}],
                 "edges": [{"id": "e1", "from": "user", "to": "llm"}, {"id": "e2", "from": "llm", "to": "user"},
                           {"id": "e3", "from": "llm", "to": "refund"}]}
                """.formatted(jsonEscaped(llmLabel)));
    }

    @Test
    void checkShowsControlCharactersInLabelsAsEscapes() {
        CliRunner.Result plain = CliRunner.run("check", design("plain.json", "GPT-4").toString(), "--pack",
                CheckCommandTest.PACK);
        CliRunner.Result hostile = CliRunner.run("check", design("hostile.json", HOSTILE).toString(), "--pack",
                CheckCommandTest.PACK);
        assertThat(hostile.exitCode()).as(hostile.err()).isZero();
        assertSafe(hostile.out());
        assertThat(hostile.out()).contains("GPT\\u001b[31m-4\\u0007\\r\\u0000\\nFAKE LINE\\u009b2J\\u202e");
        assertThat(hostile.out().lines()).hasSameSizeAs(plain.out().lines().toList());
    }

    @Test
    void simulateShowsControlCharactersInLabelsAndTheFileNameAsEscapes() throws Exception {
        Path hostileName = Files.copy(design("d.json", HOSTILE), dir.resolve("d\u001b[2J\n.json"));
        CliRunner.Result r = CliRunner.run("simulate", hostileName.toString(), "--requests", "200");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertSafe(r.out());
        assertThat(r.out()).contains("d\\u001b[2J\\n.json").contains("llm (GPT\\u001b[31m-4\\u0007\\r\\u0000\\n");
    }

    @Test
    void exportAndValidateShowTheFileNameEscaped() throws Exception {
        Path in = design("in.json", "GPT-4");
        Path out = dir.resolve("out\u0007\r.mmd");
        CliRunner.Result r = CliRunner.run("export", in.toString(), "--to", "mermaid", "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertSafe(r.out());
        Path odd = Files.copy(in, dir.resolve("x\u001b]0;title\u0007.json"));
        CliRunner.Result v = CliRunner.run("validate", odd.toString());
        assertThat(v.exitCode()).isZero();
        assertSafe(v.out());
        assertThat(v.out()).contains("x\\u001b]0;title\\u0007.json: OK (design: 3 nodes, 3 edges)");
    }

    @Test
    void scenariosFromAPackShowTheirTitlesEscaped() throws Exception {
        Path pack = Files.createDirectories(dir.resolve("pack"));
        String scenario = Files.readString(Path.of(CheckCommandTest.PACK, "support-bot.json"))
                .replace("\"title\": \"Test support bot\"", "\"title\": \"Bot\\u001b[31m\\r\\nEVIL\"")
                .replace("\"references\": {\"strong\": \"designs/strong.json\", \"weak\": \"designs/weak.json\"}",
                        "\"references\": {}");
        Files.writeString(pack.resolve("s.json"), scenario);
        CliRunner.Result r = CliRunner.run("scenarios", "--pack", pack.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertSafe(r.out());
        assertThat(r.out()).contains("Bot\\u001b[31m\\r\\nEVIL");
    }

    @Test
    void aHostilePackIsABadInputOnOneLineNamingItsFile() throws Exception {
        Path pack = Files.createDirectories(dir.resolve("big-pack"));
        StringBuilder rules = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            rules.append(i == 0 ? "" : ",").append("{\"use\": \"requirements.asked-first\"}");
        }
        Path file = Files.writeString(pack.resolve("s.json"), "{\"format\": \"design-round.scenario\", "
                + "\"version\": 1, \"id\": \"s\", \"title\": \"S\", \"prompt\": \"p\", \"rubric\": [" + rules + "]}");
        CliRunner.Result r = CliRunner.run("check", design("d.json", "GPT-4").toString(), "--pack", pack.toString(),
                "--scenario", "s");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith(file.toAbsolutePath() + ":1:").endsWith("scenario file: \"rubric\" has 20000 "
                + "entries, more than the limit of 100" + System.lineSeparator()).hasLineCount(1);
    }

    /** Only printable text and the line breaks that end lines. */
    static void assertSafe(String out) {
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            boolean ok = c == '\n' || (c >= 0x20 && c != 0x7f && !(c >= 0x80 && c <= 0x9f) && c != 0x2028
                    && c != 0x2029 && !(c >= 0x202a && c <= 0x202e));
            assertThat(ok).as("character U+%04X at %d in:%n%s", (int) c, i, out).isTrue();
        }
    }

    private static String jsonEscaped(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : c == '"' ? "\\\"" : String.valueOf(c));
        }
        return out.toString();
    }
}
