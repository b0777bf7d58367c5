package dev.designround.io.export;

import dev.designround.diagram.SafeText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Builds and writes XML with the JDK's own DOM and serializer, so that escaping is never hand-made: markup
 * characters in text and attributes, line breaks in attributes ({@code &#10;}) and characters beyond the BMP come out
 * right. Text put in must first go through {@link SafeText#clean} (XML 1.0 cannot hold most control characters).
 */
final class XmlDocs {

    private XmlDocs() {
    }

    static Document newDocument() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return f.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML support in this JDK", e);
        }
    }

    /**
     * Parses XML written by another library (jgrapht's GraphML), without DTDs or external entities, dropping the
     * whitespace it was indented with so that {@link #write} indents it afresh.
     */
    static Document parse(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            Document doc = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
            dropIndentation(doc.getDocumentElement());
            return doc;
        } catch (ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("cannot read XML: " + e.getMessage(), e);
        }
    }

    private static void dropIndentation(org.w3c.dom.Node node) {
        org.w3c.dom.Node child = node.getFirstChild();
        while (child != null) {
            org.w3c.dom.Node next = child.getNextSibling();
            if (child.getNodeType() == org.w3c.dom.Node.TEXT_NODE && child.getTextContent().isBlank()
                    && node.getChildNodes().getLength() > 1) {
                node.removeChild(child);
            } else if (child.getNodeType() == org.w3c.dom.Node.ELEMENT_NODE) {
                dropIndentation(child);
            }
            child = next;
        }
    }

    /** A child element in the namespace of its parent (or none), appended to it. */
    static Element child(Element parent, String name) {
        Element e = parent.getOwnerDocument().createElementNS(parent.getNamespaceURI(), name);
        parent.appendChild(e);
        return e;
    }

    /** Sets an attribute to a number, written without a trailing ".0" and to two decimals at most. */
    static void number(Element e, String name, double value) {
        e.setAttribute(name, format(value));
    }

    static String format(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return java.math.BigDecimal.valueOf(rounded).stripTrailingZeros().toPlainString();
    }

    /** Writes the document as indented UTF-8 with an XML declaration; does not close the stream. */
    static void write(Document doc, OutputStream out) throws IOException {
        write(doc, out, false);
    }

    /** The root element as indented markup without an XML declaration (for inlining into HTML). */
    static String inline(Document doc) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            write(doc, out, true);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void write(Document doc, OutputStream out, boolean omitDeclaration) throws IOException {
        try {
            TransformerFactory f = TransformerFactory.newInstance();
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = f.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            // The JDK's serializer puts the root element on the declaration's line: write the declaration here.
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            if (!omitDeclaration) {
                out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.US_ASCII));
            }
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            t.transform(new DOMSource(doc), new StreamResult(new NonClosing(out)));
        } catch (TransformerException e) {
            throw new IOException("cannot write XML: " + e.getMessage(), e);
        }
    }

    /** Keeps the serializer from closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
