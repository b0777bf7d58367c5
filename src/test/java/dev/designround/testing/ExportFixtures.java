package dev.designround.testing;

import dev.designround.catalog.CatalogLoader;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.model.DesignInfo;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.model.Node;
import dev.designround.model.NodeProps;
import dev.designround.model.TextNote;
import dev.designround.model.Zone;
import java.util.List;

/** Designs for export tests: a small readable one for golden files, and one whose every label is hostile. */
public final class ExportFixtures {

    /** A label of 5,000 characters, far more than any card or line shows. */
    public static final String LONG = "very long label ".repeat(312) + "end";

    /** Every kind of text that has broken exporters somewhere. */
    public static final List<String> NASTY_LABELS = List.of(
            "Say \"hi\" & 'bye' <script>alert(1)</script>",
            "line one\nline two\r\nline three",
            "emoji \uD83D\uDE00\uD83D\uDE80 and \u2603",
            "\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645 (Arabic) \u05E9\u05DC\u05D5\u05DD",
            "back\\slash C:\\new\\ end\\",
            "#quot; ]]> <!-- --> &amp; {x} [y] |pipe| `tick` %% ;",
            "control\u0001char\u0007 and lone \uD800 surrogate",
            LONG);

    private ExportFixtures() {
    }

    public static Catalog catalog() {
        return CatalogLoader.bundled();
    }

    /** user -> gateway -> llm -> guardrail -> user, a fallback model and an async audit log. */
    public static Design small() {
        Design d = new Design(new DesignInfo("legal-doc-qa", "Small Q&A", ""));
        d.addNode(node("user", "user", "Lawyer", 0, 160));
        d.addNode(node("llm", "llm", "Claude", 240, 40));
        d.addNode(node("guard", "grounding-checker", "", 480, 160));
        d.addNode(node("backup", "llm", "Backup model", 240, 280));
        d.addNode(node("audit", "audit-log", "", 720, 160));
        d.addEdge(new Edge("e1", "user", "llm", "question", EdgeKind.FLOW));
        d.addEdge(new Edge("e2", "llm", "guard", "draft", EdgeKind.FLOW));
        d.addEdge(new Edge("e3", "guard", "user", "cited answer", EdgeKind.FLOW));
        d.addEdge(new Edge("e4", "llm", "backup", "outage", EdgeKind.FALLBACK));
        d.addEdge(new Edge("e5", "guard", "audit", "", EdgeKind.ASYNC));
        return d;
    }

    /**
     * {@link #small()} drawn in zones: a trust boundary around the model, its backup and the checker, a HIPAA boundary
     * nested in it around the checker, a text note inside the trust boundary and one outside every zone.
     */
    public static Design zoned() {
        Design d = small();
        d.addZone(new Zone("trust", "Trust boundary", 192, 0, 496, 380));
        d.addZone(new Zone("hipaa", "HIPAA boundary", 456, 120, 224, 120));
        d.addText(new TextNote("phi", "PHI stays\ninside", 456, 260));
        d.addText(new TextNote("nightly", "Re-indexed nightly", 720, 40));
        return d;
    }

    /**
     * Nodes and edges labelled with {@link #NASTY_LABELS}, ids that clash with format ids ("0", "1", "n2") or hold
     * markup, a self-loop, parallel edges both ways, every edge kind, and nodes far from the origin; zones (one nested
     * in another) and text notes labelled with them too, with ids that clash with the nodes' and the formats'.
     */
    public static Design nasty() {
        Design d = new Design(new DesignInfo("legal-doc-qa", NASTY_LABELS.get(0) + " \u2014 " + NASTY_LABELS.get(3),
                NASTY_LABELS.get(1)));
        List<String> ids = List.of("0", "1", "n2", "id with \"quotes\" & <tags>", "\uD83D\uDE00", "a\\b", "x", "y");
        List<String> types = List.of("user", "llm", "retriever", "input-guardrail", "human-escalation", "tool-api",
                "audit-log", "orchestrator");
        for (int i = 0; i < ids.size(); i++) {
            d.addNode(node(ids.get(i), types.get(i), NASTY_LABELS.get(i), -400 + 240 * (i % 4), -300 + 160 * (i / 4)));
        }
        for (int i = 0; i < ids.size(); i++) {
            EdgeKind kind = EdgeKind.values()[i % 3];
            d.addEdge(new Edge("edge " + i + " \"&<>", ids.get(i), ids.get((i + 1) % ids.size()),
                    NASTY_LABELS.get((i + 2) % NASTY_LABELS.size()), kind));
        }
        d.addEdge(new Edge("back", "1", "0", NASTY_LABELS.get(5), EdgeKind.FLOW));
        d.addEdge(new Edge("loop", "x", "x", NASTY_LABELS.get(2), EdgeKind.ASYNC));
        d.addZone(new Zone("0", NASTY_LABELS.get(0), -432, -340, 1000, 120));
        d.addZone(new Zone("z1 \"<&>", NASTY_LABELS.get(5), -420, -336, 240, 110));
        d.addZone(new Zone("n2", LONG, -432, -180, 500, 120));
        d.addText(new TextNote("n2", NASTY_LABELS.get(1), 600, -300));
        d.addText(new TextNote("t1 <x/>", NASTY_LABELS.get(6), 600, -150));
        d.addText(new TextNote("long", LONG, -400, 40));
        return d;
    }

    private static Node node(String id, String type, String label, double x, double y) {
        return new Node(id, type, label, x, y, NodeProps.NONE, List.of());
    }
}
