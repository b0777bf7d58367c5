package dev.designround;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.testing.TestFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    @Test
    void noArgumentsOpenTheWhiteboard() {
        assertThat(Main.opensWhiteboard(new String[0])).isTrue();
    }

    @Test
    void aDesignFileOpensTheWhiteboard() {
        assertThat(Main.opensWhiteboard(new String[] {"legal.json"})).isTrue();
        Path file = TestFiles.write(dir, "design.txt", "{}");
        assertThat(Main.opensWhiteboard(new String[] {file.toString()})).isTrue();
    }

    @Test
    void commandsAndOptionsStayOnTheCommandLine() {
        assertThat(Main.opensWhiteboard(new String[] {"validate", "a.json"})).isFalse();
        assertThat(Main.opensWhiteboard(new String[] {"components"})).isFalse();
        assertThat(Main.opensWhiteboard(new String[] {"check"})).isFalse();
        assertThat(Main.opensWhiteboard(new String[] {"--help"})).isFalse();
        assertThat(Main.opensWhiteboard(new String[] {"-V"})).isFalse();
    }

    @Test
    void aMistypedCommandGoesToTheCommandLineWhichExplains() {
        assertThat(Main.opensWhiteboard(new String[] {"valdate"})).isFalse();
        assertThat(Main.opensWhiteboard(new String[] {"a.json", "b.json"})).isFalse();
    }
}
