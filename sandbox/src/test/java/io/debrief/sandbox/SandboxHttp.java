package io.debrief.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for a running sandbox: as a user (HTTP Basic) or anonymous. */
final class SandboxHttp {

    private final HttpClient client = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String user;

    private SandboxHttp(String baseUrl, String user) {
        this.baseUrl = baseUrl;
        this.user = user;
    }

    static SandboxHttp anonymous(SandboxServer server) {
        return new SandboxHttp(server.baseUrl(), null);
    }

    static SandboxHttp as(SandboxServer server, String user) {
        return new SandboxHttp(server.baseUrl(), user);
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = request(path).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    HttpResponse<String> putJson(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (user != null) {
            // seeded passwords equal the user names
            String token = user.contains(":") ? user : user + ":" + user;
            builder.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
