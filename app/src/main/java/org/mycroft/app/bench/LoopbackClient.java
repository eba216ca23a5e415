package org.mycroft.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The bench's HTTP client: blocking {@link HttpURLConnection} with keep-alive, so every byte of a
 * request is written and read on the calling thread (whose CPU time is then the load generator's
 * whole cost, and is taken out of the server's) and no hand-off to a selector or executor thread
 * adds waiting of the client's own to the server's latency. The body is read whole, as bytes: the
 * server's work ends with its last byte, and no client-side decoding is charged to it.
 */
public final class LoopbackClient {

    /** Idle connections kept per host: more than the bench's clients, so none is reopened. */
    private static final String MAX_CONNECTIONS = "64";

    private final String base;

    /**
     * {@code base} such as {@code http://127.0.0.1:8080}. Raises the JDK's keep-alive cache (5 idle
     * connections per host by default) before its first use, or clients beyond the fifth would open
     * a connection per request.
     */
    public LoopbackClient(String base) {
        this.base = base;
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", MAX_CONNECTIONS);
        }
    }

    /** One response: its status and body. */
    public record Response(int status, byte[] body) {}

    /** GET {@code path} (with its query string), JSON accepted; the body read to its end. */
    public Response get(String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(60_000);
        connection.setRequestProperty("Accept", "application/json");
        int status = connection.getResponseCode();
        // Read to the end and closed, the connection goes back to the keep-alive cache.
        try (InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            return new Response(status, body == null ? new byte[0] : body.readAllBytes());
        }
    }
}
