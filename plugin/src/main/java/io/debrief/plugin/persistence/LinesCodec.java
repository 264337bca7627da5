package io.debrief.plugin.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lists of text fields in one text column: fields separated by tabs, records by newlines, both escaped. */
final class LinesCodec {

    private LinesCodec() {}

    static String encode(List<List<String>> records) {
        StringBuilder out = new StringBuilder();
        for (List<String> record : records) {
            if (out.length() > 0) {
                out.append('\n');
            }
            for (int i = 0; i < record.size(); i++) {
                if (i > 0) {
                    out.append('\t');
                }
                out.append(escape(record.get(i)));
            }
        }
        return out.toString();
    }

    static List<List<String>> decode(String text) {
        List<List<String>> records = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return records;
        }
        for (String line : text.split("\n", -1)) {
            List<String> fields = new ArrayList<>();
            for (String field : line.split("\t", -1)) {
                fields.add(unescape(field));
            }
            records.add(fields);
        }
        return records;
    }

    static String encodeMap(Map<String, String> map) {
        return encode(map.entrySet().stream()
                .map(entry -> List.of(entry.getKey(), entry.getValue()))
                .toList());
    }

    static Map<String, String> decodeMap(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        decode(text).forEach(record -> map.put(record.get(0), record.size() > 1 ? record.get(1) : ""));
        return map;
    }

    /** Null is written as a lone NUL marker so it survives the round trip. */
    private static String escape(String value) {
        if (value == null) {
            return "\\0";
        }
        return value.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }

    private static String unescape(String value) {
        if (value.equals("\\0")) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(
                        switch (next) {
                            case 't' -> '\t';
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            default -> next;
                        });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
