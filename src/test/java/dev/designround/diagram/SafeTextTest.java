package dev.designround.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void controlCharactersAndLoneSurrogatesBecomeReplacementCharacters() {
        assertThat(SafeText.clean("a\u0001b\uD800c\uDC00d\uFFFE")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFD");
    }

    @Test
    void emojiTabsAndLineBreaksAreKeptWithLineBreaksNormalised() {
        assertThat(SafeText.clean("\uD83D\uDE00\tx\r\ny\rz")).isEqualTo("\uD83D\uDE00\tx\ny\nz");
    }

    @Test
    void oneLineJoinsLinesAndCollapsesBlanks() {
        assertThat(SafeText.oneLine("  a\n\n b\u2028c\t d ")).isEqualTo("a b c d");
    }

    @Test
    void shortenCutsAtCodePointsAndEndsWithAnEllipsis() {
        assertThat(SafeText.shorten("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", 2)).isEqualTo("\uD83D\uDE00\u2026");
        assertThat(SafeText.shorten("abc", 3)).isEqualTo("abc");
    }
}
