package io.debrief.sandbox;

import com.atlassian.annotations.security.UnrestrictedAccess;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who is asking: HTTP Basic (scripts) or the sandbox session set by the login switcher (browsers). Guards REST as
 * Jira does: anonymous requests get 401, and writes with a form-like content type need
 * {@code X-Atlassian-Token: no-check} (Jira's XSRF rule), else 403. A resource marked {@code @UnrestrictedAccess}
 * (the event intake, which checks its own secret) is open to anonymous callers, as Jira's REST layer leaves it.
 */
final class AuthFilter extends HttpFilter {

    static final String SESSION_USER = "sandbox.user";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "DELETE", "PATCH");
    private static final Set<String> FORM_TYPES =
            Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    private final SandboxUsers users;
    private final List<String> unrestricted;

    AuthFilter(SandboxUsers users, List<String> unrestricted) {
        this.users = users;
        this.unrestricted = List.copyOf(unrestricted);
    }

    /** The path prefixes of the class-level {@code @UnrestrictedAccess} resources under {@code base}. */
    static List<String> unrestrictedPaths(String base, List<Class<?>> resources) {
        List<String> paths = new ArrayList<>();
        for (Class<?> resource : resources) {
            Path path = resource.getAnnotation(Path.class);
            if (path != null && resource.isAnnotationPresent(UnrestrictedAccess.class)) {
                String value = path.value().replaceAll("^/+|/+$", "");
                int template = value.indexOf('{');
                paths.add(base + "/" + (template < 0 ? value + "/" : value.substring(0, template)));
            }
        }
        return paths;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String uri = request.getRequestURI();
        if (uri.startsWith("/aui/") || uri.startsWith("/web/") || uri.startsWith("/sandbox-static/")) {
            // static files are public, as Jira's web resources: no user lookup per file
            chain.doFilter(request, response);
            return;
        }
        boolean rest = uri.startsWith("/rest/");
        String authorization = request.getHeader("Authorization");
        Optional<String> user;
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            user = basicUser(authorization.substring(6).trim());
            if (user.isEmpty()) {
                refuse(response, 401, "Wrong user name or password.");
                return;
            }
        } else {
            HttpSession session = request.getSession(false);
            user = Optional.ofNullable(session == null ? null : (String) session.getAttribute(SESSION_USER));
        }
        Person viewer = users.viewer(user);
        // the osgi-testrunner's client half calls with no credentials: its resource must allow anonymous callers;
        // @UnrestrictedAccess resources (the event intake) check their own credentials
        if (rest
                && viewer.isAnonymous()
                && !uri.startsWith(SandboxServer.TEST_RUNNER_REST + "/")
                && unrestricted.stream().noneMatch(uri::startsWith)) {
            refuse(response, 401, "You are not logged in.");
            return;
        }
        if (rest
                && WRITES.contains(request.getMethod())
                && formLike(request.getContentType())
                && !"no-check".equals(request.getHeader("X-Atlassian-Token"))) {
            refuse(response, 403, "XSRF check failed");
            return;
        }
        HostServices.CURRENT_VIEWER.set(viewer);
        RequestCache.open();
        try {
            chain.doFilter(request, response);
        } finally {
            RequestCache.close();
            HostServices.CURRENT_VIEWER.remove();
            PageRequirements.drain();
        }
    }

    private Optional<String> basicUser(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        return users.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1))
                .map(u -> u.key());
    }

    private static boolean formLike(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return FORM_TYPES.contains(mediaType);
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        response.getWriter().write("{\"status-code\":" + status + ",\"message\":\"" + message + "\"}");
    }
}
