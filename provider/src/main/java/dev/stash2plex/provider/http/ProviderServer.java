package dev.stash2plex.provider.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider's HTTP server: Javalin on Jetty with virtual threads, every feature's routes, JSON for
 * every answer (errors and unknown routes included), one access-log line per request, and a graceful
 * stop that lets in-flight requests finish. Production and tests build it the same way.
 */
public final class ProviderServer {

    /** How long a stop waits for in-flight requests; below Docker's default 10 s grace period. */
    static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(8);
    /** Plex sends small JSON bodies; anything this large is not a match request. */
    private static final long MAX_REQUEST_BYTES = 1 << 20;

    private static final Logger LOG = LoggerFactory.getLogger(ProviderServer.class);
    private static final Logger ACCESS = LoggerFactory.getLogger("dev.stash2plex.provider.access");

    private final Javalin app;

    public ProviderServer(ObjectMapper json, int port, List<Routes> features) {
        this.app = Javalin.create(config -> {
            config.jetty.port = port;
            config.concurrency.useVirtualThreads = true;
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson(json, true));
            config.http.defaultContentType = "application/json";
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            // Plex may be registered with a trailing slash or a doubled one; both must reach the same route.
            config.router.ignoreTrailingSlashes = true;
            config.router.treatMultipleSlashesAsSingleSlash = true;
            config.jetty.modifyHttpConfiguration(http -> http.addCustomizer(new SecurityHeaders()));
            config.jetty.modifyServer(server -> {
                // Javalin attaches its servlet context inside this wrapper, so the whole app drains on stop.
                server.setHandler(new GracefulHandler());
                server.setStopTimeout(DRAIN_TIMEOUT.toMillis());
                server.setErrorHandler(new JsonErrorHandler(json));
            });
            features.forEach(feature -> feature.register(config.routes));
            config.routes.exception(HttpResponseException.class, (e, ctx) ->
                    ErrorBody.send(ctx, e.getStatus(), errorCode(e.getStatus()), e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                Optional<ClientFault> clientFault = ClientFault.of(e);
                if (clientFault.isPresent()) {
                    ErrorBody.send(ctx, clientFault.get().status(), clientFault.get().error(), clientFault.get().message());
                    return;
                }
                LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                ErrorBody.send(ctx, 500, "internal", "The provider failed unexpectedly; its log has the details.");
            });
            config.requestLogger.http(ProviderServer::logRequest);
        });
    }

    public ProviderServer start() {
        app.start();
        return this;
    }

    /** The port actually bound (useful when constructed with port 0). */
    public int port() {
        return app.port();
    }

    /** Stops accepting connections, waits up to {@link #DRAIN_TIMEOUT} for in-flight requests, then stops. */
    public void stop() {
        app.stop();
    }

    private static String errorCode(int status) {
        return switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "request-too-large";
            default -> "http-" + status;
        };
    }

    private static void logRequest(Context ctx, Float millis) {
        // Health checks come every few seconds from Docker and the desktop app: at info they would
        // bury the requests Plex makes. A client over the rate limit gets one warning, not a line per
        // refused request.
        boolean routine = ctx.path().equals("/health") && ctx.statusCode() == 200 || ctx.statusCode() == 429;
        // The path only: query strings may carry an X-Plex-Token.
        (routine ? ACCESS.atDebug() : ACCESS.atInfo())
                .addKeyValue("method", ctx.method().name())
                .addKeyValue("path", ctx.path())
                .addKeyValue("status", ctx.statusCode())
                .addKeyValue("duration_ms", Math.round(millis * 10) / 10.0)
                .log("HTTP request");
    }
}
