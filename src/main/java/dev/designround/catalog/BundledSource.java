package dev.designround.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The data packaged with Design Round ({@code components/} and {@code scenarios/} at the top of the project,
 * copied into the jar by the build). Works from the jar and from {@code target/classes}.
 */
public final class BundledSource implements DataSource {

    private final ClassLoader loader;

    public BundledSource() {
        this(BundledSource.class.getClassLoader());
    }

    public BundledSource(ClassLoader loader) {
        this.loader = loader;
    }

    @Override
    public List<String> listJson(String folder) throws IOException {
        URL url = loader.getResource(folder);
        if (url == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        if ("jar".equals(url.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                String prefix = folder + "/";
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    String name = entries.nextElement().getName();
                    if (name.startsWith(prefix) && name.endsWith(".json")
                            && name.indexOf('/', prefix.length()) < 0) {
                        names.add(name);
                    }
                }
            }
        } else if ("file".equals(url.getProtocol())) {
            try {
                return new DirectorySource(Path.of(url.toURI()).getParent()).listJson(folder);
            } catch (URISyntaxException e) {
                throw new IOException("cannot list bundled data at " + url, e);
            }
        }
        Collections.sort(names);
        return names;
    }

    @Override
    public boolean exists(String path) {
        return loader.getResource(path) != null;
    }

    @Override
    public byte[] read(String path) throws IOException {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("bundled file missing: " + path);
            }
            return in.readAllBytes();
        }
    }

    @Override
    public String display(String path) {
        return path;
    }

    @Override
    public String toString() {
        return "bundled data";
    }
}
