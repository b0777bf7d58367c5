package dev.designround.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A folder with two designs of the test pack's scenario: alice.json (Strong Hire) and bob.json (No Hire). */
abstract class ClassOfTwo {

    @TempDir
    Path dir;
    Path strong;
    Path weak;

    @BeforeEach
    void aClassOfTwo() throws IOException {
        strong = Files.copy(Path.of(CheckCommandTest.STRONG), dir.resolve("alice.json"));
        weak = Files.copy(Path.of(CheckCommandTest.WEAK), dir.resolve("bob.json"));
    }
}
