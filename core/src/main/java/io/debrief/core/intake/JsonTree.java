package io.debrief.core.intake;

import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, bounded JSON reader (RFC 8259) for payloads from outside: it builds a neutral tree of {@code Map} (object,
 * member order kept), {@code List} (array), {@code String}, {@code BigDecimal}, {@code Boolean} and {@link #NULL},
 * and refuses anything too large, too deep or malformed with a 400 on the field {@code body}.
 *
 * <p>Core reads JSON itself so the intake's rules (sizes, depth, duplicate members) hold wherever core runs.
 */
public final class JsonTree {

    /** The value of a JSON {@code null}, so a present null differs from an absent member. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /** The most characters a payload may have (the REST body limit is the same 64 kB in bytes). */
    public static final int MAX_CHARS = 64 * 1024;
    /** The deepest nesting of objects and arrays accepted. */
    public static final int MAX_DEPTH = 32;
    /** The most members or elements one object or array may have. */
    public static final int MAX_MEMBERS = 1000;

    /** The payload is not JSON. Argument {0}: the character offset where reading stopped. */
    public static final String MALFORMED = "debrief.error.intake.json.malformed";
    /** The payload is over a size bound. Argument {0}: what was too large. */
    public static final String TOO_LARGE = "debrief.error.intake.json.too.large";

    private final String text;
    private int at;

    private JsonTree(String text) {
        this.text = text;
    }

    /** The tree of {@code json}; throws {@link InvalidInputException} on field {@code body} when it is refused. */
    public static Object parse(String json) {
        return parse(json, MAX_CHARS);
    }

    /** As {@link #parse(String)}, for documents bounded by {@code maxChars} instead of {@link #MAX_CHARS}. */
    public static Object parse(String json, int maxChars) {
        if (json == null || json.isBlank()) {
            throw InvalidInputException.of("body", Validation.REQUIRED);
        }
        if (json.length() > maxChars) {
            throw InvalidInputException.of("body", TOO_LARGE, maxChars);
        }
        JsonTree reader = new JsonTree(json);
        Object value = reader.value(0);
        reader.skipSpace();
        if (reader.at != json.length()) {
            throw reader.malformed();
        }
        return value;
    }

    private Object value(int depth) {
        skipSpace();
        if (at >= text.length()) {
            throw malformed();
        }
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> object(depth + 1);
            case '[' -> array(depth + 1);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", NULL);
            default -> number();
        };
    }

    private Map<String, Object> object(int depth) {
        checkDepth(depth);
        at++;
        Map<String, Object> members = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            at++;
            return Collections.unmodifiableMap(members);
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw malformed();
            }
            String name = string();
            skipSpace();
            expect(':');
            Object value = value(depth);
            // a repeated member is ambiguous (readers disagree on which one wins): refuse it
            if (members.put(name, value) != null) {
                throw malformed();
            }
            if (members.size() > MAX_MEMBERS) {
                throw InvalidInputException.of("body", TOO_LARGE, MAX_MEMBERS);
            }
            skipSpace();
            char next = next();
            if (next == '}') {
                return Collections.unmodifiableMap(members);
            }
            if (next != ',') {
                at--;
                throw malformed();
            }
        }
    }

    private List<Object> array(int depth) {
        checkDepth(depth);
        at++;
        List<Object> elements = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            at++;
            return Collections.unmodifiableList(elements);
        }
        while (true) {
            elements.add(value(depth));
            if (elements.size() > MAX_MEMBERS) {
                throw InvalidInputException.of("body", TOO_LARGE, MAX_MEMBERS);
            }
            skipSpace();
            char next = next();
            if (next == ']') {
                return Collections.unmodifiableList(elements);
            }
            if (next != ',') {
                at--;
                throw malformed();
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                at--;
                throw malformed();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = next();
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(unicode());
                default -> {
                    at--;
                    throw malformed();
                }
            }
        }
    }

    private char unicode() {
        if (at + 4 > text.length()) {
            throw malformed();
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(at + i), 16);
            if (digit < 0) {
                at += i;
                throw malformed();
            }
            code = code * 16 + digit;
        }
        at += 4;
        return (char) code;
    }

    private BigDecimal number() {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        if (peek() == '0') {
            at++;
        } else if (isDigit(peek())) {
            digits();
        } else {
            throw malformed();
        }
        if (peek() == '.') {
            at++;
            if (!isDigit(peek())) {
                throw malformed();
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            at++;
            if (peek() == '+' || peek() == '-') {
                at++;
            }
            if (!isDigit(peek())) {
                throw malformed();
            }
            digits();
        }
        if (at - start > 64) {
            throw InvalidInputException.of("body", TOO_LARGE, 64);
        }
        return new BigDecimal(text.substring(start, at));
    }

    private void digits() {
        while (isDigit(peek())) {
            at++;
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw malformed();
        }
        at += word.length();
        return value;
    }

    private void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw InvalidInputException.of("body", TOO_LARGE, MAX_DEPTH);
        }
    }

    private void expect(char wanted) {
        if (next() != wanted) {
            at--;
            throw malformed();
        }
    }

    private char next() {
        if (at >= text.length()) {
            throw malformed();
        }
        return text.charAt(at++);
    }

    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private void skipSpace() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            at++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private InvalidInputException malformed() {
        return InvalidInputException.of("body", MALFORMED, at);
    }
}
