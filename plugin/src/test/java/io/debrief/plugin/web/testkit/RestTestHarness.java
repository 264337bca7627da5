package io.debrief.plugin.web.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.debrief.core.access.Viewer;
import io.debrief.plugin.rest.RestProviders;
import io.debrief.plugin.web.ViewerProvider;
import io.debrief.plugin.web.i18n.BundleMessages;
import io.debrief.plugin.web.i18n.Messages;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * Runs REST resources in memory on real Jersey and Jackson with Debrief's providers (error mapping, body limit), a
 * settable viewer and the plugin's i18n bundles: no network, no container.
 *
 * <pre>{@code
 * RestTestHarness rest = RestTestHarness.with(IncidentTimelineResource.class).bindInPorts(world.app()).start();
 * RestTestHarness.Reply reply = rest.as(editor("alice"))
 *         .post("/incidents/INC-1/timeline", "{\"kind\":\"detected\",\"at\":\"2026-11-24T10:15:30Z\"}");
 * assertThat(reply.status()).isEqualTo(201);
 * assertThat(reply.json().path("at").asText()).isEqualTo("2026-11-24T10:15:30Z");
 * }</pre>
 *
 * <p>Paths are relative to the REST root (in Jira {@code /rest/debrief/1.0}).
 */
public final class RestTestHarness {

    private static final URI BASE = URI.create("http://localhost/rest/debrief/1.0/");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApplicationHandler handler;
    private final SettableViewerProvider viewers;

    private RestTestHarness(ApplicationHandler handler, SettableViewerProvider viewers) {
        this.handler = handler;
        this.viewers = viewers;
    }

    /** Starts configuring a harness serving the given resource classes. */
    public static Builder with(Class<?>... resources) {
        return new Builder(List.of(resources));
    }

    /** Makes the following requests on behalf of {@code viewer} (anonymous until called). */
    public RestTestHarness as(Viewer viewer) {
        viewers.set(viewer);
        return this;
    }

    public Reply get(String path) {
        return send("GET", path, null, Map.of());
    }

    /** A DELETE as the plugin's scripts send it: no body, with Jira's XSRF header. */
    public Reply delete(String path) {
        return send("DELETE", path, null, Map.of("X-Atlassian-Token", "no-check"));
    }

    public Reply post(String path, String json) {
        return send("POST", path, bytes(json), Map.of());
    }

    public Reply put(String path, String json) {
        return send("PUT", path, bytes(json), Map.of());
    }

