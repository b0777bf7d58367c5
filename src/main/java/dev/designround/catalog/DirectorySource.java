package dev.designround.catalog;

import dev.designround.json.LimitedRead;
import dev.designround.json.ReadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Data files in a folder on disk. */
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
        return Files.isRegularFile(resolve(path));
    }

    /** The file's bytes, up to the size limit of every Design Round file ({@link ReadLimits#DEFAULT}). */
    @Override
    public byte[] read(String path) throws IOException {
        return LimitedRead.bytes(resolve(path), ReadLimits.DEFAULT.maxBytes());
    }

    @Override
    public String display(String path) {
        return resolve(path).toString();
    }

    private Path resolve(String path) {
        Path p = root.resolve(path).normalize();
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
