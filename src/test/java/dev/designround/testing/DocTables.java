package dev.designround.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Tables in the Markdown docs, for tests that keep a doc and the code in step. */
public final class DocTables {

    private DocTables() {
    }

    /**
     * The rows of the first table after a heading, split into cells ({@code cells[1]} is the first column; the
     * header and the separator row are left out).
     */
    public static List<String[]> rowsAfter(Path doc, String heading) throws IOException {
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        int start = lines.indexOf(heading);
        assertThat(start).as("%s has a section %s", doc, heading).isNotNegative();
        List<String[]> rows = new ArrayList<>();
        boolean inTable = false;
        boolean header = true;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (!line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            inTable = true;
            String[] cells = line.split("\\|");
            if (header || cells.length < 2 || cells[1].contains("---")) {
                header = false;
                continue;
            }
            rows.add(cells);
        }
        return rows;
    }
}
