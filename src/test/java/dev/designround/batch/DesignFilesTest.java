package dev.designround.batch;

import static dev.designround.testing.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.designround.catalog.CatalogLoader;
import dev.designround.json.InputException;
import dev.designround.json.JsonTreeReader;
import dev.designround.model.Design;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignFilesTest {

    static final String DESIGN = "{\"format\": \"design-round.design\", \"version\": 1, \"nodes\": "
            + "[{\"id\": \"u\", \"type\": \"user\"}]}";
    static final String SCENARIO = "{\"format\": \"design-round.scenario\", \"version\": 1}";

    @TempDir
    Path dir;

    private final DesignFiles files = DesignFiles.standard(CatalogLoader.bundled(), new JsonTreeReader());

    private List<String> displays(List<DesignFile> list) {
        return list.stream().map(DesignFile::display).toList();
    }

    @Test
    void aFolderIsSearchedWithItsSubfoldersInTheOrderPeopleNumberThings() {
        write(dir, "class/student10.json", DESIGN);
        write(dir, "class/student2.json", DESIGN);
        write(dir, "class/late/student1.json", DESIGN);
        write(dir, "class/notes.txt", "not json");
        List<DesignFile> list = files.list(List.of(dir.resolve("class")));
        Path c = dir.resolve("class");
        assertThat(displays(list)).containsExactly(c.resolve("late/student1.json").toString(),
                c.resolve("student2.json").toString(), c.resolve("student10.json").toString());
        assertThat(list).extracting(DesignFile::index).containsExactly(0, 1, 2);
        assertThat(list).noneMatch(DesignFile::named);
    }

    @Test
    void hiddenFilesAndFoldersAreLeftOut() {
        write(dir, "a.json", DESIGN);
        write(dir, ".git/config.json", DESIGN);
        write(dir, "sub/.hidden/b.json", DESIGN);
        write(dir, ".draft.json", DESIGN);
        assertThat(displays(files.list(List.of(dir)))).containsExactly(dir.resolve("a.json").toString());
    }

    @Test
    void aFolderWithoutDesignFilesIsReportedNotGradedAsEmpty() {
        write(dir, "empty/notes.txt", "nothing");
        DesignFile entry = files.list(List.of(dir.resolve("empty"))).get(0);
        assertThatThrownBy(() -> files.read(entry)).isInstanceOf(InputException.class)
                .hasMessage(dir.resolve("empty") + ": no design files in this folder or its subfolders (looked for "
                        + "Design Round JSON, *.json)");
    }

    @Test
    void pathsKeepTheirOrderAndAFileReachedTwiceIsListedOnce() {
        Path b = write(dir, "b.json", DESIGN);
        Path a = write(dir, "sub/a.json", DESIGN);
        List<DesignFile> list = files.list(List.of(b, dir.resolve("sub"), a, dir.resolve("missing.json")));
        assertThat(displays(list)).containsExactly(b.toString(), a.toString(), dir.resolve("missing.json").toString());
        assertThat(list.get(0).named()).isTrue();
        assertThat(list.get(1).named()).isFalse();
        assertThat(list.get(2).named()).isTrue();
    }

    @Test
    void anotherKindOfDesignRoundFileFoundInAFolderIsSkippedButNamedIsAnError() throws InputException {
        Path scenario = write(dir, "support-bot.json", SCENARIO);
        DesignFile found = files.list(List.of(dir)).get(0);
        assertThat(files.read(found)).isEmpty();
        DesignFile named = files.list(List.of(scenario)).get(0);
        assertThatThrownBy(() -> files.read(named)).isInstanceOf(InputException.class)
                .hasMessage(scenario + ":1:12: not a design file: \"format\" is \"design-round.scenario\", expected "
                        + "\"design-round.design\"");
    }

    @Test
    void aJsonFileWithoutAFormatInAFolderIsMeantAsADesignAndReportedBroken() {
        Path file = write(dir, "alice.json", "{\"nodes\": []}");
        DesignFile found = files.list(List.of(dir)).get(0);
        assertThatThrownBy(() -> files.read(found)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ":1:1: not a design file: missing \"format\"");
    }

    @Test
    void aNamedFileIsReadWhateverItsName() throws InputException {
        Path file = write(dir, "design.txt", DESIGN);
        Optional<Design> d = files.read(files.list(List.of(file)).get(0));
        assertThat(d).map(Design::nodeCount).contains(1);
        assertThat(files.list(List.of(dir))).extracting(DesignFile::unreadable).allMatch(Optional::isPresent);
    }

    @Test
    void anotherKindOfDesignFilePlugsIn() throws InputException {
        write(dir, "a.mmd", "flowchart LR");
        write(dir, "b.json", DESIGN);
        DesignFileType mermaid = new DesignFileType() {
            @Override
            public String name() {
                return "Mermaid";
            }

            @Override
            public boolean claims(Path file) {
                return file.toString().endsWith(".mmd");
            }

            @Override
            public Optional<Design> read(DesignFile file) {
                return Optional.of(new Design());
            }
        };
        DesignFiles more = files.with(mermaid);
        List<DesignFile> list = more.list(List.of(dir));
        assertThat(displays(list)).containsExactly(dir.resolve("a.mmd").toString(), dir.resolve("b.json").toString());
        assertThat(more.read(list.get(0))).map(Design::nodeCount).contains(0);
        assertThat(more.read(list.get(1))).map(Design::nodeCount).contains(1);
    }
}
