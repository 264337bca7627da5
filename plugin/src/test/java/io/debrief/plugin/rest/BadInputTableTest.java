package io.debrief.plugin.rest;

import static io.debrief.plugin.web.testkit.Viewers.admin;
import static io.debrief.plugin.web.testkit.Viewers.anonymous;
import static io.debrief.plugin.web.testkit.Viewers.browseOnly;
import static io.debrief.plugin.web.testkit.Viewers.editor;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.access.Viewer;
import io.debrief.core.debrief.AutoResolved;
import io.debrief.core.debrief.DebriefEdit;
import io.debrief.core.debrief.Impact;
import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.NewTimelineEntry;
import io.debrief.plugin.web.testkit.FollowupWorld;
import io.debrief.plugin.web.testkit.RestAccessPolicy;
import io.debrief.plugin.web.testkit.RestTestHarness;
import io.debrief.plugin.web.testkit.RestTestHarness.Reply;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rule: no input makes any endpoint answer 500. Every resource method of the plugin, found by reflection (a new
 * endpoint is covered without being listed), is called with every bad value in the table in every path parameter,
 * query parameter and body field, and as a whole body, by an editor, an administrator, a reader and nobody.
 */
class BadInputTableTest {

    /** Out-of-range numbers and instants, wrong types, invisible and hostile characters, huge strings. */
    private static final List<Object> BAD_VALUES = List.of(
            "",
            " ",
            "-1",
            "1.5",
            "1e309",
            "9223372036854775808",
            "-9223372036854775809",
            "2147483648",
            "-1000000000-01-01T00:00:00Z",
            "+999999999-12-31T23:59:59Z",
            "0001-01-01T00:00:00Z",
            "2026-02-30",
            "+999999999-12-31",
            "abc",
            "\u202Egnp.exe",
            "\u200B\u2066x\u2069",
            "\u0000\u001B",
            "<script>alert(1)</script>",
            "' OR 1=1 --",
            "x".repeat(70_000),
            1.5,
            -1,
            Long.MAX_VALUE,
            1e300,
            true,
            List.of(),
            Map.of("a", 1));

    /** Bodies that are not an object of the expected shape at all. */
    private static final List<String> BAD_BODIES =
            List.of("", "null", "[]", "1", "\"x\"", "{", "{\"a\":", "{\"version\":{\"$gt\":1}}");

    private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z]+)(:[^}]*)?}");

    private final FollowupWorld world = new FollowupWorld();
    private final RestTestHarness rest;

    BadInputTableTest() {
        List<Class<?>> resources = RestAccessPolicy.resourcesIn("io.debrief.plugin", false);
        rest = world.rest(resources.toArray(Class[]::new));
        // a world with something in it: an entry, a written debrief
        world.app
                .timeline()
                .add(
                        "INC-12",
                        new NewTimelineEntry(EntryKind.STARTED, Instant.parse("2026-03-09T07:00:00Z"), "merged", null),
                        editor("alice"));
        world.app
                .debriefs()
                .update("INC-12", new DebriefEdit(Impact.empty(), "analysis", AutoResolved.NO), 0, editor("alice"));
    }

    @Test
    void no_endpoint_answers_500_to_any_bad_value_anywhere() {
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Class<?> resource : RestAccessPolicy.resourcesIn("io.debrief.plugin", false)) {
            for (Method method : resource.getMethods()) {
                String verb = httpMethod(method);
                if (verb == null) {
                    continue;
                }
                String template = path(resource, method);
                for (Viewer viewer : List.of(editor("alice"), admin(), browseOnly("bob"), anonymous())) {
                    rest.as(viewer);
                    for (String path : paths(template)) {
                        for (String query : queries(method)) {
                            for (String body : bodies(method)) {
                                requests++;
                                Reply reply = send(verb, path + query, body);
                                if (reply.status() >= 500) {
                                    failures.add(verb + " " + shorten(path + query) + " " + shorten(body) + " -> "
                                            + reply.status() + " " + shorten(reply.body()));
                                }
                            }
                        }
                    }
                }
            }
        }
        System.out.println("BadInputTableTest: " + requests + " requests, " + failures.size() + " answered 5xx");
        assertThat(requests).isGreaterThan(1_000);
        assertThat(failures).isEmpty();
    }

    private Reply send(String verb, String path, String body) {
        Map<String, String> headers = Map.of("X-Atlassian-Token", "no-check");
        byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        return rest.send(verb, path, bytes, headers);
    }

    /** The template with one plausible value in every parameter, then each bad value in each parameter in turn. */
    private static List<String> paths(String template) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PARAM.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        List<String> paths = new ArrayList<>();
        paths.add(fill(template, Map.of()));
        for (String name : names) {
            for (Object bad : BAD_VALUES) {
                if (bad instanceof String text && text.length() < 1_000) {
                    paths.add(fill(template, Map.of(name, text)));
                }
            }
        }
        return paths;
    }

    private static String fill(String template, Map<String, String> overrides) {
        Matcher matcher = PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = overrides.getOrDefault(name, name.toLowerCase().contains("key") ? "INC-12" : "1");
            matcher.appendReplacement(out, Matcher.quoteReplacement(encode(value)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static List<String> queries(Method method) {
        List<String> queries = new ArrayList<>();
        queries.add("");
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                for (Object bad : BAD_VALUES) {
                    if (bad instanceof String text && text.length() < 1_000) {
                        queries.add("?" + query.value() + "=" + encode(text));
                    }
                }
            }
        }
        return queries;
    }

    /** No body for reads; for writes every whole bad body, then each bad value in each field of the body record. */
    private static List<String> bodies(Method method) {
        List<String> bodies = new ArrayList<>();
        if (httpMethod(method).equals("GET") || httpMethod(method).equals("DELETE")) {
            bodies.add(null);
            return bodies;
        }
        bodies.add("{}");
        bodies.addAll(BAD_BODIES);
        for (Parameter parameter : method.getParameters()) {
            if (parameter.getType().isRecord() && parameter.getAnnotations().length == 0) {
                for (Object body : badObjects(parameter.getType(), parameter.getParameterizedType(), 0)) {
                    bodies.add(RestTestHarness.json(body));
                }
            }
        }
        return bodies;
    }

    /**
     * Objects of a record's shape with one bad value in one field each, nested records and lists of records
     * included (a list holds one such object).
     */
    private static List<Object> badObjects(Class<?> record, Type generic, int depth) {
        List<Object> objects = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            for (Object bad : BAD_VALUES) {
                objects.add(Map.of(component.getName(), bad));
            }
            Class<?> type = component.getType();
            Type inner = component.getGenericType();
            if (List.class.isAssignableFrom(type)
                    && inner instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element
                    && element.isRecord()
                    && depth < 2) {
                for (Object nested : badObjects(element, element, depth + 1)) {
                    objects.add(Map.of(component.getName(), List.of(nested)));
                }
            } else if (type.isRecord() && depth < 2) {
                for (Object nested : badObjects(type, type, depth + 1)) {
                    objects.add(Map.of(component.getName(), nested));
                }
            }
        }
        return objects;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (designator != null) {
                return designator.value();
            }
        }
        return null;
    }

    private static String path(Class<?> resource, Method method) {
        String base = resource.getAnnotation(Path.class).value();
        Path sub = method.getAnnotation(Path.class);
        String joined = sub == null ? base : base + "/" + sub.value();
        return "/" + joined.replaceAll("/+", "/").replaceAll("^/|/$", "");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String shorten(String text) {
        if (text == null) {
            return "(no body)";
        }
        return text.length() > 160 ? text.substring(0, 160) + "..." : text;
    }
}
