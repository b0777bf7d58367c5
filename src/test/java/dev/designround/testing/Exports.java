package dev.designround.testing;

import dev.designround.io.ExportRequest;
import dev.designround.io.Exporter;
import dev.designround.model.Design;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Runs an exporter in memory. */
public final class Exports {

    private Exports() {
    }

    public static byte[] bytes(Exporter exporter, Design design) {
        return bytes(exporter, new ExportRequest(design, ExportFixtures.catalog(), "test.json"));
    }

    public static byte[] bytes(Exporter exporter, ExportRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exporter.write(request, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static String text(Exporter exporter, Design design) {
        return new String(bytes(exporter, design), StandardCharsets.UTF_8);
    }
}
