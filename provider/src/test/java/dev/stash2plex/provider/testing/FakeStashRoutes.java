package dev.stash2plex.provider.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fake's HTTP surface, in Stash's order: {@code /healthz} before auth, then Stash's auth rules,
 * then the injected latency and faults, then {@code /graphql} or an image route.
 */
final class FakeStashRoutes implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FakeStashRoutes.class);
    private static final Pattern IMAGE = Pattern.compile(
            "/(scene)/([0-9]+)/screenshot|/(performer|studio)/([0-9]+)/image|/(group)/([0-9]+)/frontimage");

    private final String apiKey;
    private final FakeStashKnobs knobs;
    private final FakeStashRecorder recorder;
    private final FakeGraphql graphql;
    private final BiFunction<String, String, Optional<byte[]>> images;
    private final ObjectMapper json = new ObjectMapper();

    /** @param images the PNG for (entity, id), empty when Stash has no such entity */
    FakeStashRoutes(String apiKey, FakeStashKnobs knobs, FakeStashRecorder recorder, FakeGraphql graphql,
                    BiFunction<String, String, Optional<byte[]>> images) {
        this.apiKey = apiKey;
        this.knobs = knobs;
        this.recorder = recorder;
        this.graphql = graphql;
        this.images = images;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        recorder.entered();
        Answer answer;
        ReceivedRequest request = null;
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            request = ReceivedRequest.from(exchange, body, json);
            recorder.arrived(request);
            answer = route(exchange, request);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer = Answer.text(503, "FakeStash is stopping");
        } catch (RuntimeException e) {
            LOG.warn("FakeStash failed to answer {}", exchange.getRequestURI().getPath(), e);
            answer = Answer.text(500, "FakeStash failed: " + e);
        } finally {
            recorder.leaving(request);
        }
        FakeStream stream = answer.stream();
        if (stream != null) {
            stream(exchange, stream, request != null && request.path().equals("/graphql")
                    ? () -> knobs.graphqlStream() != stream : () -> knobs.imageStream() != stream);
            return;
        }
        try (exchange) {
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            if (answer.body().length > 0) {
                exchange.getResponseBody().write(answer.body());
            }
        } catch (IOException e) {
            LOG.debug("client went away before FakeStash answered", e);
        }
    }

    private void stream(HttpExchange exchange, FakeStream stream, BooleanSupplier withdrawn) {
        recorder.streamOpened();
        try (exchange) {
            stream.writeTo(exchange, withdrawn);
        } catch (IOException e) {
            LOG.debug("FakeStash stopped sending {}: {}", stream, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            recorder.streamClosed();
        }
    }

    private Answer route(HttpExchange exchange, ReceivedRequest request) throws InterruptedException {
        String path = request.path();
        if (path.equals("/healthz")) {
            return Answer.text(200, ".");
        }
        sleep(knobs.latency());
        if (path.equals("/login")) {
            return new Answer(200, Map.of("Content-Type", "text/html; charset=utf-8"),
                    "<html><body><form>Login</form></body></html>".getBytes(StandardCharsets.UTF_8));
        }
        Answer refused = authenticate(request);
        if (refused != null) {
            return refused;
        }
        FakeStashKnobs.Fault fault = knobs.fault();
        if (fault.kind() == FakeStashKnobs.Fault.Kind.RAW) {
            return new Answer(fault.status(), fault.headers(), fault.text().getBytes(StandardCharsets.UTF_8));
        }
        if (path.equals("/graphql")) {
            FakeStream stream = knobs.graphqlStream();
            return stream != null ? Answer.streamed(stream) : graphql(exchange, request, fault);
        }
        Matcher image = IMAGE.matcher(path);
        if (image.matches() && request.method().equals("GET") && knobs.imageStream() != null) {
            return Answer.streamed(knobs.imageStream());
        }
        if (image.matches() && request.method().equals("GET")) {
            int kind = image.group(1) != null ? 1 : image.group(3) != null ? 3 : 5;
            return image(image.group(kind), image.group(kind + 1));
        }
        return Answer.text(404, "404 page not found");
    }

    /** Stash's rules (internal/api/authentication.go): null when the request may pass. */
    private Answer authenticate(ReceivedRequest request) {
        String sent = request.header("ApiKey");
        if (sent == null || sent.isEmpty()) {
            sent = request.queryParameter("apikey");
        }
        if (sent != null && !sent.isEmpty()) {
            return sent.equals(apiKey) ? null : unauthorized();
        }
        if (apiKey == null) {
            return null;
        }
        String path = request.path();
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (path.equals("/graphql") || (last.contains(".") && !last.endsWith(".html"))) {
            return unauthorized();
        }
        String returnUrl = URLEncoder.encode(path, StandardCharsets.UTF_8);
        return new Answer(302, Map.of("Location", "/login?returnURL=" + returnUrl), new byte[0]);
    }

    private Answer graphql(HttpExchange exchange, ReceivedRequest request, FakeStashKnobs.Fault fault) {
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (!request.method().equals("POST") || contentType == null || !contentType.startsWith("application/json")) {
            return json(400, errorBody("transport not supported", null));
        }
        if (request.query() == null) {
            return json(400, errorBody("json request body could not be decoded", null));
        }
        FakeGraphql.Answer older = graphql.olderRelease(request.query(), knobs.unknownToThisRelease());
        if (older != null) {
            return json(older.status(), older.body());
        }
        FakeGraphql.Answer answer = graphql.execute(request.query(), request.operationName(), request.variables());
        if (!answer.validationErrors().isEmpty()) {
            recorder.invalid(request, answer.validationErrors());
        }
        Map<String, Object> body = answer.body();
        if (fault.kind() == FakeStashKnobs.Fault.Kind.RESOLVER_ERROR && answer.status() == 200) {
            // Errors next to (possibly complete) data: a client must still treat this as a failure.
            body = new LinkedHashMap<>(body);
            List<Object> errors = new ArrayList<>(body.get("errors") instanceof List<?> list ? list : List.of());
            errors.add(Map.of("message", fault.text(), "path", List.of("findScenes")));
            body.put("errors", errors);
        }
        return json(answer.status(), body);
    }

    private Answer image(String entity, String id) {
        return images.apply(entity, id)
                .map(png -> new Answer(200, Map.of("Content-Type", "image/png", "Cache-Control", "max-age=604800"), png))
                .orElseGet(() -> Answer.text(404, "404 page not found"));
    }

    private Answer json(int status, Object body) {
        try {
            return new Answer(status, Map.of("Content-Type", "application/json"), json.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalStateException("FakeStash cannot write its own JSON", e);
        }
    }

    private static Map<String, Object> errorBody(String message, Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errors", List.of(Map.of("message", message)));
        body.put("data", data);
        return body;
    }

    private static Answer unauthorized() {
        return new Answer(401, Map.of("WWW-Authenticate", "FormBased"), new byte[0]);
    }

    private static void sleep(Duration latency) throws InterruptedException {
        if (!latency.isZero()) {
            Thread.sleep(latency); // the behaviour under test: a slow Stash (setLatency)
        }
    }

    /** @param stream when set, the answer is this stream and the other components are unused */
    private record Answer(int status, Map<String, String> headers, byte[] body, FakeStream stream) {
        Answer(int status, Map<String, String> headers, byte[] body) {
            this(status, headers, body, null);
        }

        static Answer text(int status, String text) {
            return new Answer(status, Map.of("Content-Type", "text/plain; charset=utf-8"),
                    text.getBytes(StandardCharsets.UTF_8));
        }

        static Answer streamed(FakeStream stream) {
            return new Answer(200, Map.of(), new byte[0], stream);
        }
    }
}
