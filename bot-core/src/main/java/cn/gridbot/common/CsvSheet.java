package cn.gridbot.common;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV upload as a supervisor's spreadsheet produces it: UTF-8 with or without a BOM, or GB18030
 * (what Excel writes on a Chinese Windows). The header must match exactly; each row keeps the line
 * number it started on, so that rejections can name it.
 */
public final class CsvSheet {

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** A data row: its first line in the file, its values by header name and how many values it had. */
    public record Row(long line, Map<String, String> values, int columns) {

        /** Whether the row has as many values as the header has names. */
        public boolean complete() {
            return columns == values.size();
        }

        public String get(String column) {
            String value = values.get(column);
            return value == null ? "" : value.strip();
        }
    }

    private CsvSheet() {
    }

    public static List<Row> read(byte[] body, List<String> header) {
        String text = decode(body);
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            long line = parser.getCurrentLineNumber() + 1;
            boolean first = true;
            for (CSVRecord record : parser) {
                if (first) {
                    checkHeader(record.toList(), header);
                    first = false;
                } else {
                    rows.add(new Row(line, values(record, header), record.size()));
                }
                line = parser.getCurrentLineNumber() + 1;
            }
            if (first) {
                throw DomainException.invalid("csv", "The CSV is empty: the first line must be the header " + String.join(",", header));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw DomainException.invalid("csv", "The CSV cannot be read: " + e.getMessage());
        }
        return rows;
    }

    private static void checkHeader(List<String> actual, List<String> expected) {
        List<String> names = actual.stream().map(String::strip).toList();
        if (!names.equals(expected)) {
            throw DomainException.invalid("csv", "The header must be exactly " + String.join(",", expected)
                    + " but was " + String.join(",", names));
        }
    }

    private static Map<String, String> values(CSVRecord record, List<String> header) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            values.put(header.get(i), i < record.size() ? record.get(i) : null);
        }
        return values;
    }

    static String decode(byte[] body) {
        int start = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(body, start, body.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(body, start, body.length - start, GB18030);
        }
    }
}
