package dev.designround.catalog;

import dev.designround.json.LimitedRead;
import dev.designround.json.ReadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Data files in a folder on disk. Nothing outside the folder is read: paths that climb out ({@code ..}) are refused,
 * and so are symbolic links inside it that lead out of it (their real path is checked).
 */
public final class DirectorySource implements DataSource {

    private final Path root;

    public DirectorySource(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public List<String> listJson(String folder) throws IOException {
        Path dir = resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".json"))
                    .map(f -> (folder.isEmpty() ? "" : folder + "/") + f.getFileName())
                    .sorted()
                    .toList();
        }
    }

    @Override
    public boolean exists(String path) {
        try {
            return Files.isRegularFile(resolve(path));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The file's bytes, up to the size limit of every Design Round file ({@link ReadLimits#DEFAULT}).
     *
     * @throws IOException also when the file is a link to a file outside the folder
     */
    @Override
    public byte[] read(String path) throws IOException {
        try {
            resolve(path);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage());
        }
        if (leavesFolder(path)) {
            throw new IOException("it is a link to " + resolve(path).toRealPath() + ", outside the folder "
                    + root + "; a pack may only use its own files");
        }
        return LimitedRead.bytes(resolve(path), ReadLimits.DEFAULT.maxBytes());
    }

    @Override
    public boolean leavesFolder(String path) {
        try {
            return !resolve(path).toRealPath().startsWith(root.toRealPath());
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String display(String path) {
        try {
            return resolve(path).toString();
        } catch (IllegalArgumentException e) {
            return root + java.io.File.separator + path;
        }
    }

    /** The file's path; IllegalArgumentException for a path that leaves the folder or cannot be a path at all. */
    private Path resolve(String path) {
        Path p;
        try {
            p = root.resolve(path).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException("not a file name: " + path, e);
        }
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("path leaves the data folder: " + path);
        }
        return p;
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
