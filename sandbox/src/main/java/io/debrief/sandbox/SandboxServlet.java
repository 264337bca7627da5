package io.debrief.sandbox;

import jakarta.servlet.http.HttpServlet;
import java.util.Objects;

/**
 * A plugin servlet a module mounts unchanged (in Jira: a {@code <servlet>} module under {@code /plugins/servlet/}).
 * A page it writes with {@code <meta name="decorator">} is decorated with the sandbox chrome, as Jira's decorator
 * does; anything else passes through. Linked from the sandbox header.
 *
 * @param path     the servlet's full path, e.g. {@code /plugins/servlet/debrief/library}
 * @param titleKey i18n key of the header link
 * @param servlet  the plugin's servlet
 */
public record SandboxServlet(String path, String titleKey, HttpServlet servlet) {

    public SandboxServlet {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(servlet, "servlet");
    }
}
