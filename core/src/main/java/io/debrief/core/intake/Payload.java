package io.debrief.core.intake;

import io.debrief.core.common.Validation;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One place in a {@link JsonTree} as a format parser reads it: typed reads that record every problem under the
 * field's path ({@code alerts[0].startsAt}) in a shared {@link Validation}, and ignore members nobody asks for.
 */
public final class Payload {

    /** A member has the wrong JSON type. Argument {0}: the expected type (object, array, text, number, boolean). */
    public static final String WRONG_TYPE = "debrief.error.intake.field.type";
    /** A required member is absent. */
    public static final String REQUIRED = Validation.REQUIRED;
    /** Text longer than allowed. Argument {0}: the maximum length. */
    public static final String TOO_LONG = Validation.TOO_LONG;
    /** Not a timestamp. Argument {0}: an example. */
    public static final String INSTANT_INVALID = "debrief.error.field.instant.invalid";
    /** Not one of the allowed values. Argument {0}: the allowed values. */
    public static final String VALUE_UNKNOWN = "debrief.error.field.value.unknown";
    /** Too many entries. Argument {0}: the most allowed. */
    public static final String TOO_MANY = "debrief.error.intake.field.too.many";

    /** Go's zero time, which Alertmanager and Grafana send for "not set" ({@code endsAt} of a firing alert). */
    private static final Instant GO_ZERO_TIME = Instant.parse("0001-01-01T00:00:00Z");

    private static final String INSTANT_EXAMPLE = "2026-11-24T10:15:30Z";

    private final Map<String, Object> members;
    private final String path;
    private final Validation validation;

    private Payload(Map<String, Object> members, String path, Validation validation) {
        this.members = members;
        this.path = path;
        this.validation = validation;
    }

    /** The root object of a payload; a root that is not an object is recorded on {@code body}. */
    @SuppressWarnings("unchecked")
    public static Payload root(Object tree, Validation validation) {
        if (tree instanceof Map<?, ?> map) {
            return new Payload((Map<String, Object>) map, "", validation);
        }
        validation.reject("body", WRONG_TYPE, "object");
        return new Payload(Map.of(), "", validation);
    }

    public Validation validation() {
        return validation;
    }

    /** The path of a member of this object. */
    public String pathOf(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    public boolean has(String name) {
        Object value = members.get(name);
        return value != null && value != JsonTree.NULL;
    }

    /** A required nested object; an empty one (with the problem recorded) when absent or not an object. */
    public Payload object(String name) {
        return optionalObject(name).orElseGet(() -> {
            if (!has(name)) {
                validation.reject(pathOf(name), REQUIRED);
            }
            return new Payload(Map.of(), pathOf(name), validation);
        });
    }

    @SuppressWarnings("unchecked")
    public Optional<Payload> optionalObject(String name) {
        Object value = members.get(name);
        if (value == null || value == JsonTree.NULL) {
            return Optional.empty();
        }
        if (value instanceof Map<?, ?> map) {
            return Optional.of(new Payload((Map<String, Object>) map, pathOf(name), validation));
        }
        validation.reject(pathOf(name), WRONG_TYPE, "object");
        return Optional.empty();
    }

    /** The objects of an array member, at most {@code max}; empty when absent (recorded if required). */
    @SuppressWarnings("unchecked")
    public List<Payload> objects(String name, int max, boolean required) {
        Object value = members.get(name);
        if (value == null || value == JsonTree.NULL) {
            if (required) {
                validation.reject(pathOf(name), REQUIRED);
            }
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            validation.reject(pathOf(name), WRONG_TYPE, "array");
            return List.of();
        }
        if (list.size() > max) {
            validation.reject(pathOf(name), TOO_MANY, max);
            return List.of();
        }
        List<Payload> objects = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String where = pathOf(name) + "[" + i + "]";
            if (list.get(i) instanceof Map<?, ?> map) {
                objects.add(new Payload((Map<String, Object>) map, where, validation));
            } else {
                validation.reject(where, WRONG_TYPE, "object");
            }
        }
        return objects;
    }

