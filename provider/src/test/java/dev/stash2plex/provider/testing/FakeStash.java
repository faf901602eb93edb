package dev.stash2plex.provider.testing;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
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
    private final FakeStashData data = new FakeStashData();
    private final FakeStashKnobs knobs = new FakeStashKnobs();
    private final FakeStashRecorder recorder = new FakeStashRecorder();
    private final FakeStashServer server;

    private FakeStash(StashSchema schema, String apiKey, InetAddress listenAddress) {
        this.apiKey = apiKey;
        // The routes need the base URL for image URLs, and the URL needs the bound port: hand over late.
        AtomicReference<FakeSceneView> view = new AtomicReference<>();
        FakeGraphql graphql = new FakeGraphql(schema, data, view::get, knobs);
        this.server = new FakeStashServer(new FakeStashRoutes(apiKey, knobs, recorder, graphql, data::image),
                listenAddress);
        this.baseUrl = URI.create("http://127.0.0.1:" + server.port());
        view.set(new FakeSceneView(baseUrl, apiKey, data.entities()));
        LOG.debug("FakeStash listening on {}", baseUrl);
    }

    /** A Stash without credentials (no API key); the schema comes from {@code -Dstash.schema.dir}. */
    public static FakeStash start() {
        return new FakeStash(StashSchema.load(), null, InetAddress.getLoopbackAddress());
    }

    /** A Stash with credentials configured and this API key. */
    public static FakeStash startWithApiKey(String apiKey) {
        return new FakeStash(StashSchema.load(), apiKey, InetAddress.getLoopbackAddress());
    }

    /**
     * A Stash with this API key listening on every interface (its host set to 0.0.0.0), so a container
     * reaches it through {@code host.docker.internal} without a {@link BridgeRelay}. {@link #baseUrl()}
     * is still the loopback address.
     */
    public static FakeStash startOnAllInterfaces(String apiKey) {
        try {
            return new FakeStash(StashSchema.load(), apiKey, InetAddress.getByName("0.0.0.0"));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("0.0.0.0 is a literal and always resolves", e);
        }
    }

    /** With an already loaded schema (loading takes a moment) and an API key or null. */
    public static FakeStash start(StashSchema schema, String apiKey) {
        return new FakeStash(schema, apiKey, InetAddress.getLoopbackAddress());
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash; stays the same across {@link #down()}/{@link #up()}. */
    public URI baseUrl() {
        return baseUrl;
    }

    public int port() {
        return server.port();
    }

    public String apiKey() {
        return apiKey;
    }

    // ---- scenes

    /**
     * Adds or replaces scenes (by id). Their performers, studios and tags become what Stash holds
     * under those ids, in every scene that shows them (Stash keeps one row each).
     */
    public FakeStash add(FakeScene... added) {
        return add(Arrays.asList(added));
    }

    public FakeStash add(FakeScene.Builder... added) {
        return add(Arrays.stream(added).map(FakeScene.Builder::build).toList());
    }

    /** Adds many at once, e.g. a {@link FakeLibrary}. */
    public FakeStash add(Collection<FakeScene> added) {
        data.put(added);
        return this;
    }

    public FakeStash remove(String sceneId) {
        data.remove(sceneId);
        return this;
    }

    /**
     * Changes a scene as an edit in Stash would: {@code updated_at} becomes now in the server's
     * offset, in whole seconds, and at least a second after every timestamp the fake holds, so
     * {@code GREATER_THAN} the previous value always finds it.
     *
     * @return the scene as edited
     */
    public FakeScene edit(String sceneId, UnaryOperator<FakeScene.Builder> change) {
        return data.edit(sceneId, change);
    }

    /** The scenes, by ascending id (Stash has no defined order without a sort; this is ours). */
    public List<FakeScene> sceneList() {
        return List.copyOf(data.scenes().values());
    }

    public int sceneCount() {
        return data.scenes().size();
    }

    // ---- performers, studios, tags: changed as Stash changes them

    /**
     * Renames a performer: its {@code updated_at} (and so its image URL's {@code ?t=}) becomes
     * now, in every scene that shows it; those scenes' own {@code updated_at} do not change.
     *
     * @return the performer as renamed
     */
    public FakePerformer renamePerformer(String performerId, String newName) {
        return data.changePerformer(performerId, performer -> performer.withName(newName));
    }

    /** Like {@link #renamePerformer}; the studio's children show the new name as their parent's. */
    public FakeStudio renameStudio(String studioId, String newName) {
        return data.changeStudio(studioId, studio -> studio.withName(newName));
    }

    public FakeTag renameTag(String tagId, String newName) {
        return data.changeTag(tagId, tag -> tag.withName(newName));
    }

    /**
     * Gives a performer a new image: {@code updated_at} and the image URL's {@code ?t=} change
     * as for a rename, and the image route serves {@link FakeImages#png(String, String, int)} of
     * the next generation.
     */
    public FakePerformer newPerformerImage(String performerId) {
        return data.newPerformerImage(performerId);
    }

    public FakeStudio newStudioImage(String studioId) {
        return data.newStudioImage(studioId);
    }

    /** The offset Stash's server writes its timestamps in (its local time zone); UTC ({@code Z}) by default. */
    public FakeStash timestampOffset(ZoneOffset offset) {
        data.clock().offset(offset);
        return this;
    }

    public ZoneOffset timestampOffset() {
        return data.clock().offset();
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
        knobs.fault(new FakeStashKnobs.Fault(FakeStashKnobs.Fault.Kind.RESOLVER_ERROR, 200, Map.of(), message));
        return this;
    }

    /** Authenticated requests get this HTTP status with a text body, e.g. 500 or 502 from a proxy. */
    public FakeStash answerStatus(int status) {
        return answerRaw(status, "text/plain", "FakeStash was told to answer " + status);
    }

    /** Authenticated requests get exactly this answer, e.g. {@code answerRaw(200, "application/json", "{\"data\":null}")}. */
    public FakeStash answerRaw(int status, String contentType, String body) {
        knobs.fault(new FakeStashKnobs.Fault(FakeStashKnobs.Fault.Kind.RAW, status, Map.of("Content-Type", contentType), body));
        return this;
    }

    /** Authenticated requests are redirected to the login page, as an auth proxy in front of Stash would. */
    public FakeStash answerLoginRedirect() {
        knobs.fault(new FakeStashKnobs.Fault(FakeStashKnobs.Fault.Kind.RAW, 302,
                Map.of("Location", "/login?returnURL=%2Fgraphql"), ""));
        return this;
    }

    /** Authenticated image requests are answered with this misbehaving stream; GraphQL stays normal. */
    public FakeStash sendImagesAs(FakeStream stream) {
        knobs.imageStream(stream);
        return this;
    }

    /** Authenticated GraphQL requests are answered with this misbehaving stream; images stay normal. */
    public FakeStash sendGraphqlAs(FakeStream stream) {
        knobs.graphqlStream(stream);
        return this;
    }

    /** How many {@link FakeStream} answers are still being written; drops when clients cancel them. */
    public int openStreams() {
        return recorder.openStreams();
    }

    /** Stops any injected fault, stream and latency. */
    public FakeStash answerNormally() {
        knobs.fault(FakeStashKnobs.Fault.NONE);
        knobs.imageStream(null);
        knobs.graphqlStream(null);
        knobs.latency(Duration.ZERO);
        return this;
    }

    /** What {@code version.version} and {@code systemStatus.status} report (default v0.30.1, OK). */
    public FakeStash reportVersion(String version, String systemStatus) {
        knobs.version(version);
        knobs.systemStatus(systemStatus);
        return this;
    }

    /**
     * Acts as an older Stash release: reports {@code version} and answers a query using any of
     * {@code coordinatesAddedLater} (e.g. {@code Scene.groups}, added in v0.27) with gqlgen's 422, as
     * that release's schema would. Everything else is still validated against the current schema.
     */
    public FakeStash actAsRelease(String version, java.util.Set<String> coordinatesAddedLater) {
        knobs.version(version);
        knobs.unknownToThisRelease(coordinatesAddedLater);
        return this;
    }

    /** Really stops listening: connections are refused until {@link #up()}. */
    public FakeStash down() {
        server.stop();
        return this;
    }

    /** Listens again, on the same port. */
    public FakeStash up() {
        server.start();
        return this;
    }

    public boolean isUp() {
        return server.isUp();
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

    /** Like {@link #maxInFlight()}, counting only GraphQL requests whose body names this {@code operationName}. */
    public int maxInFlight(String operationName) {
        return recorder.maxInFlight(operationName);
    }

    /** Queries that failed validation against Stash's schema; a correct client never sends one. */
    public List<InvalidQuery> invalidQueries() {
        return recorder.invalidQueries();
    }

    public FakeStash resetCounters() {
        recorder.reset();
        return this;
    }

    /** Back to a fresh state: no scenes or entities, UTC, no faults, default probe answers, zeroed counters; stays up. */
    public FakeStash reset() {
        data.clear();
        knobs.reset();
        recorder.reset();
        return up();
    }

    @Override
    public void close() {
        server.close();
    }

    @Override
    public String toString() {
        return "FakeStash[" + baseUrl + (apiKey == null ? ", no credentials" : ", with an API key") + "]";
    }
}
