package dev.designround.io.export;

import dev.designround.diagram.Rgb;
import dev.designround.diagram.SafeText;
import dev.designround.diagram.Theme;
import dev.designround.io.ExportRequest;
import dev.designround.io.Exporter;
import dev.designround.model.Catalog;
import dev.designround.model.ComponentType;
import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.model.Node;
import dev.designround.model.TextNote;
import dev.designround.model.Zone;
import dev.designround.model.ZoneMap;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code mermaid}: a {@code flowchart LR} that renders in GitHub Markdown (in a {@code ```mermaid} block). Node ids
 * are n1, n2, ... (design ids may hold anything); the text is in quoted, escaped labels (see {@link MermaidText}).
 * Shapes say the category (stadium for clients and edge, cylinder for retrieval and knowledge, hexagon for
 * guardrails, ...), each category has a class with its theme colours, edge labels are kept, and fallback and async
 * edges are dotted arrows, coloured by kind with {@code linkStyle}. Zones are subgraphs (z1, z2, ..., nested as
 * the zones are, dashed in the zone colour) holding their cards and text notes; text notes are nodes with no
 * border or fill (t1, t2, ...).
 */
public final class MermaidExporter implements Exporter {

    private static final Map<String, String[]> SHAPES = Map.of(
            "clients-edge", new String[] {"([", "])"},
            "orchestration", new String[] {"[[", "]]"},
            "models", new String[] {"(", ")"},
            "retrieval", new String[] {"[(", ")]"},
            "safety", new String[] {"{{", "}}"},
            "humans", new String[] {">", "]"},
            "tools-actions", new String[] {"[/", "/]"},
            "data-ops", new String[] {"[\\", "\\]"});
    private static final String[] DEFAULT_SHAPE = {"[", "]"};
    /** Longer labels are cut (with an ellipsis). */
    static final int MAX_LABEL = 200;

    private final Theme theme;

    public MermaidExporter(Theme theme) {
        this.theme = theme;
    }

    @Override
    public String format() {
        return "mermaid";
    }

    @Override
    public String extension() {
        return "mmd";
    }

    @Override
    public String description() {
        return "a Mermaid flowchart (GitHub Markdown, Notion, Obsidian)";
    }

    @Override
    public void write(ExportRequest request, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.print(toMermaidFile(request.design(), request.catalog()));
        w.flush();
    }

    /**
     * The flowchart text of an exported file: {@link #toMermaid}, then one comment line ({@code %% design-round
     * {...}}, which Mermaid does not draw) holding what the drawing cannot show (node and edge ids, props, own
     * capabilities, fallback edges, the scenario and notes), so that importing the file gives the design back.
     */
    public String toMermaidFile(Design design, Catalog catalog) {
        return toMermaid(design, catalog) + MermaidOwnData.comment(design);
    }

    /** The flowchart text, ending with a newline. */
    public String toMermaid(Design design, Catalog catalog) {
        StringBuilder out = new StringBuilder();
        String title = SafeText.oneLine(design.info().title());
        if (!title.isEmpty()) {
            // Front matter is YAML, not a label: entity codes would show as typed ("Q#amp;A")
            out.append("---\ntitle: ").append(MermaidText.yamlTitle(SafeText.shorten(title, MAX_LABEL)))
                    .append("\n---\n");
        }
        out.append("flowchart LR\n");
        Map<String, String> ids = new HashMap<>();
        Map<String, List<String>> byCategory = new LinkedHashMap<>();
        Map<String, List<String>> lines = new HashMap<>(); // what each zone holds ("" for none), by zone id
        ZoneMap zones = ZoneMap.of(design);
        for (Node n : design.nodes()) {
            String id = "n" + (ids.size() + 1);
            ids.put(n.id(), id);
            String category = catalog.categoryOf(n).orElse("");
            String[] shape = SHAPES.getOrDefault(category, DEFAULT_SHAPE);
            lines.computeIfAbsent(zones.zoneOfNode(n.id()).map(Zone::id).orElse(""), z -> new ArrayList<>())
                    .add(id + shape[0] + '"' + label(n, catalog) + '"' + shape[1]);
            if (!category.isEmpty()) {
                byCategory.computeIfAbsent(category, c -> new ArrayList<>()).add(id);
            }
        }
        List<String> notes = new ArrayList<>();
        for (TextNote t : design.texts()) {
            String id = "t" + (notes.size() + 1);
            notes.add(id);
            lines.computeIfAbsent(zones.zoneOfText(t.id()).map(Zone::id).orElse(""), z -> new ArrayList<>())
                    .add(id + "[\"" + text(t.text().strip()) + "\"]");
        }
        lines.getOrDefault("", List.of()).forEach(l -> out.append("  ").append(l).append('\n'));
        Map<String, String> zoneIds = new HashMap<>();
        zones.outerFirst().forEach(z -> zoneIds.put(z.id(), "z" + (zoneIds.size() + 1)));
        for (Zone root : zones.roots()) {
            subgraph(out, root, zones, zoneIds, lines, "  ");
        }
        List<Integer> fallback = new ArrayList<>();
        List<Integer> async = new ArrayList<>();
        int index = 0;
        for (Edge e : design.edges()) {
            out.append("  ").append(ids.get(e.from())).append(e.kind() == EdgeKind.FLOW ? " -->" : " -.->");
            if (!e.label().isBlank()) {
                out.append("|\"").append(text(e.label().strip())).append("\"|");
            }
            out.append(' ').append(ids.get(e.to())).append('\n');
            if (e.kind() == EdgeKind.FALLBACK) {
                fallback.add(index);
            } else if (e.kind() == EdgeKind.ASYNC) {
                async.add(index);
            }
            index++;
        }
        for (Map.Entry<String, List<String>> c : byCategory.entrySet()) {
            String cls = "cat_" + c.getKey().replaceAll("[^A-Za-z0-9]", "_");
            out.append("  classDef ").append(cls).append(" fill:").append(theme.cardFill(c.getKey()).hex())
                    .append(",stroke:").append(theme.accent(c.getKey()).hex()).append(",color:")
                    .append(theme.text().hex()).append('\n');
            out.append("  class ").append(String.join(",", c.getValue())).append(' ').append(cls).append('\n');
        }
        if (!notes.isEmpty()) {
            out.append("  classDef textNote fill:none,stroke:none,color:").append(theme.text().hex()).append('\n');
            out.append("  class ").append(String.join(",", notes)).append(" textNote\n");
        }
        for (Zone z : zones.outerFirst()) {
            out.append("  style ").append(zoneIds.get(z.id())).append(" fill:").append(theme.zoneFill().hex())
                    .append(",stroke:").append(theme.zoneStroke().hex()).append(",stroke-dasharray:7 4,color:")
                    .append(theme.zoneStroke().hex()).append('\n');
        }
        linkStyle(out, fallback, theme.fallbackEdge(), "6 4");
        linkStyle(out, async, theme.asyncEdge(), "2 3");
        return out.toString();
    }

    /** A zone as a subgraph: its cards and text notes, then the zones nested in it. */
    private static void subgraph(StringBuilder out, Zone zone, ZoneMap zones, Map<String, String> ids,
                                 Map<String, List<String>> lines, String indent) {
        String title = SafeText.oneLine(zone.label());
        out.append(indent).append("subgraph ").append(ids.get(zone.id())).append("[\"")
                .append(title.isEmpty() ? " " : text(title)).append("\"]\n");
        lines.getOrDefault(zone.id(), List.of()).forEach(l -> out.append(indent).append("  ").append(l).append('\n'));
        for (Zone child : zones.children(zone.id())) {
            subgraph(out, child, zones, ids, lines, indent + "  ");
        }
        out.append(indent).append("end\n");
    }

    private static String label(Node n, Catalog catalog) {
        String typeName = catalog.type(n.type()).map(ComponentType::name).orElse(n.type());
        String name = catalog.displayName(n).strip();
        return SafeText.oneLine(name).equals(typeName) ? text(name) : text(name) + "<br/><i>" + text(typeName)
                + "</i>";
    }

    /** Escaped, and cut to {@link #MAX_LABEL} characters: Mermaid refuses diagrams over 50,000 characters. */
    private static String text(String s) {
        return MermaidText.escape(SafeText.shorten(s, MAX_LABEL));
    }

    private static void linkStyle(StringBuilder out, List<Integer> links, Rgb colour, String dashes) {
        if (!links.isEmpty()) {
            out.append("  linkStyle ").append(links.stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(","))).append(" stroke:").append(colour.hex())
                    .append(",stroke-dasharray:").append(dashes).append('\n');
        }
    }
}