    /** Required text of at most {@code maxLength}; null when refused (recorded). */
    public String text(String name, int maxLength) {
        Optional<String> text = optionalText(name, maxLength);
        if (text.isEmpty() && !has(name)) {
            validation.reject(pathOf(name), REQUIRED);
        }
        return text.orElse(null);
    }

    /** Optional text (a JSON string; numbers are read as their text, as some senders quote ids and some do not). */
    public Optional<String> optionalText(String name, int maxLength) {
        Object value = members.get(name);
        if (value == null || value == JsonTree.NULL) {
            return Optional.empty();
        }
        String text;
        if (value instanceof String string) {
            text = string;
        } else if (value instanceof BigDecimal number) {
            text = number.toPlainString();
        } else {
            validation.reject(pathOf(name), WRONG_TYPE, "text");
            return Optional.empty();
        }
        if (text.length() > maxLength) {
            validation.reject(pathOf(name), TOO_LONG, maxLength);
            return Optional.empty();
        }
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /** An optional JSON boolean; absent or null is false, anything else but true/false is refused (recorded). */
    public boolean optionalFlag(String name) {
        Object value = members.get(name);
        if (value == null || value == JsonTree.NULL) {
            return false;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        validation.reject(pathOf(name), WRONG_TYPE, "true/false");
        return false;
    }

    /** Required text that must be one of {@code allowed} (compared as written); null when refused. */
    public String oneOf(String name, List<String> allowed) {
        String text = text(name, 100);
        if (text != null && !allowed.contains(text)) {
            validation.reject(pathOf(name), VALUE_UNKNOWN, String.join(", ", allowed));
            return null;
        }
        return text;
    }

    /** A required RFC 3339 timestamp; null when refused (recorded). */
    public Instant instant(String name) {
        Optional<Instant> instant = optionalInstant(name);
        if (instant.isEmpty() && !has(name)) {
            validation.reject(pathOf(name), REQUIRED);
        }
        return instant.orElse(null);
    }

    /** An optional RFC 3339 timestamp; Go's zero time counts as absent. */
    public Optional<Instant> optionalInstant(String name) {
        return optionalText(name, 64).flatMap(text -> {
            Instant parsed = parseInstant(text);
            if (parsed == null) {
                validation.reject(pathOf(name), INSTANT_INVALID, INSTANT_EXAMPLE);
                return Optional.empty();
            }
            return parsed.equals(GO_ZERO_TIME) ? Optional.empty() : Optional.of(parsed);
        });
    }

    /** A required number of milliseconds since the epoch; null when refused (recorded). */
    public Instant epochMillis(String name) {
        Object value = members.get(name);
        if (value == null || value == JsonTree.NULL) {
            validation.reject(pathOf(name), REQUIRED);
            return null;
        }
        if (value instanceof BigDecimal number) {
            try {
                return Instant.ofEpochMilli(number.longValueExact());
            } catch (ArithmeticException | DateTimeException notWhole) {
                // refused below
            }
        }
        validation.reject(pathOf(name), WRONG_TYPE, "number");
        return null;
    }

    /** A flat object of text values (labels, annotations), at most {@code max} entries of 255 characters. */
    public Map<String, String> textMap(String name, int max) {
        Map<String, String> out = new LinkedHashMap<>();
        Optional<Payload> object = optionalObject(name);
        if (object.isEmpty()) {
            return out;
        }
        Map<String, Object> entries = object.get().members;
        if (entries.size() > max) {
            validation.reject(pathOf(name), TOO_MANY, max);
            return out;
        }
        for (String key : entries.keySet()) {
            if (key.length() > 255) {
                validation.reject(pathOf(name), TOO_LONG, 255);
                continue;
            }
            object.get().optionalText(key, 1024).ifPresent(value -> out.put(key, value));
        }
        return out;
    }

    /** The text elements of an array member (tags), at most {@code max}; others are ignored. */
    public List<String> texts(String name, int max) {
        Object value = members.get(name);
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        if (list.size() > max) {
            validation.reject(pathOf(name), TOO_MANY, max);
            return List.of();
        }
        return list.stream()
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .filter(text -> text.length() <= 255)
                .toList();
    }

    private static Instant parseInstant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException notOffset) {
            try {
                return Instant.parse(text);
            } catch (DateTimeException notInstant) {
                return null;
            }
        }
    }
}
