package dev.designround.io.imports;

import dev.designround.json.InputException;
import dev.designround.json.Position;
import dev.designround.json.ReadLimits;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads XML from another tool into a small tree of elements that keep their line and column, safely: no DTD is
 * read (a file with a {@code <!DOCTYPE>} is refused, so no entity can expand or fetch anything), no external
 * entity or schema is ever resolved, and the same limits as design files apply ({@link ReadLimits}: size, nesting
 * depth, length of a text or attribute). Every problem is an {@link InputException} naming the file and the place.
 */
final class XmlTree {

    /** An element: its name, attributes in file order, child elements, its own text, and where it starts. */
    record Element(String name, Map<String, String> attributes, List<Element> children, String text,
                   Position position) {

        Optional<String> attribute(String key) {
            return Optional.ofNullable(attributes.get(key));
        }

        List<Element> children(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).toList();
        }

        Optional<Element> child(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).findFirst();
        }
    }

    private static final XMLInputFactory FACTORY = factory();

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entities are not read");
        });
        return f;
    }

    private XmlTree() {
    }

    /**
     * Parses a document.
     *
     * @param what what the bytes are, for messages when they are not the file itself ("page \"Page-1\"")
     * @throws InputException if the bytes are not well-formed XML within the limits, or declare a DTD
     */
    static Element parse(byte[] bytes, String display, String what, ReadLimits limits) throws InputException {
        if (bytes.length > limits.maxBytes()) {
            throw new InputException(display, what + " is larger than the limit of "
                    + limits.maxBytes() / (1024 * 1024) + " MB");
        }
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes));
            List<Builder> open = new ArrayList<>();
            Element root = null;
            while (r.hasNext()) {
                Position before = position(r.getLocation()); // where the next event starts
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new InputException(display, position(r.getLocation()),
                            what + " declares a DTD (<!DOCTYPE>), which diagram files never do: refused, so that "
                                    + "no entity is expanded or fetched");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new InputException(display,
                            position(r.getLocation()), what + " uses the undeclared entity &" + r.getLocalName()
                                    + ";");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (open.size() >= limits.maxDepth()) {
                            throw new InputException(display, position(r.getLocation()), what
                                    + " is nested deeper than " + limits.maxDepth() + " levels of elements");
                        }
                        Map<String, String> attributes = new LinkedHashMap<>();
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            String value = r.getAttributeValue(i);
                            checkLength(value, limits, display, r, what);
                            attributes.put(name(r.getAttributePrefix(i), r.getAttributeLocalName(i)), value);
                        }
                        open.add(new Builder(name(r.getPrefix(), r.getLocalName()), attributes, before));
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            Builder b = open.get(open.size() - 1);
                            b.text.append(r.getText());
                            if (b.text.length() > limits.maxStringLength()) {
                                throw new InputException(display, b.position, what + ": the text of <" + b.name
                                        + "> is longer than the limit of " + limits.maxStringLength()
                                        + " characters");
                            }
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        Element done = open.remove(open.size() - 1).build();
                        if (open.isEmpty()) {
                            root = done;
                        } else {
                            open.get(open.size() - 1).children.add(done);
                        }
                    }
                    default -> {
                    }
                }
            }
            if (root == null) {
                throw new InputException(display, what + " holds no XML element");
            }
            return root;
        } catch (XMLStreamException e) {
            throw new InputException(display, position(e.getLocation()), "broken XML" + (what.equals("the file") ? ""
                    : " in " + what) + ": " + message(e));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing was open beyond the bytes in memory
                }
            }
        }
    }

    private static void checkLength(String value, ReadLimits limits, String display, XMLStreamReader r, String what)
            throws InputException {
        if (value.length() > limits.maxStringLength()) {
            throw new InputException(display, position(r.getLocation()), what + ": an attribute is longer than the "
                    + "limit of " + limits.maxStringLength() + " characters");
        }
    }

    private static String name(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    private static Position position(Location at) {
        return at == null || at.getLineNumber() <= 0 ? Position.UNKNOWN
                : new Position(at.getLineNumber(), Math.max(1, at.getColumnNumber()));
    }

    /** The JDK's message without its "ParseError at [row,col]" preamble. */
    private static String message(XMLStreamException e) {
        String m = e.getMessage() == null ? "unreadable input" : e.getMessage();
        int at = m.indexOf("Message: ");
        String text = at >= 0 ? m.substring(at + "Message: ".length()) : m;
        int newline = text.indexOf('\n');
        return (newline >= 0 ? text.substring(0, newline) : text).strip();
    }

    private static final class Builder {
        final String name;
        final Map<String, String> attributes;
        final Position position;
        final List<Element> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Builder(String name, Map<String, String> attributes, Position position) {
            this.name = name;
            this.attributes = attributes;
            this.position = position;
        }

        Element build() {
            return new Element(name, java.util.Collections.unmodifiableMap(attributes), List.copyOf(children),
                    text.toString(), position);
        }
    }
}
