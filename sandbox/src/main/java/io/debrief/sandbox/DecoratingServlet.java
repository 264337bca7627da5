package io.debrief.sandbox;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a plugin servlet and decorates the HTML page it writes with the sandbox chrome, as Jira's decorator does for
 * pages with {@code <meta name="decorator">}: the page's title and body go into the sandbox layout. Refusals sent
 * with {@code sendError} become the sandbox's message page with the same status.
 */
final class DecoratingServlet extends HttpServlet {

    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL);
    private static final Pattern DECORATOR = Pattern.compile("<meta name=\"decorator\" content=\"([^\"]+)\"");

    private final HttpServlet servlet;
    private final HostServices host;
    private final Layout layout;

    DecoratingServlet(HttpServlet servlet, HostServices host, Layout layout) {
        this.servlet = servlet;
        this.host = host;
        this.layout = layout;
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        servlet.init(config);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Capture capture = new Capture(response);
        servlet.service(request, capture);
        if (capture.error != null) {
            layout.write(
                    request,
                    response,
                    capture.error,
                    String.valueOf(capture.error),
                    host.soy()
                            .render(
                                    "sandbox.pages.message",
                                    Map.of("title", String.valueOf(capture.error), "text", capture.message)));
            return;
        }
        String page = capture.text.toString();
        if (!page.contains("name=\"decorator\"")) {
            response.getWriter().write(page);
            return;
        }
        Matcher title = TITLE.matcher(page);
        Matcher body = BODY.matcher(page);
        // the decorator names the page's web-resource context, as Jira's atl.admin and atl.general decorators do
        Matcher decorator = DECORATOR.matcher(page);
        String context = decorator.find() ? decorator.group(1) : Layout.GENERAL;
        // the page's own markup, already escaped by its template
        layout.write(
                request,
                response,
                capture.status,
                title.find() ? unescape(title.group(1).strip()) : "",
                host.soy()
                        .render(
                                "sandbox.pages.modulePage",
                                Map.of("body", SoyRenderer.trustedHtml(body.find() ? body.group(1) : page))),
                List.of(Layout.GENERAL, context).stream().distinct().toList());
    }

    /** Layout escapes the title again, so the template's entities are turned back into text first. */
    private static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** Keeps what the servlet writes, its status and any error it sends. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final StringWriter text = new StringWriter();
        private final PrintWriter writer = new PrintWriter(text);
        private int status = 200;
        private Integer error;
        private String message = "";

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
        }

        @Override
        public void sendError(int sc, String msg) {
            error = sc;
            message = msg == null ? "" : msg;
        }

        @Override
        public void sendError(int sc) {
            sendError(sc, "");
        }

        @Override
        public void setContentType(String type) {
            // the sandbox layout sets its own
        }
    }
}
