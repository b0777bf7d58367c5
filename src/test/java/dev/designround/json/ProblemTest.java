package dev.designround.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void aValueWithALineBreakStillGivesOneLine() {
        Problem p = new Problem(new Position(1, 2), "unknown edge kind \"fl\nace\r\t\u0000\u2028\"");
        assertThat(p.format("f.json")).isEqualTo("f.json:1:2: unknown edge kind \"fl\\nace\\r\\t\\u0000\\u2028\"");
    }

    @Test
    void aHugeValueIsShortened() {
        Problem p = new Problem(Position.UNKNOWN, "unknown type \"" + "x".repeat(10_000) + "\"");
        assertThat(p.message()).hasSize(Problem.MAX_MESSAGE).endsWith("…");
    }
}
