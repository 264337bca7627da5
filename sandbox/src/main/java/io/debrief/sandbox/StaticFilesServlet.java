package io.debrief.sandbox;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** Serves files from one classpath folder: the plugin's {@code web/}, AUI, the sandbox's own CSS. */
final class StaticFilesServlet extends HttpServlet {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("css", "text/css;charset=utf-8"),
            Map.entry("js", "text/javascript;charset=utf-8"),
            Map.entry("mjs", "text/javascript;charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("eot", "application/vnd.ms-fontobject"),
            Map.entry("html", "text/html;charset=utf-8"));

    private final String folder;

    StaticFilesServlet(String folder) {
        this.folder = folder;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.contains("..") || path.endsWith("/")) {
            response.sendError(404);
            return;
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(folder + path.substring(1))) {
            if (in == null) {
                response.sendError(404);
                return;
            }
            String extension = path.substring(path.lastIndexOf('.') + 1);
            response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
            response.setHeader("Cache-Control", "no-cache");
            in.transferTo(response.getOutputStream());
        }
    }
}
