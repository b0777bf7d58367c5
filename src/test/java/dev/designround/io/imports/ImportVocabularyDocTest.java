package dev.designround.io.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import dev.designround.model.Catalog;
import dev.designround.model.ComponentType;
import dev.designround.model.LabelTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/import.md lists the vocabulary of components/label-types.json as it is, phrase for phrase. */
class ImportVocabularyDocTest {

    private static final Pattern ROW = Pattern.compile("^\\| [^|]+ \\(`([a-z0-9-]+)`\\) \\| (.+) \\|$");
    private static final Pattern PHRASE = Pattern.compile("`([^`]+)`");

    @Test
    void everyTypeAndPhraseOfTheVocabularyIsInTheDocsTable() throws IOException {
        Map<String, List<String>> documented = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("docs", "import.md"))) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                List<String> phrases = new ArrayList<>();
                Matcher p = PHRASE.matcher(row.group(2));
                while (p.find()) {
                    phrases.add(p.group(1));
                }
                documented.put(row.group(1), phrases);
            }
        }
        Catalog catalog = CatalogLoader.bundled();
        LabelTypes vocabulary = catalog.labelTypes();
        Map<String, List<String>> data = new HashMap<>();
        for (String type : vocabulary.types()) {
            // every type's own name counts too; the docs say so once rather than in each row
            String name = catalog.type(type).map(ComponentType::name).orElse("");
            List<String> phrases = vocabulary.phrasesOf(type).stream().filter(p -> !p.equalsIgnoreCase(name)).toList();
            if (!phrases.isEmpty()) {
                data.put(type, phrases);
            }
        }
        assertThat(documented).as("regenerate the table in docs/import.md from components/label-types.json")
                .isEqualTo(data);
    }
}
