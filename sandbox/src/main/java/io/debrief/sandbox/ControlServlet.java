package io.debrief.sandbox;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox-only controls under {@code /sandbox/}: the login switcher, the clock, "run scheduled jobs now" and adding
 * a comment to an issue (Jira's own comment form, which the sandbox's issue page stands in for).
 * Browsers (forms, {@code Accept: text/html}) are sent back where they came from; scripts get JSON.
 */
final class ControlServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(ControlServlet.class);
    static final int MAX_COMMENT = 32_000;

    private final HostServices host;
    private final List<SandboxJob> jobs;

    ControlServlet(HostServices host, List<SandboxJob> jobs) {
        this.host = host;
        this.jobs = List.copyOf(jobs);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!sameOrigin(request)) {
            // a form on another site must not drive the sandbox (browsers send Origin with every form post)
            json(response, 403, "{\"message\":\"cross-site form post refused\"}");
            return;
        }
        switch (String.valueOf(request.getPathInfo())) {
            case "/login" -> login(request, response);
            case "/clock/advance" -> advance(request, response);
            case "/jobs/run" -> runJobs(request, response);
            case "/issues/comment" -> comment(request, response);
            default -> response.sendError(404);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/clock".equals(request.getPathInfo())) {
            json(
                    response,
                    200,
                    "{\"now\":\"" + host.clock().instant() + "\",\"offsetDays\":"
                            + host.sandboxClock().offset().toDays() + "}");
        } else {
            response.sendError(404);
        }
    }

    private void login(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String user = request.getParameter("user");
        if (user == null || user.isBlank()) {
            request.getSession().removeAttribute(AuthFilter.SESSION_USER);
        } else if (host.users().find(user).isPresent()) {
            request.getSession(true);
            request.changeSessionId();
            request.getSession().setAttribute(AuthFilter.SESSION_USER, user);
        } else {
            json(response, 400, "{\"message\":\"no such sandbox user\"}");
            return;
        }
        back(request, response, "{\"user\":\"" + (user == null ? "" : user) + "\"}");
    }

    private void advance(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int days;
        Instant now;
        try {
            days = Integer.parseInt(String.valueOf(request.getParameter("days")));
            now = host.sandboxClock().advance(days);
        } catch (IllegalArgumentException e) {
            json(response, 400, "{\"message\":\"days must be a whole number from 1 to 366\"}");
            return;
        }
        flash(request, host.i18n().getText("sandbox.flash.clock", days));
        back(request, response, "{\"now\":\"" + now + "\"}");
    }

    private void runJobs(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> failed = new ArrayList<>();
        for (SandboxJob job : jobs) {
            try {
                job.run().run();
            } catch (RuntimeException e) {
                LOG.warn("scheduled job {} failed", job.name(), e);
                failed.add(job.name());
            }
        }
        flash(
                request,
                failed.isEmpty()
                        ? host.i18n().getText("sandbox.flash.jobs", jobs.size())
                        : host.i18n().getText("sandbox.flash.jobs.failed", jobs.size(), String.join(", ", failed)));
        back(request, response, "{\"ran\":" + jobs.size() + ",\"failed\":" + failed.size() + "}");
    }

    /** A comment by the person logged in, on an issue they may browse; 400 for an empty or over-long one. */
    private void comment(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Person viewer = host.currentViewer();
        Optional<SandboxIssue> issue = host.issues()
                .byKey(String.valueOf(request.getParameter("key")))
                .filter(found -> viewer.canBrowse(found.ref()));
        if (viewer.user().isEmpty()) {
            json(response, 401, "{\"message\":\"log in to comment\"}");
            return;
        }
        if (issue.isEmpty()) {
            json(response, 404, "{\"message\":\"no such issue\"}");
            return;
        }
        String body = request.getParameter("body") == null
                ? ""
                : request.getParameter("body").strip();
        if (body.isEmpty() || body.length() > MAX_COMMENT) {
            json(response, 400, "{\"message\":\"a comment needs 1 to " + MAX_COMMENT + " characters\"}");
            return;
        }
        host.issues()
                .comment(
                        issue.get().id(),
                        viewer.user().get().key(),
                        body,
                        host.clock().instant());
        flash(request, host.i18n().getText("sandbox.flash.comment", issue.get().key()));
        back(request, response, "{\"key\":\"" + issue.get().key() + "\"}");
    }

    /** No Origin (a script) or this very host: as Jira's XSRF rule, a browser on another origin is refused. */
    static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String host = request.getHeader("Host");
        return host != null && origin.equalsIgnoreCase(request.getScheme() + "://" + host);
    }

    private static void flash(HttpServletRequest request, String text) {
        if (wantsHtml(request)) {
            request.getSession().setAttribute(Layout.FLASH, text);
        }
    }

    private static void back(HttpServletRequest request, HttpServletResponse response, String json) throws IOException {
        if (wantsHtml(request)) {
            response.setStatus(303);
            response.setHeader("Location", localPath(request.getHeader("Referer")));
        } else {
            json(response, 200, json);
        }
    }

    /** Back to the page the form was on, never to another site. */
    private static String localPath(String referer) {
        if (referer == null) {
            return "/";
        }
        try {
            java.net.URI uri = java.net.URI.create(referer);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    private static boolean wantsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }

    private static void json(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        response.getWriter().write(body);
    }
}
