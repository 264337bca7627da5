package io.debrief.sandbox;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Wraps page bodies in the sandbox chrome: AUI header, login switcher, clock controls, and the plugin's
 * web-resources the page's contexts and requirements call for ({@link WebResources}, from atlassian-plugin.xml).
 */
final class Layout {

    static final String FLASH = "sandbox.flash";
    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /** Every page Jira decorates is in this context (the general decorator). */
    static final String GENERAL = "atl.general";

    private final HostServices host;
    private final WebResources webResources;
    private final List<String> everyPage;
    private final List<Nav> nav;

    /** {@code everyPage}: files modules add to every page (SandboxModule.webResources), after the plugin's. */
    Layout(HostServices host, WebResources webResources, List<String> everyPage, List<Nav> nav) {
        this.host = host;
        this.webResources = webResources;
        this.everyPage = List.copyOf(everyPage);
        this.nav = List.copyOf(nav);
    }

    /** A link in the sandbox header to a module's page. */
    record Nav(String path, String titleKey) {}

    static String dayTime(Instant instant) {
        return instant == null ? "" : DAY_TIME.format(instant);
    }

    void write(HttpServletRequest request, HttpServletResponse response, int status, String title, String bodyHtml)
            throws IOException {
        write(request, response, status, title, bodyHtml, List.of(GENERAL));
    }

    /** The files a page of these contexts loads, with what was required while it was built (drained). */
    List<String> files(List<String> contexts) {
        List<String> files = new ArrayList<>(webResources.files(contexts, PageRequirements.drain()));
        everyPage.stream().filter(f -> !files.contains(f)).forEach(files::add);
        return files;
    }

    void write(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String title,
            String bodyHtml,
            List<String> contexts)
            throws IOException {
        List<String> files = files(contexts);
        Person viewer = host.currentViewer();
        String current = viewer.user().map(u -> u.key()).orElse("");
        List<Map<String, Object>> users = new ArrayList<>();
        for (var u : host.users().all()) {
            users.add(Map.of(
                    "name",
                    u.key(),
                    "display",
                    u.displayName(),
                    "selected",
                    u.key().equals(current)));
        }
        Map<String, Object> data = new HashMap<>();
        data.put("title", title);
        data.put("userName", current);
        data.put("userDisplay", viewer.user().map(u -> u.displayName()).orElse(""));
        data.put("users", users);
        data.put("clockNow", SHOWN.format(host.clock().instant()));
        data.put("clockIso", host.clock().instant().toString());
        data.put("clockOffsetDays", host.sandboxClock().offset().toDays());
        data.put("flash", takeFlash(request));
        data.put(
                "css",
                files.stream().filter(r -> r.endsWith(".css")).map(r -> "/" + r).toList());
        // Jira's jsI18n and soyTransformer, as two scripts before the plugin's own (WebResourceBridge)
        List<String> js = new ArrayList<>(List.of(WebResourceBridge.I18N_JS, WebResourceBridge.SOY_JS));
        files.stream().filter(r -> r.endsWith(".js")).map(r -> "/" + r).forEach(js::add);
        // without the trusted kind Soy replaces every src with about:invalid and no plugin script would load
        data.put("js", js.stream().map(SoyRenderer::trustedScriptUri).toList());
        List<Map<String, Object>> links = new ArrayList<>();
        for (Nav link : nav) {
            links.add(Map.of(
                    "title",
                    host.i18n().getText(link.titleKey()),
                    "path",
                    link.path(),
                    "active",
                    link.path().equals(request.getRequestURI())));
        }
        data.put("nav", links);
        data.put("content", SoyRenderer.trustedHtml(bodyHtml));
        response.setStatus(status);
        response.setContentType("text/html;charset=utf-8");
        response.getWriter().write(host.soy().render("sandbox.layout.page", data));
    }

    private static String takeFlash(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(FLASH) == null) {
            return "";
        }
        String flash = (String) session.getAttribute(FLASH);
        session.removeAttribute(FLASH);
        return flash;
    }
}
