package dev.stash2plex.provider.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Stash that speaks the real protocol on a real socket (127.0.0.1, a free port): GraphQL
 * validated against Stash's real schema and executed over in-memory scenes, Stash's auth rules,
 * its image routes, plus fault injection and counters for tests.
 *
 * <pre>{@code
 * try (FakeStash stash = FakeStash.startWithApiKey("K")) {
 *     stash.add(FakeScene.builder("12").title("Beach").file("/data/a_b.mp4").withCover());
 *     … new HttpStashClient(StashConnection.of(stash.baseUrl(), "K")) …
 *     assertThat(stash.invalidQueries()).isEmpty();
 * }
 * }</pre>
 */
public final class FakeStash implements AutoCloseable {

    /** A request whose GraphQL failed validation against the schema (answered with HTTP 422). */
    public record InvalidQuery(ReceivedRequest request, List<String> errors) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(FakeStash.class);

    private final String apiKey;
    private final URI baseUrl;
    private final int port;
    private final ConcurrentSkipListMap<Long, FakeScene> scenes = new ConcurrentSkipListMap<>();
    private final FakeStashKnobs knobs = new FakeStashKnobs();
    private final FakeStashRecorder recorder = new FakeStashRecorder();
    private final FakeStashRoutes routes;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private HttpServer server;

    private FakeStash(StashSchema schema, String apiKey) {
        this.apiKey = apiKey;
        this.server = bind(0);
        this.port = server.getAddress().getPort();
        this.baseUrl = URI.create("http://127.0.0.1:" + port);
        FakeSceneView view = new FakeSceneView(baseUrl, apiKey);
        FakeGraphql graphql = new FakeGraphql(schema, this::sceneList, () -> view, knobs);
        this.routes = new FakeStashRoutes(apiKey, knobs, recorder, graphql, this::sceneList);
        listen();
    }

    /** A Stash without credentials (no API key); the schema comes from {@code -Dstash.schema.dir}. */
    public static FakeStash start() {
        return new FakeStash(StashSchema.load(), null);
    }

    /** A Stash with credentials configured and this API key. */
    public static FakeStash startWithApiKey(String apiKey) {
        return new FakeStash(StashSchema.load(), apiKey);
    }

    /** With an already loaded schema (loading takes a moment) and an API key or null. */
    public static FakeStash start(StashSchema schema, String apiKey) {
        return new FakeStash(schema, apiKey);
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash; stays the same across {@link #down()}/{@link #up()}. */
    public URI baseUrl() {
        return baseUrl;
    }

    public int port() {
        return port;
    }

    public String apiKey() {
        return apiKey;
    }

    // ---- scenes

    /** Adds or replaces scenes (by id). */
    public FakeStash add(FakeScene... added) {
        Arrays.stream(added).forEach(scene -> scenes.put(Long.parseLong(scene.id()), scene));
        return this;
    }

    public FakeStash add(FakeScene.Builder... added) {
        Arrays.stream(added).forEach(builder -> add(builder.build()));
        return this;
    }

    public FakeStash remove(String sceneId) {
        scenes.remove(Long.parseLong(sceneId));
        return this;
    }

    /** The scenes, by ascending id (Stash has no defined order without a sort; this is ours). */
    public List<FakeScene> sceneList() {
        return List.copyOf(scenes.values());
    }

    // ---- faults

    /** Every request (except {@code /healthz}) waits this long before being answered. */
    public FakeStash setLatency(Duration latency) {
        knobs.latency(latency);
        return this;
    }

    /** Authenticated requests get HTTP 200 with an HTML body instead of JSON or an image. */
    public FakeStash answerGarbage() {
        return answerRaw(200, "text/html", "<html>this is not what you asked for</html>");
    }

    /** GraphQL answers keep their data but carry this error too, as a failing resolver would. */
    public FakeStash answerResolverError(String message) {
        knobs.fault(new FakeStashKnobs.Fault(FakeStashKnobs.Fault.Kind.RESOLVER_ERROR, 200, null, message));
        return this;
    }

    /** Authenticated requests get this HTTP status with a text body, e.g. 500 or 502 from a proxy. */
    public FakeStash answerStatus(int status) {
        return answerRaw(status, "text/plain", "FakeStash was told to answer " + status);
    }

    /** Authenticated requests get exactly this answer, e.g. {@code answerRaw(200, "application/json", "{\"data\":null}")}. */
    public FakeStash answerRaw(int status, String contentType, String body) {
        knobs.fault(new FakeStashKnobs.Fault(FakeStashKnobs.Fault.Kind.RAW, status, contentType, body));
        return this;
    }

    /** Stops any injected fault and latency. */
    public FakeStash answerNormally() {
        knobs.fault(FakeStashKnobs.Fault.NONE);
        knobs.latency(Duration.ZERO);
        return this;
    }

    /** What {@code version.version} and {@code systemStatus.status} report (default v0.30.1, OK). */
    public FakeStash reportVersion(String version, String systemStatus) {
        knobs.version(version);
        knobs.systemStatus(systemStatus);
        return this;
    }

    /** Really stops listening: connections are refused until {@link #up()}. */
    public synchronized FakeStash down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
        return this;
    }

    /** Listens again, on the same port. */
    public synchronized FakeStash up() {
        if (server == null) {
            server = bind(port);
            listen();
        }
        return this;
    }

    public synchronized boolean isUp() {
        return server != null;
    }

    // ---- counters

    public List<ReceivedRequest> requests() {
        return recorder.requests();
    }

    public List<ReceivedRequest> graphqlRequests() {
        return recorder.requests().stream().filter(ReceivedRequest::isGraphql).toList();
    }

    public int requestCount() {
        return recorder.requests().size();
    }

    /** The most requests this fake was answering at the same moment since start or {@link #resetCounters()}. */
    public int maxInFlight() {
        return recorder.maxInFlight();
    }

    /** Queries that failed validation against Stash's schema; a correct client never sends one. */
    public List<InvalidQuery> invalidQueries() {
        return recorder.invalidQueries();
    }

    public FakeStash resetCounters() {
        recorder.reset();
        return this;
    }

    /** Back to a fresh state: no scenes, no faults, default probe answers, zeroed counters; stays up. */
    public FakeStash reset() {
        scenes.clear();
        knobs.reset();
        recorder.reset();
        return up();
    }

    @Override
    public synchronized void close() {
        down();
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "FakeStash[" + baseUrl + (apiKey == null ? ", no credentials" : ", with an API key") + "]";
    }

    private HttpServer bind(int wantedPort) {
        try {
            return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), wantedPort), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("FakeStash cannot listen on 127.0.0.1:" + wantedPort, e);
        }
    }

    private void listen() {
        server.createContext("/", routes);
        server.setExecutor(executor);
        server.start();
        LOG.debug("FakeStash listening on {}", baseUrl);
    }

}
