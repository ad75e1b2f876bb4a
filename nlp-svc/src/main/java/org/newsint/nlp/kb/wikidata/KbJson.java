package org.newsint.nlp.kb.wikidata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes knowledge-base entries one a line in the style of the bundled files ({@code {"id": "x", "ar": ["…"]}}:
 * a space after every colon and comma, Arabic unescaped, fields in insertion order), so that merged files diff
 * cleanly against the reviewed ones.
 */
final class KbJson {

    static final ObjectMapper JSON = new ObjectMapper();

    private KbJson() {
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static String line(JsonNode node) {
        StringBuilder out = new StringBuilder(256);
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            out.append('{');
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            boolean first = true;
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (!first) {
                    out.append(", ");
                }
                first = false;
                out.append(scalar(JSON.getNodeFactory().textNode(f.getKey()))).append(": ");
                write(f.getValue(), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                write(node.get(i), out);
            }
            out.append(']');
        } else {
            out.append(scalar(node));
        }
    }

    private static String scalar(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
