package dev.designround.batch;

import dev.designround.io.DesignFormat;
import dev.designround.io.DesignReader;
import dev.designround.json.FileHeader;
import dev.designround.json.InputException;
import dev.designround.json.JsonTreeReader;
import dev.designround.json.JsonValue;
import dev.designround.json.Problems;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Design Round's own design files ({@code *.json}). In a folder, a JSON file that declares another
 * {@code "format"} (a scenario, a catalog file, another program's file) is not a design and is skipped; one that
 * declares none, or cannot be parsed, is meant as a design and reported as broken.
 */
final class JsonDesignFileType implements DesignFileType {

    private final DesignReader reader;
    private final JsonTreeReader json;

    JsonDesignFileType(Catalog catalog, JsonTreeReader json) {
        this.reader = new DesignReader(catalog, json);
        this.json = json;
    }

    @Override
    public String name() {
        return "Design Round JSON, *.json";
    }

    @Override
    public boolean claims(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    @Override
    public Optional<Design> read(DesignFile file) throws InputException {
        JsonValue root = json.read(file.path(), file.display());
        Optional<String> format = FileHeader.formatOf(root);
        if (!file.named() && format.isPresent() && !format.get().equals(DesignFormat.FORMAT)) {
            return Optional.empty();
        }
        Problems problems = new Problems(file.display());
        Design design = reader.fromTree(root, problems);
        problems.throwIfAny();
        return Optional.of(design);
    }
}
