package dev.designround.io.imports;

import dev.designround.json.InputException;
import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Unpacks a compressed draw.io page. diagrams.net saves a page's {@code <mxGraphModel>} compressed unless told not
 * to: the XML is URI-encoded ({@code encodeURIComponent}), deflated without a zlib header ({@code pako.deflateRaw})
 * and Base64-encoded ({@code btoa}), and the result is the text of the {@code <diagram>} element. This undoes the
 * three steps ({@link Inflater} in raw mode), never inflating past the size limit, so that a small page cannot
 * expand into gigabytes.
 */
final class DrawioPages {

    private DrawioPages() {
    }

    /**
     * The page's XML.
     *
     * @param what     the page, for messages ("page \"Page-1\"")
     * @param maxBytes the largest XML accepted
     * @throws InputException naming the file and the page when the text is not Base64, does not inflate, inflates
     *                        past the limit, or is not URI-encoded text
     */
    static byte[] inflate(String text, String display, String what, long maxBytes) throws InputException {
        byte[] deflated;
        try {
            deflated = Base64.getDecoder().decode(text.replaceAll("\\s+", ""));
        } catch (IllegalArgumentException e) {
            throw new InputException(display, what + " is neither a diagram nor compressed diagram data (not Base64: "
                    + e.getMessage() + ")");
        }
        if (deflated.length == 0) {
            throw new InputException(display, what + " is neither a diagram nor compressed diagram data");
        }
        Inflater inflater = new Inflater(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(1 << 20, deflated.length * 4));
        try {
            inflater.setInput(deflated);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new InputException(display, what + " is compressed data that is cut short: it does not "
                            + "inflate to a whole diagram");
                }
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    throw new InputException(display, what + " inflates to more than the limit of "
                            + maxBytes / (1024 * 1024) + " MB");
                }
            }
        } catch (DataFormatException e) {
            throw new InputException(display, what + " is compressed data that does not inflate ("
                    + (e.getMessage() == null ? "not deflate data" : e.getMessage()) + ")");
        } finally {
            inflater.end();
        }
        String encoded = out.toString(StandardCharsets.ISO_8859_1);
        if (encoded.stripLeading().startsWith("<")) {
            return out.toByteArray(); // written by an old version without the URI-encoding
        }
        try {
            // decodeURIComponent, not a form decoder: a '+' is a plus sign
            return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8)
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InputException(display, what + " inflates to text that is not URI-encoded XML ("
                    + e.getMessage() + ")");
        }
    }
}
