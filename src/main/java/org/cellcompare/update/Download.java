package org.cellcompare.update;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One HTTP GET, saved to a file the caller checks before trusting it. Anything but a whole
 * 200 answer within the time limit is a {@link DownloadException} saying what went wrong in
 * words a nonprofit can act on.
 */
final class Download {

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "download-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private final Duration timeout;
    /** Built on the first download: most runs download nothing, and a client costs a run TLS set-up and a thread. */
    private HttpClient client;

    Download(Duration timeout) {
        this.timeout = timeout;
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return client;
    }

    /** What came back: the headers, for a next-page token, and the body in {@code file}. */
    record Answer(HttpHeaders headers, Path file) {
    }

    /**
     * The whole answer must arrive within the time limit: a server that sends its headers and
     * then stalls is cut off by a watchdog that closes the body, rather than waited on forever.
     */
    Answer get(URI uri, Path file) throws DownloadException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", "CellCompare").GET().build();
        try {
            HttpResponse<InputStream> response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
            InputStream body = response.body();
            // set before the body is closed: the reading thread may see the close before the watchdog's task has returned
            AtomicBoolean timedOut = new AtomicBoolean();
            ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
                timedOut.set(true);
                closeQuietly(body);
            }, timeout.toMillis(), TimeUnit.MILLISECONDS);
            try (body; OutputStream out = Files.newOutputStream(file)) {
                if (response.statusCode() != 200) {
                    throw new DownloadException(uri.getHost() + " answered with HTTP status " + response.statusCode(),
                            response.statusCode());
                }
                long copied = body.transferTo(out);
                long announced = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (announced >= 0 && copied != announced) {
                    throw new DownloadException("the answer from " + uri.getHost() + " was cut short (" + copied + " of "
                            + announced + " bytes)");
                }
            } catch (IOException e) {
                if (timedOut.get()) {
                    throw new DownloadException(uri.getHost() + " did not send its whole answer within "
                            + timeout.toSeconds() + " s");
                }
                throw e;
            } finally {
                watchdog.cancel(false);
            }
            return new Answer(response.headers(), file);
        } catch (HttpTimeoutException e) {
            throw new DownloadException(uri.getHost() + " did not answer within " + timeout.toSeconds() + " s");
        } catch (ConnectException | UnknownHostException e) {
            throw new DownloadException(uri.getHost() + " could not be reached (no network?)");
        } catch (IOException e) {
            throw new DownloadException("the answer from " + uri.getHost() + " was cut short or could not be read ("
                    + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DownloadException("the download was interrupted");
        }
    }

    private static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (IOException e) {
            // the download is being abandoned anyway
        }
    }

    /** A download that did not give a usable answer; the message completes "... because ...". */
    static final class DownloadException extends Exception {

        private final int status;

        DownloadException(String reason) {
            this(reason, 0);
        }

        DownloadException(String reason, int status) {
            super(reason);
            this.status = status;
        }

        /** The server's HTTP status when it answered with one other than 200, else 0: a 404 may mean "not published yet". */
        int status() {
            return status;
        }
    }
}
