package dev.designround.io.imports;

import dev.designround.io.DesignReader;
import dev.designround.json.InputException;
import dev.designround.json.JsonFields;
import dev.designround.json.JsonTreeReader;
import dev.designround.json.Problems;
import dev.designround.model.NodeProps;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Reads back what Design Round writes into another tool's file about a node, beyond what the drawing shows:
 * props as the JSON of design files ({@link dev.designround.io.DesignWriter#propsJson}), capabilities as a
 * comma-separated list.
 */
final class OwnData {

    private final JsonTreeReader json;

    OwnData(JsonTreeReader json) {
        this.json = json;
    }

    /**
     * @param owner how messages name the shape ({@code cell "n3"})
     * @throws InputException naming the file and the shape when the text is not a props object
     */
    NodeProps props(String text, String display, String owner) throws InputException {
        if (text == null || text.isBlank()) {
            return NodeProps.NONE;
        }
        String what = display + " (" + owner + " props)";
        Problems problems = new Problems(what);
        NodeProps props = JsonFields.of(json.parse(text.getBytes(StandardCharsets.UTF_8), what), owner + " props",
                problems).map(p -> DesignReader.readProps(p, owner)).orElse(NodeProps.NONE);
        problems.throwIfAny();
        return props;
    }

    static List<String> capabilities(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
