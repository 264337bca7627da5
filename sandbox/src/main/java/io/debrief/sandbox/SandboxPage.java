package io.debrief.sandbox;

import java.util.Map;
import java.util.Objects;

/**
 * A page a module adds to the sandbox (in Jira: a servlet or web-item page such as the plugin's admin page), rendered
 * inside the sandbox chrome and linked from the header.
 *
 * @param path     the page's path, starting with "/" (e.g. {@code /debrief/review})
 * @param titleKey i18n key of the page title and header link
 * @param context  the web-resource context of the Jira page it stands for (e.g. {@code atl.dashboard})
 * @param renderer builds the page body for the request's query parameters and the person looking
 */
public record SandboxPage(String path, String titleKey, String context, Renderer renderer) {

    /** A page in Jira's general context ({@code atl.general}). */
    public SandboxPage(String path, String titleKey, Renderer renderer) {
        this(path, titleKey, Layout.GENERAL, renderer);
    }

    public SandboxPage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(renderer, "renderer");
        if (!path.startsWith("/") || path.equals("/") || path.startsWith("/browse/")) {
            throw new IllegalArgumentException("a module page needs its own path: " + path);
        }
    }

    /** Renders a page body as trusted HTML; {@link Refused} answers with a status and a message instead. */
    @FunctionalInterface
    public interface Renderer {
        String render(Map<String, String> params, Person viewer);
    }

    /** Thrown by a renderer to answer 401/403/404 with a message, as Jira does for a page the viewer may not see. */
    public static final class Refused extends RuntimeException {
        private final int status;

        public Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
