package cn.gridbot.app.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import tools.jackson.databind.JsonNode;

/**
 * This test suite's own copy of the GeoReport v2 rules (open311.org, "GeoReport v2", the response fields of
 * GET services, GET service definition, GET/POST requests and the error list), checked field by field:
 * every field a document must have, nothing outside the standard's fields, each value of its type. JSON
 * and XML are both read into the same flat records (a field's text, null when null or empty), so the
 * same rules judge both and the two formats can be compared record for record.
 */
final class GeoReportV2 {

    enum Type { TEXT, BOOLEAN, INTEGER, DECIMAL, DATETIME, URL, STATUS, SERVICE_TYPE, LIST }

    record Field(String name, Type type, boolean required) {
    }

    /** GET services: one {@code service} per service. */
    static final List<Field> SERVICE = List.of(new Field("service_code", Type.TEXT, true),
            new Field("service_name", Type.TEXT, true), new Field("description", Type.TEXT, false),
            new Field("metadata", Type.BOOLEAN, true), new Field("type", Type.SERVICE_TYPE, true),
            new Field("keywords", Type.TEXT, false), new Field("group", Type.TEXT, false));

    /** GET services/{code}: the definition; {@code attributes} is a list (empty when metadata is false). */
    static final List<Field> SERVICE_DEFINITION = List.of(new Field("service_code", Type.TEXT, true),
            new Field("attributes", Type.LIST, true));

    /** GET requests and requests/{id}: one {@code request} per service request. */
    static final List<Field> SERVICE_REQUEST = List.of(new Field("service_request_id", Type.TEXT, true),
            new Field("status", Type.STATUS, true), new Field("status_notes", Type.TEXT, false),
            new Field("service_name", Type.TEXT, false), new Field("service_code", Type.TEXT, true),
            new Field("description", Type.TEXT, false), new Field("agency_responsible", Type.TEXT, false),
            new Field("service_notice", Type.TEXT, false), new Field("requested_datetime", Type.DATETIME, true),
            new Field("updated_datetime", Type.DATETIME, false), new Field("expected_datetime", Type.DATETIME, false),
            new Field("address", Type.TEXT, false), new Field("address_id", Type.TEXT, false),
            new Field("zipcode", Type.TEXT, false), new Field("lat", Type.DECIMAL, false),
            new Field("long", Type.DECIMAL, false), new Field("media_url", Type.URL, false));

    /** POST requests: the new request's id (this server never answers with a {@code token} instead). */
    static final List<Field> CREATED = List.of(new Field("service_request_id", Type.TEXT, true),
            new Field("service_notice", Type.TEXT, false), new Field("account_id", Type.TEXT, false));

    /** Every error answer: a list of these. */
    static final List<Field> ERROR = List.of(new Field("code", Type.INTEGER, true), new Field("description", Type.TEXT, true));

    private static final List<String> LISTS = List.of("attributes");

    /** W3C date-time to the second with an offset (or Z), as the standard writes them. */
    private static final Pattern DATETIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?([+-]\\d\\d:\\d\\d|Z)");

    private GeoReportV2() {
    }

    /** The records of a JSON answer: its array's objects (or the object itself). */
    static List<Map<String, String>> json(JsonNode answer) {
        List<Map<String, String>> records = new ArrayList<>();
        if (answer.isArray()) {
            answer.forEach(item -> records.add(record(item)));
        } else {
            records.add(record(answer));
        }
        return records;
    }

    private static Map<String, String> record(JsonNode object) {
        assertThat(object.isObject()).as("a record is an object: %s", object).isTrue();
        Map<String, String> fields = new LinkedHashMap<>();
        object.properties().forEach(e -> fields.put(e.getKey(), e.getValue().isArray() ? "[" + e.getValue().size() + "]"
                : e.getValue().isNull() || e.getValue().asString().isEmpty() ? null : e.getValue().asString()));
        return fields;
    }

    /** The records of an XML answer: the root must be {@code root}, each child an {@code item} element. */
    static List<Map<String, String>> xml(String answer, String root, String item) {
        Element top = parse(answer).getDocumentElement();
        assertThat(top.getTagName()).isEqualTo(root);
        List<Map<String, String>> records = new ArrayList<>();
        for (Element child : children(top)) {
            assertThat(child.getTagName()).isEqualTo(item);
            records.add(record(child));
        }
        return records;
    }

    /** The single record of an XML answer whose root is the record (the service definition). */
    static Map<String, String> xmlObject(String answer, String root) {
        Element top = parse(answer).getDocumentElement();
        assertThat(top.getTagName()).isEqualTo(root);
        return record(top);
    }

    /** A field is text, or (for the lists the rules name, such as {@code attributes}) the count of its items. */
    private static Map<String, String> record(Element element) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element field : children(element)) {
            String name = field.getTagName();
            if (LISTS.contains(name)) {
                fields.put(name, "[" + children(field).size() + "]");
            } else {
                assertThat(children(field)).as("<%s> holds text only", name).isEmpty();
                fields.put(name, field.getTextContent().isEmpty() ? null : field.getTextContent());
            }
        }
        return fields;
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + xml, e);
        }
    }

    static List<Element> children(Element element) {
        List<Element> children = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }

    /** Checks every record against the rules: required fields there, no other fields, each value of its type. */
    static void check(List<Map<String, String>> records, List<Field> rules) {
        List<String> names = rules.stream().map(Field::name).toList();
        for (Map<String, String> record : records) {
            assertThat(names).as("the standard's fields").containsAll(record.keySet());
            for (Field field : rules) {
                String value = record.get(field.name());
                if (field.required()) {
                    assertThat(value).as("required %s in %s", field.name(), record).isNotNull();
                }
                if (value != null) {
                    assertThat(valid(field.type(), value)).as("%s = %s is a %s", field.name(), value, field.type()).isTrue();
                }
            }
            assertThat(record.get("lat") == null).as("lat and long come together").isEqualTo(record.get("long") == null);
        }
    }

    private static boolean valid(Type type, String value) {
        return switch (type) {
            case TEXT -> true;
            case BOOLEAN -> value.equals("true") || value.equals("false");
            case INTEGER -> value.matches("-?\\d+");
            case DECIMAL -> value.matches("-?\\d+(\\.\\d+)?");
            case DATETIME -> DATETIME.matcher(value).matches();
            case URL -> value.startsWith("http://") || value.startsWith("https://");
            case STATUS -> value.equals("open") || value.equals("closed");
            case SERVICE_TYPE -> value.equals("realtime") || value.equals("batch") || value.equals("blackbox");
            case LIST -> value.matches("\\[\\d+]");
        };
    }
}