    /**
     * Any request; {@code body} null for none. A body is sent as JSON with its Content-Length unless
     * {@code headers} says otherwise (put {@code Content-Length: -1} to stream it without a length).
     */
    public Reply send(String method, String path, byte[] body, Map<String, String> headers) {
        URI uri = BASE.resolve(path.startsWith("/") ? path.substring(1) : path);
        ContainerRequest request = new ContainerRequest(
                BASE,
                uri,
                method,
                new ViewerSecurityContext(viewers),
                new MapPropertiesDelegate(),
                handler.getConfiguration());
        request.header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
        Map<String, String> all = new LinkedHashMap<>();
        if (body != null) {
            all.put(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
            all.put(HttpHeaders.CONTENT_LENGTH, Integer.toString(body.length));
            request.setEntityStream(new ByteArrayInputStream(body));
        }
        all.putAll(headers);
        all.forEach((name, value) -> {
            if (!(HttpHeaders.CONTENT_LENGTH.equals(name) && "-1".equals(value))) {
                request.header(name, value);
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ContainerResponse response = handler.apply(request, out).get();
            Map<String, String> replyHeaders = new LinkedHashMap<>();
            response.getStringHeaders().forEach((name, values) -> replyHeaders.put(name, String.join(",", values)));
            return new Reply(response.getStatus(), out.toString(StandardCharsets.UTF_8), replyHeaders);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Jersey failed outside the exception mappers", e.getCause());
        }
    }

    /** The JSON text of a value, for building request bodies. */
    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** Status, body and headers (names as the resource wrote them) of one response. */
    public record Reply(int status, String body, Map<String, String> headers) {

        public Reply {
            headers = Map.copyOf(headers);
        }

        public Reply(int status, String body) {
            this(status, body, Map.of());
        }

        /** A header's value, or null; the name matched in any case. */
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(header -> header.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
        }

        /** The body parsed as JSON. */
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        /** {@code message} of an error body. */
        public String message() {
            return json().path("message").asText();
        }

        /** {@code field -> message} of the {@code errors} of a 400 body, in order. */
        public Map<String, String> fieldErrors() {
            Map<String, String> errors = new LinkedHashMap<>();
            json().path("errors")
                    .forEach(e -> errors.put(
                            e.path("field").asText(), e.path("message").asText()));
            return errors;
        }
    }

    /** Configures the resources, the shared objects they are injected with, and the locale. */
    public static final class Builder {

        private final List<Class<?>> resources;
        private final List<Binding<?>> bindings = new ArrayList<>();
        private Locale locale = Locale.ENGLISH;

        private Builder(List<Class<?>> resources) {
            this.resources = resources;
        }

        /** Makes {@code instance} injectable as {@code type} into resources (use cases, clocks, fakes). */
        public <T> Builder bind(Class<T> type, T instance) {
            bindings.add(new Binding<>(type, instance));
            return this;
        }

        /**
         * Makes {@code instance} injectable as each of core's in-ports it implements (the composition root
         * implements them all, so resources asking for {@code RecordingTimeline} or {@code TrackingActionItems} get
         * it), as the plugin's container binds them.
         */
        public Builder bindInPorts(Object instance) {
            inPortsOf(instance.getClass()).forEach(port -> bindings.add(binding(port, instance)));
            return this;
        }

        private static <T> Binding<T> binding(Class<T> port, Object instance) {
            return new Binding<>(port, port.cast(instance));
        }

        private static Set<Class<?>> inPortsOf(Class<?> type) {
            Set<Class<?>> ports = new LinkedHashSet<>();
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (Class<?> port : c.getInterfaces()) {
                    if (port.getName().startsWith("io.debrief.core.")) {
                        ports.add(port);
                    }
                }
            }
            return ports;
        }

        /** The reader's locale for error texts (English by default). */
        public Builder locale(Locale value) {
            this.locale = value;
            return this;
        }

        public RestTestHarness start() {
            SettableViewerProvider viewers = new SettableViewerProvider();
            Messages messages = new BundleMessages(
                    io.debrief.plugin.web.i18n.I18nBundles.baseNames(RestTestHarness.class.getClassLoader()),
                    () -> locale,
                    RestTestHarness.class.getClassLoader());
            ResourceConfig config = new ResourceConfig();
            resources.forEach(config::register);
            RestProviders.classes().forEach(config::register);
            // Jackson's own mappers would answer malformed JSON with its raw message; ours answer instead.
            config.register(JacksonFeature.withoutExceptionMappers());
            config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
            config.register(new AbstractBinder() {
                @Override
                protected void configure() {
                    bind(messages).to(Messages.class);
                    bind(viewers).to(ViewerProvider.class);
                    bindings.forEach(binding -> binding.bindTo(this));
                }
            });
            return new RestTestHarness(new ApplicationHandler(config), viewers);
        }
    }

    private record Binding<T>(Class<T> type, T instance) {
        void bindTo(AbstractBinder binder) {
            binder.bind(instance).to(type);
        }
    }

    /** Lets resources that read JAX-RS's SecurityContext see the same person as the ViewerProvider. */
    private record ViewerSecurityContext(ViewerProvider viewers) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return viewers.current().user().<Principal>map(user -> user::key).orElse(null);
        }

        @Override
        public boolean isUserInRole(String role) {
            return false;
        }

        @Override
        public boolean isSecure() {
            return false;
        }

        @Override
        public String getAuthenticationScheme() {
            return null;
        }
    }
}
