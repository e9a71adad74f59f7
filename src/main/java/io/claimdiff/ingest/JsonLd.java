package io.claimdiff.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a page's JSON-LD blocks into plain maps and lists with Jackson's streaming parser (the
 * one {@code ObjectMapper} lives in the project layer, above this one). Bounded: a page's
 * structured data is small, anything deeper or longer is cut.
 */
final class JsonLd {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final int MAX_DEPTH = 12;
    private static final int MAX_CHARS = 200_000;

    private JsonLd() {
    }

    /** The value in {@code json}, or null when it is not JSON. */
    static Object parse(String json) {
        if (json.length() > MAX_CHARS) {
            return null;
        }
        try (JsonParser p = FACTORY.createParser(json)) {
            return p.nextToken() == null ? null : value(p, 0);
        } catch (IOException | RuntimeException e) {
            return null; // a broken block is no metadata, never a failed article
        }
    }

    private static Object value(JsonParser p, int depth) throws IOException {
        JsonToken t = p.currentToken();
        if (depth > MAX_DEPTH) {
            p.skipChildren();
            return null;
        }
        if (t == JsonToken.START_OBJECT) {
            Map<String, Object> map = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                map.put(name, value(p, depth + 1));
            }
            return map;
        }
        if (t == JsonToken.START_ARRAY) {
            List<Object> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                list.add(value(p, depth + 1));
            }
            return list;
        }
        return t != null && t.isScalarValue() && t != JsonToken.VALUE_NULL ? p.getValueAsString() : null;
    }
}
