package dev.designround.testing;

import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Parses XML as a careful consumer would: namespaces on, no DOCTYPE, no external entities. Throws if malformed. */
public final class SafeXml {

    private SafeXml() {
    }

    public static Document parse(byte[] xml) {
        return parse(xml, false);
    }

    /** Parses an XHTML-compatible HTML page: a DOCTYPE is allowed, but nothing external is loaded. */
    public static Document parseHtml(byte[] xhtml) {
        return parse(xhtml, true);
    }

    private static Document parse(byte[] xml, boolean doctype) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", !doctype);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }
}
