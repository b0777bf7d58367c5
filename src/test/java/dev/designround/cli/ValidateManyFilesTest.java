package dev.designround.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.testing.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate handles hundreds of files in one run, whatever their bytes: one line each, never a stack trace. */
class ValidateManyFilesTest {

    private static final String GOOD = "{\"format\": \"design-round.design\", \"version\": 1, \"nodes\": "
            + "[{\"id\": \"u\", \"type\": \"user\"}], \"edges\": []}";

    @Test
    void threeHundredFilesOfEveryKindOfBrokenGetOneLineEach(@TempDir Path dir) {
        SplittableRandom random = new SplittableRandom(3);
        List<String> args = new ArrayList<>(List.of("validate"));
        int valid = 0;
        for (int i = 0; i < 300; i++) {
            Path file;
            switch (i % 10) {
                case 0 -> {
                    file = TestFiles.write(dir, i + ".json", GOOD);
                    valid++;
                }
                case 1 -> file = TestFiles.write(dir, i + ".json", GOOD.substring(0, random.nextInt(GOOD.length())));
                case 2 -> {
                    byte[] garbage = new byte[random.nextInt(2000)];
                    random.nextBytes(garbage);
                    file = TestFiles.write(dir, i + ".json", garbage);
                }
                case 3 -> file = TestFiles.write(dir, i + ".json", new byte[] {'{', '"', (byte) 0xc3, (byte) 0x28, '"'});
                case 4 -> file = TestFiles.write(dir, i + ".json", "{\"format\": \"design-round.design\", "
                        + "\"version\": 1, \"nodes\": [{\"id\": \"u\", \"type\": \"user\", \"x\": NaN}]}");
                case 5 -> file = TestFiles.write(dir, i + ".json", "{\"format\": \"design-round.design\", "
                        + "\"version\": 1, \"nodes\": [{\"id\": \"u\", \"type\": \"user\", \"x\": 1" + "0".repeat(400)
                        + "}]}");
                case 6 -> file = TestFiles.write(dir, i + ".json", "{\"format\": 7, \"version\": \"1\"}");
                case 7 -> file = TestFiles.write(dir, i + ".json", "[".repeat(5000));
                case 8 -> file = TestFiles.write(dir, i + ".json", "{\"format\": \"design-round.scenario\", "
                        + "\"version\": 1, \"rubric\": [{\"use\": 5}, {\"check\": {\"kind\": []}}]}");
                default -> file = dir.resolve("missing-" + i + ".json");
            }
            args.add(file.toString());
        }
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).isEqualTo(2);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(300);
        assertThat(lines.stream().filter(l -> l.contains(": OK ("))).hasSize(valid);
        for (int i = 0; i < 300; i++) {
            assertThat(lines.get(i)).startsWith(args.get(i + 1));
        }
        String all = r.out() + r.err();
        assertThat(all).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("cannot be checked");
        assertThat(r.out().getBytes(StandardCharsets.UTF_8).length).isLessThan(300 * 400);
    }
}
