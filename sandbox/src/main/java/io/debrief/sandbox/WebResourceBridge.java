package io.debrief.sandbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Jira's web-resource transformers do for the plugin's JS, done the sandbox's way under {@code /sandbox-web/}:
 * <ul>
 *   <li>{@code page.js}, before AUI: {@code AJS.contextPath()}, as Jira's page defines it before AUI reads it;</li>
 *   <li>{@code i18n.js} (Jira's jsI18n): every i18n text in {@code AJS.I18n.keys}, so
 *       {@code AJS.I18n.getText('debrief.x', ...)} answers as in Jira;</li>
 *   <li>{@code soy.js} (Jira's soyTransformer): a function for every template of the plugin's {@code soy/*.soy}
 *       namespaces ({@code Debrief.Common.message(data)}), rendering on the server with the same Google Soy and
 *       templates as the pages, through a synchronous {@code POST /sandbox-web/soy/<template>} (JSON data in,
 *       HTML out). Same output as Jira's compiled JS, without a JS Soy runtime.</li>
 * </ul>
 */
final class WebResourceBridge extends HttpServlet {

    static final String PAGE_JS = "/sandbox-web/page.js";
    static final String I18N_JS = "/sandbox-web/i18n.js";
    static final String SOY_JS = "/sandbox-web/soy.js";
    private static final Pattern NAMESPACE = Pattern.compile("\\{namespace\\s+([\\w.]+)");
    private static final Pattern TEMPLATE = Pattern.compile("\\{template\\s+\\.(\\w+)([^}]*)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HostServices host;
    private final Set<String> templates;

    WebResourceBridge(HostServices host, ClassLoader loader) {
        this.host = host;
        this.templates = Collections.unmodifiableSet(pluginTemplates(loader));
    }

    /** Public templates of the plugin's Soy files, by full name. */
    static TreeSet<String> pluginTemplates(ClassLoader loader) {
        TreeSet<String> names = new TreeSet<>();
        for (String path : ClasspathScanner.list(loader, "soy/", ".soy")) {
            String source;
            try (InputStream in = loader.getResourceAsStream(path)) {
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + path, e);
            }
            Matcher namespace = NAMESPACE.matcher(source);
            if (!namespace.find()) {
                continue;
            }
            Matcher template = TEMPLATE.matcher(source);
            while (template.find()) {
                if (!template.group(2).contains("private=\"true\"")) {
                    names.add(namespace.group(1) + "." + template.group(1));
                }
            }
        }
        return names;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (path.equals(I18N_JS)) {
            script(
                    response,
                    "(function (AJS) {\n  Object.assign(AJS.I18n.keys, "
                            + JSON.writeValueAsString(new TreeMap<>(host.i18n().all())) + ");\n}(window.AJS));\n");
        } else if (path.equals(PAGE_JS)) {
            // AUI takes AJS.contextPath from the page (Jira's WRM defines it first); the sandbox runs at the root
            script(response, "window.AJS = window.AJS || {};\nwindow.AJS.contextPath = function () { return ''; };\n");
        } else if (path.equals(SOY_JS)) {
            script(response, soyScript());
        } else {
            response.sendError(404);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String prefix = "/sandbox-web/soy/";
        String template = request.getRequestURI().startsWith(prefix)
                ? request.getRequestURI().substring(prefix.length())
                : "";
        if (!templates.contains(template)) {
            response.sendError(404);
            return;
        }
        Map<String, Object> data;
        try {
            data = JSON.readValue(request.getInputStream(), new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (IOException e) {
            response.sendError(400);
            return;
        }
        data = data == null ? Map.of() : withoutNulls(data);
        response.setContentType("text/html;charset=utf-8");
        response.getWriter().write(host.soy().render(template, data));
    }

    /** Soy treats a missing optional parameter and a JSON null alike; Tofu's map conversion does not take nulls. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withoutNulls(Map<String, Object> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (v != null) {
                copy.put(k, clean(v));
            }
        });
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object clean(Object value) {
        if (value instanceof Map<?, ?> map) {
            return withoutNulls((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(v == null ? "" : clean(v)));
            return copy;
        }
        return value;
    }

    private String soyScript() throws IOException {
        StringBuilder js = new StringBuilder("""
                (function (global) {
                  'use strict';
                  // the namespace may already hold the plugin's own functions: add to it, never replace it
                  function ns(path) {
                    return path.split('.').reduce(function (parent, name) {
                      return parent[name] = parent[name] || {};
                    }, global);
                  }
                  function render(template, data) {
                    var xhr = new XMLHttpRequest();
                    xhr.open('POST', '/sandbox-web/soy/' + template, false);
                    xhr.setRequestHeader('Content-Type', 'application/json');
                    xhr.send(JSON.stringify(data || {}));
                    if (xhr.status !== 200) {
                      throw new Error('Soy template ' + template + ' failed: ' + xhr.status);
                    }
                    return xhr.responseText;
                  }
                  function template(name) {
                    var dot = name.lastIndexOf('.');
                    ns(name.substring(0, dot))[name.substring(dot + 1)] = function (data) {
                      return render(name, data);
                    };
                  }
                """);
        js.append("  ").append(JSON.writeValueAsString(templates)).append(".forEach(template);\n}(window));\n");
        return js.toString();
    }

    private static void script(HttpServletResponse response, String body) throws IOException {
        response.setContentType("text/javascript;charset=utf-8");
        response.setHeader("Cache-Control", "no-cache");
        response.getWriter().write(body);
    }
}
