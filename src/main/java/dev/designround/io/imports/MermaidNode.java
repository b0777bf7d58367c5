package dev.designround.io.imports;

import dev.designround.model.LabelTypes;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A node of a Mermaid flowchart as declared, possibly over several statements ({@code a[Pinecone]}, then
 * {@code a --> b}): its id, its text as written, and the outline its shape shows, if one does.
 */
final class MermaidNode {

    final String id;
    String raw;
    LabelTypes.Outline outline;

    MermaidNode(String id) {
        this.id = id;
    }

    void text(String text) {
        String t = text.strip();
        raw = t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }

    /** The type name Design Round's export puts in italics on the last line ({@code Claude<br/><i>LLM</i>}). */
    Optional<String> statedType() {
        if (raw == null) {
            return Optional.empty();
        }
        String[] parts = raw.split("(?i)<br\\s*/?>", -1);
        Matcher m = Pattern.compile("(?is)^\\s*<i>(.*)</i>\\s*$").matcher(parts[parts.length - 1]);
        return parts.length > 1 && m.matches() ? Optional.of(MermaidText.decode(m.group(1))) : Optional.empty();
    }

    /** The text a person reads, without the line stating its type when it is one. */
    String label(boolean withoutType) {
        if (raw == null) {
            return id;
        }
        if (withoutType) {
            return MermaidText.decode(raw.substring(0, lastBreak(raw)));
        }
        return MermaidText.decode(raw);
    }

    private static int lastBreak(String raw) {
        Matcher m = Pattern.compile("(?i)<br\\s*/?>").matcher(raw);
        int at = raw.length();
        while (m.find()) {
            at = m.start();
        }
        return at;
    }
}
