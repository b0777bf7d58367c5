package dev.designround.batch;

import dev.designround.json.InputException;
import dev.designround.json.JsonTreeReader;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one place that decides which files are designs and how each is read. A file is read by the kind its content
 * shows ({@link DesignFileType#recognises}), else by the kind that claims its extension, else as Design Round
 * JSON, so a file the user names is read whatever its name; a folder is searched, with its subfolders, for the
 * files some {@link DesignFileType} claims, skipping hidden files and folders. Importers of other tools'
 * diagrams plug in as further types.
 */
public final class DesignFiles {

    /** How much of a file is read to recognise its kind. */
    public static final int HEAD_BYTES = 8192;

    private final List<DesignFileType> types;

    /**
     * @param types the kinds of design file, the first being the one a named file of no known extension is read
     *              as
     */
    public DesignFiles(List<DesignFileType> types) {
        if (types.isEmpty()) {
            throw new IllegalArgumentException("at least one kind of design file is needed");
        }
        this.types = List.copyOf(types);
    }

    /** Design Round's own JSON design files. */
    public static DesignFiles standard(Catalog catalog, JsonTreeReader json) {
        return new DesignFiles(List.of(new JsonDesignFileType(catalog, json)));
    }

    /** The same kinds plus another, asked after them. */
    public DesignFiles with(DesignFileType type) {
        List<DesignFileType> more = new ArrayList<>(types);
        more.add(type);
        return new DesignFiles(more);
    }

    public List<DesignFileType> types() {
        return types;
    }

    /**
     * The files to read, in a stable order: the paths in the order given, each folder's designs sorted by their
     * place in it as people number things ({@code student2} before {@code student10}). A folder with no design
     * file at all is listed as one unreadable entry, so that a wrong folder is reported, not graded as empty. A
     * file reached twice (named and inside a named folder) is listed once. Paths that do not exist are listed as
     * named files, so that reading them reports them.
     */
    public List<DesignFile> list(List<Path> paths) {
        List<DesignFile> out = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                for (Found found : search(path)) {
                    if (seen.add(found.path.toAbsolutePath().normalize())) {
                        out.add(new DesignFile(out.size(), found.path, found.path.toString(), false,
                                found.problem));
                    }
                }
            } else if (seen.add(path.toAbsolutePath().normalize())) {
                out.add(new DesignFile(out.size(), path, path.toString(), true, Optional.empty()));
            }
        }
        return out;
    }

    /** Whether a file found in a folder is one some kind of design file claims. */
    public boolean claims(Path file) {
        return types.stream().anyMatch(t -> t.claims(file));
    }

    /**
     * Reads one design.
     *
     * @return empty when a file found in a folder is another kind of file, not a design
     * @throws InputException naming the file and what is wrong
     */
    public Optional<Design> read(DesignFile file) throws InputException {
        if (file.unreadable().isPresent()) {
            throw file.unreadable().get();
        }
        return typeOf(file.path()).read(file);
    }

    /** The kind a file is read as: the first that recognises its content, else claims its name, else the first. */
    public DesignFileType typeOf(Path file) {
        byte[] head = head(file);
        return types.stream().filter(t -> t.recognises(file, head)).findFirst()
                .or(() -> types.stream().filter(t -> t.claims(file)).findFirst()).orElse(types.get(0));
    }

    /** A file's first bytes, or none when it cannot be read (reading it then says why). */
    static byte[] head(Path file) {
        if (!Files.isRegularFile(file)) {
            return new byte[0];
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException | RuntimeException e) {
            return new byte[0];
        }
    }

    private record Found(Path path, Optional<InputException> problem) {
    }

    private List<Found> search(Path folder) {
        List<Found> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !hidden(file) && claims(file)) {
                        found.add(new Found(file, Optional.empty()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found.add(new Found(file, Optional.of(new InputException(file.toString(),
                            "cannot be read: " + reason(e)))));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.add(new Found(folder, Optional.of(new InputException(folder.toString(),
                    "cannot search the folder: " + reason(e)))));
        }
        found.sort((a, b) -> NaturalOrder.INSTANCE.compare(a.path.toString(), b.path.toString()));
        if (found.isEmpty()) {
            found.add(new Found(folder, Optional.of(new InputException(folder.toString(), "no design files in this "
                    + "folder or its subfolders (looked for " + String.join(", ", types.stream()
                    .map(DesignFileType::name).toList()) + ")"))));
        }
        return found;
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
