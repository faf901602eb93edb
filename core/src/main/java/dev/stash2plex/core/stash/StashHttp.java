package dev.stash2plex.core.stash;

import dev.stash2plex.core.secrets.Redactor;
import dev.stash2plex.core.secrets.SecretsInLogs;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * The one place that talks HTTP to Stash: adds the key header, holds a {@link RequestGate} slot,
 * bounds the wait, and turns transport failures and Stash's auth answers into typed exceptions
 * that name the host and never the key: every text from outside (exception messages, Stash's error
 * texts) passes the key's {@link Redactor} before it becomes part of a message.
 */
final class StashHttp implements AutoCloseable {

    /** Covers a body that is slow after the headers came in time; HttpClient's own timeout stops at the headers. */
    private static final Duration BODY_GRACE = Duration.ofMillis(500);

    private final StashConnection connection;
    private final HttpClient client;
    private final RequestGate gate;
    private final String host;
    private final Redactor redactor;
    private final Optional<String> keyProblem;

    StashHttp(StashConnection connection) {
        this.connection = connection;
        this.host = connection.hostLabel();
        this.redactor = Redactor.secret(connection.apiKey(), Redactor.API_KEY);
        this.keyProblem = connection.apiKeyProblem();
        // Whoever holds the key hides it from the logs too, also when the caller is not the provider (the app).
        SecretsInLogs.cover(redactor);
        this.gate = new RequestGate(connection.maxConcurrentRequests(), connection.requestTimeout(), host);
        // Never follow redirects: Stash's only redirect is to its login page, which means "bad key".
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connection.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    String host() {
        return host;
    }

    /**
     * A request to {@code path} under the base URL, with the key header only when a key is set.
     * A key that cannot be a header value is refused here with its problem named: Java's HTTP client
     * would refuse it too, with the whole key in its exception text.
     */
    HttpRequest.Builder request(String path) throws StashException.Unauthorized {
        if (keyProblem.isPresent()) {
            throw new StashException.Unauthorized("the API key for Stash at " + host + " cannot be sent: it "
                    + keyProblem.get() + "; paste it again from Stash > Settings > Security");
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(connection.resolve(path))
                .timeout(connection.requestTimeout());
        if (connection.hasApiKey()) {
            builder.header("ApiKey", connection.apiKey());
        }
        return builder;
    }

    /**
     * Sends within a gate slot. The caller owns the returned slot and closes it once the body is
     * consumed; on failure the slot is already released.
     */
    <T> Exchange<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) throws StashException {
        RequestGate.Slot slot = gate.enter();
        try {
            return new Exchange<>(await(client.sendAsync(request, body)), slot);
        } catch (StashException | RuntimeException e) {
            slot.close();
            throw e;
        }
    }

    /** 401/403, or a redirect to the login page: Stash does not accept our key (or wants one). */
    void rejectUnauthorized(HttpResponse<?> response) throws StashException.Unauthorized {
        int status = response.statusCode();
        boolean toLogin = status / 100 == 3 && response.headers().firstValue("Location")
                .map(StashHttp::isLoginPage)
                .orElse(false);
        if (status == 401 || status == 403 || toLogin) {
            String what = status == 403
                    ? "refused access (Stash answers 403 to a public address when it has no credentials)"
                    : connection.hasApiKey()
                    ? "refused the configured API key"
                    : "needs an API key (Stash has credentials set)";
            throw new StashException.Unauthorized("Stash at " + host + " " + what + " (HTTP " + status + ")");
        }
    }

    /** Anything Stash echoes back (error texts) goes through here before it becomes a message. */
    String redact(String text) {
        return redactor.redact(text);
    }

    private <T> HttpResponse<T> await(CompletableFuture<HttpResponse<T>> pending) throws StashException {
        Duration timeout = connection.requestTimeout().plus(BODY_GRACE);
        try {
            return pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw timeout(null);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new StashException.Timeout("interrupted while waiting for Stash at " + host, e);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    private StashException failure(Throwable thrown) {
        Throwable cause = thrown;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        Optional<CappedBody.TooLarge> tooLarge = find(cause, CappedBody.TooLarge.class);
        if (tooLarge.isPresent()) {
            return new StashException.BadAnswer("Stash at " + host + " sent an answer larger than "
                    + CappedBody.mebibytes(tooLarge.get().maxBytes()) + " MiB, more than the provider reads", cause);
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new StashException.Timeout("could not connect to Stash at " + host + " within "
                    + connection.connectTimeout().toMillis() + " ms", cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return timeout(cause);
        }
        if (causedBy(cause, UnresolvedAddressException.class) || causedBy(cause, UnknownHostException.class)) {
            return new StashException.Unreachable("unknown host: " + host, cause);
        }
        if (causedBy(cause, ConnectException.class)) {
            return new StashException.Unreachable("cannot connect to Stash at " + host + " (connection refused)", cause);
        }
        if (causedBy(cause, SSLException.class)) {
            return new StashException.Unreachable("TLS with Stash at " + host + " failed: " + redact(cause.getMessage()), cause);
        }
        if (cause instanceof IOException) {
            return new StashException.Unreachable("connection to Stash at " + host + " failed: "
                    + redact(String.valueOf(cause.getMessage())), cause);
        }
        return new StashException.BadAnswer("talking to Stash at " + host + " failed: " + redact(String.valueOf(cause)), cause);
    }

    private StashException.Timeout timeout(Throwable cause) {
        return new StashException.Timeout("Stash at " + host + " did not answer within "
                + connection.requestTimeout().toMillis() + " ms", cause);
    }

    private static boolean isLoginPage(String location) {
        try {
            String path = URI.create(location.strip().replace(" ", "%20")).getPath();
            return path != null && path.endsWith("/login");
        } catch (IllegalArgumentException e) {
            return location.contains("/login");
        }
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        return find(thrown, type).isPresent();
    }

    private static <T extends Throwable> Optional<T> find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        client.close();
    }

    /** A response and the gate slot it still holds. */
    record Exchange<T>(HttpResponse<T> response, RequestGate.Slot slot) {
    }
}
