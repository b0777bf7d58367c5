package dev.designround.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a path given as a file to write names, once symbolic links are followed: a regular file (or nothing yet),
 * replaced atomically at the link's end, never the link itself; a device or a pipe, written through (replacing
 * {@code /dev/null} with an ordinary file would break the system); or something that must not be written (a
 * folder, a block device, a socket).
 *
 * @param kind what is there
 * @param path where to write: for a file, the end of the chain of links (the link stays a link); for a device or
 *             a pipe, the path as given
 */
record WriteTarget(Kind kind, Path path) {

    enum Kind { FILE, STREAM }

    /** Links followed before giving up, as Linux does. */
    private static final int MAX_LINKS = 40;
    private static final int TYPE_MASK = 0170000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    /**
     * Classifies an absolute path.
     *
     * @throws IOException with a message for a person when the path must not be written
     */
    static WriteTarget of(Path absolute) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(absolute, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return new WriteTarget(Kind.FILE, endOfLinks(absolute));
        }
        if (attributes.isDirectory()) {
            throw new IOException(absolute + " is a folder");
        }
        if (attributes.isRegularFile()) {
            return new WriteTarget(Kind.FILE, Files.isSymbolicLink(absolute) ? absolute.toRealPath() : absolute);
        }
        return switch (unixType(absolute)) {
            case BLOCK_DEVICE -> throw new IOException(absolute + " is a block device (a disk): Design Round writes "
                    + "files, character devices such as /dev/null and pipes, never disks");
            case SOCKET -> throw new IOException(absolute + " is a socket, not a file");
            default -> new WriteTarget(Kind.STREAM, absolute);
        };
    }

    /** The file type bits of {@code stat}, or a character device where the platform cannot say. */
    private static int unixType(Path path) {
        try {
            return ((Integer) Files.getAttribute(path, "unix:mode")) & TYPE_MASK;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return CHARACTER_DEVICE;
        }
    }

    /**
     * Where a chain of links ends when that end does not exist yet (a link to a file not written so far): the file
     * is created there and the link kept. A path that is not a link is its own end.
     */
    private static Path endOfLinks(Path path) throws IOException {
        Path current = path;
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops == MAX_LINKS) {
                throw new IOException(path + ": too many levels of symbolic links");
            }
            current = current.resolveSibling(Files.readSymbolicLink(current));
        }
        return current;
    }
}
