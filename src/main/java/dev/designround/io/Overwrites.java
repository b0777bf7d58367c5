package dev.designround.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Which existing files an export may replace. Never the design being exported (an SVG written over its own design
 * file loses the design). Otherwise, without {@code --force}, only an empty file or one that already holds an
 * export of the same format, recognised by how Design Round starts that format (a PNG signature, {@code %PDF-},
 * {@code # Design review: }, ...): exporting again refreshes the picture or report, while a hand-written
 * {@code notes.md} or a picture in another format is left alone. The one-generation {@code NAME.bak} kept by every
 * write is no protection against exporting twice, hence this check before writing.
 */
public final class Overwrites {

    /** How much of an existing file is read to recognise it. */
    private static final int HEAD = 4096;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private static final Map<String, Predicate<String>> SIGNATURES = Map.of(
            "png", head -> head.startsWith(new String(PNG, StandardCharsets.ISO_8859_1)),
            "svg", head -> (head.startsWith("<?xml") || head.startsWith("<svg")) && head.contains("<svg"),
            "pdf", head -> head.startsWith("%PDF-"),
            "mermaid", head -> head.startsWith("flowchart ") || head.startsWith("---\ntitle: ")
                    && head.contains("\n---\nflowchart "),
            "drawio", head -> head.startsWith("<?xml") && head.contains("<mxfile"),
            "dot", head -> head.startsWith("digraph ") || head.startsWith("strict digraph "),
            "graphml", head -> head.startsWith("<?xml") && head.contains("<graphml"),
            "json", head -> head.matches("(?s)\\s*\\{\\s*\"format\"\\s*:\\s*\"" + DesignFormat.FORMAT + "\".*"),
            "report-md", head -> head.startsWith("# Design review: "),
            "report-html", head -> head.startsWith("<!DOCTYPE html>") && head.contains("<title>Design review: "));

    private Overwrites() {
    }

    /**
     * Checks that an export may be written to {@code target}.
     *
     * @param design the design file being exported
     * @param force  whether the person asked to replace whatever is there
     * @return empty if it may; otherwise why not, for a person (the target is named by the caller)
     */
    public static java.util.Optional<String> refusal(Path design, Path target, String format, boolean force)
            throws IOException {
        if (!Files.exists(target)) {
            return java.util.Optional.empty();
        }
        if (Files.exists(design) && Files.isSameFile(design, target)) {
            return java.util.Optional.of("is the design being exported: writing the " + format
                    + " there would replace the design; choose another output file");
        }
        if (force || !Files.isRegularFile(target) || Files.size(target) == 0 || holdsExport(target, format)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("already exists and does not hold a " + format + " export: give --force to "
                + "replace it (it is then kept as " + AtomicFiles.backupOf(target).getFileName() + ")");
    }

    /** Whether a file starts the way Design Round starts an export of this format. */
    static boolean holdsExport(Path file, String format) throws IOException {
        Predicate<String> signature = SIGNATURES.get(format);
        if (signature == null) {
            return false;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        return signature.test(new String(head, StandardCharsets.ISO_8859_1));
    }
}
