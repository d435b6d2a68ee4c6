package org.cellcompare.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 for the downloads to talk to: each path answers the way a
 * server on the internet sometimes does, well or badly. It records the requests it was sent.
 */
public final class LoopbackServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<URI> requests = new CopyOnWriteArrayList<>();

    private LoopbackServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.start();
    }

    public static LoopbackServer start() {
        return new LoopbackServer();
    }

    /** What a path answers: a status, a content type and a body, given the request's address. */
    public record Answer(int status, String contentType, byte[] body, long announcedLength, long delayMillis) {

        public static Answer ok(String contentType, byte[] body) {
            return new Answer(200, contentType, body, body.length, 0);
        }

        public static Answer text(int status, String contentType, String body) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            return new Answer(status, contentType, bytes, bytes.length, 0);
        }

        /** Announces the whole body, sends only its first {@code sent} bytes, and hangs up. */
        public Answer cutAfter(int sent) {
            byte[] part = java.util.Arrays.copyOf(body, sent);
            return new Answer(status, contentType, part, body.length, delayMillis);
        }

        public Answer after(long millis) {
            return new Answer(status, contentType, body, announcedLength, millis);
        }
    }

    public LoopbackServer route(String path, Function<URI, Answer> answer) {
        server.createContext(path, exchange -> respond(exchange, answer));
        return this;
    }

    public URI address(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public List<URI> requests() {
        return requests;
    }

    private void respond(HttpExchange exchange, Function<URI, Answer> route) throws IOException {
        requests.add(exchange.getRequestURI());
        Answer answer = route.apply(exchange.getRequestURI());
        try {
            if (answer.delayMillis() > 0) {
                Thread.sleep(answer.delayMillis());
            }
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), answer.announcedLength());
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(answer.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // a body cut short ends this way on purpose
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
