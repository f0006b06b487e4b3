package cn.gridbot.admin.open311;

import java.io.StringWriter;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import tools.jackson.databind.JsonNode;

/**
 * Writes GeoReport v2 XML with the JDK's StAX writer, which escapes every text. The XML carries exactly the
 * fields of the JSON answer: it is written from the same tree, an object's fields as elements in order, a
 * null as an empty element, an array named {@code xs} as {@code <xs>} holding one {@code <x>} per item (so
 * {@code attributes}/{@code attribute}, {@code values}/{@code value}). Characters XML 1.0 cannot carry
 * (control characters a message might hold) are dropped.
 */
final class Open311Xml {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private Open311Xml() {
    }

    /** A list answer: {@code <root><item>…</item>…</root>}. */
    static String list(String root, String item, JsonNode items) {
        return write(w -> {
            w.writeStartElement(root);
            for (JsonNode node : items) {
                element(w, item, node);
            }
            w.writeEndElement();
        });
    }

    /** A single object answer: {@code <root>…fields…</root>}. */
    static String object(String root, JsonNode node) {
        return write(w -> element(w, root, node));
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out);
            w.writeStartDocument("utf-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Open311 XML could not be written", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter w, String name, JsonNode node) throws XMLStreamException {
        if (node == null || node.isNull() || node.isMissingNode()) {
            w.writeEmptyElement(name);
            return;
        }
        w.writeStartElement(name);
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                element(w, field.getKey(), field.getValue());
            }
        } else if (node.isArray()) {
            String item = name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
            for (JsonNode child : node) {
                element(w, item, child);
            }
        } else {
            w.writeCharacters(legal(node.asString()));
        }
        w.writeEndElement();
    }

    private static String legal(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
