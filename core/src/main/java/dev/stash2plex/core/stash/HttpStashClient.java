package dev.stash2plex.core.stash;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link StashClient} over Stash's GraphQL HTTP API (java.net.http + Jackson). Bounded in the
 * number of requests in flight, with connect and request timeouts and a short-lived cache of
 * scene lookups. Close it to release its HTTP client. Its {@link StashCatalog} side is
 * {@link HttpStashCatalog}'s, over the same connection; the checks a caller's value passes before it
 * goes into a query are {@link QueryArguments}'.
 */
public final class HttpStashClient implements StashClient, StashCatalog, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpStashClient.class);

    /** Enough for a library's worth of match-then-metadata bursts, small enough to never matter in memory. */
    static final int CACHE_MAX_ENTRIES = 2000;
    /** Path and basename lookups normally find one scene; the page is for wildcard and duplicate noise. */
    static final int LOOKUP_PAGE_SIZE = 50;
    static final int SEARCH_MAX_HITS = 100;

    /** Either separator: Stash on Linux or Docker stores {@code /}, Stash on Windows {@code \}. */
    private static final String ANY_SEPARATOR = "[/\\\\]";

    private final StashHttp http;
    private final GraphqlTransport graphql;
    private final ImageFetcher images;
    private final SceneParser parser;
    private final LookupCache cache;
    private final HttpStashCatalog catalog;
    private final HttpStashCollections collections;

    public HttpStashClient(StashConnection connection) {
        this(connection, InstantSource.system());
    }

    HttpStashClient(StashConnection connection, InstantSource clock) {
        this.http = new StashHttp(connection);
        this.graphql = new GraphqlTransport(http, new ObjectMapper());
        this.images = new ImageFetcher(http, connection);
        AnswerFields fields = new AnswerFields(connection.hostLabel());
        this.parser = new SceneParser(fields);
        this.cache = new LookupCache(connection.cacheTtl(), CACHE_MAX_ENTRIES, clock);
        this.collections = new HttpStashCollections(graphql, parser, fields, cache);
        this.catalog = new HttpStashCatalog(graphql, parser, connection);
        LOG.info("Stash client for {}", connection);
    }

    @Override
    public StashVersion version() throws StashException {
        return parser.version(graphql.query(StashQuery.PROBE, Map.of()));
    }

    @Override
    public Optional<Scene> findScene(String id) throws StashException {
        if (!QueryArguments.isStashId(id)) {
            return Optional.empty();
        }
        // Stash's ID scalar is a string: send "42", never 42.
        return cache.get(new LookupCache.Key("scene", id),
                () -> parser.scene(graphql.query(StashQuery.FIND_SCENE, Map.of("id", id))));
    }

    @Override
    public List<SceneHit> findScenesByPath(String exactPath) throws StashException {
        if (exactPath == null || exactPath.isBlank()) {
            return List.of();
        }
        return cache.get(new LookupCache.Key("path", exactPath), () -> keep(
                lookup(StashQuery.SCENES_BY_PATH, Map.of("path", exactPath, "perPage", LOOKUP_PAGE_SIZE)),
                file -> file.path().equals(exactPath)));
    }

    @Override
    public List<SceneHit> findScenesByBasename(String basename) throws StashException {
        if (basename == null || basename.isBlank() || basename.contains("/") || basename.contains("\\")) {
            return List.of();
        }
        String pathRegex = ANY_SEPARATOR + QueryArguments.re2Escape(basename) + "$";
        return cache.get(new LookupCache.Key("basename", basename), () -> keep(
                lookup(StashQuery.SCENES_BY_BASENAME, Map.of("pathRegex", pathRegex, "perPage", LOOKUP_PAGE_SIZE)),
                file -> file.basename().equals(basename)));
    }

    @Override
    public List<SceneHit> findScenesByStashId(String endpoint, String stashId) throws StashException {
        if (endpoint == null || endpoint.isBlank() || stashId == null || stashId.isBlank()) {
            return List.of();
        }
        StashId wanted = new StashId(endpoint, stashId);
        List<Scene> scenes = parser.fullScenes(graphql.query(StashQuery.SCENES_BY_STASH_ID,
                Map.of("endpoint", endpoint, "stashId", stashId, "perPage", LOOKUP_PAGE_SIZE))).items();
        return scenes.stream().filter(scene -> scene.stashIds().contains(wanted)).map(SceneHit::of).toList();
    }

    @Override
    public List<SceneHit> searchScenes(String text, int limit) throws StashException {
        if (text == null || text.isBlank() || limit < 1) {
            return List.of();
        }
        int perPage = Math.min(limit, SEARCH_MAX_HITS);
        return parser.hits(graphql.query(StashQuery.SEARCH_SCENES, Map.of("text", text.strip(), "perPage", perPage)));
    }

    @Override
    public List<SceneHit> findScenesByOshash(String oshash) throws StashException {
        if (oshash == null || !oshash.matches("[0-9a-f]{16}")) {
            return List.of();
        }
        return cache.get(new LookupCache.Key("oshash", oshash),
                () -> lookup(StashQuery.SCENES_BY_OSHASH, Map.of("oshash", oshash, "perPage", LOOKUP_PAGE_SIZE)));
    }

    @Override
    public CatalogPage<Scene> scenes(int page, int perPage) throws StashException {
        return catalog.scenes(page, perPage);
    }

    @Override
    public CatalogPage<Scene> scenesUpdatedAfter(String since, int page, int perPage) throws StashException {
        return catalog.scenesUpdatedAfter(since, page, perPage);
    }

    @Override
    public CatalogPage<Scene> scenesHolding(RelatedUpdate.Kind kind, List<String> ids, int page, int perPage)
            throws StashException {
        return catalog.scenesHolding(kind, ids, page, perPage);
    }

    @Override
    public boolean sceneExists(String id) throws StashException {
        return catalog.sceneExists(id);
    }

    @Override
    public CatalogPage<String> sceneIds(int page, int perPage) throws StashException {
        return catalog.sceneIds(page, perPage);
    }

    @Override
    public LatestUpdates latestUpdates() throws StashException {
        return catalog.latestUpdates();
    }

    @Override
    public List<RelatedUpdate> relatedUpdatesAfter(LatestUpdates cursors, int perKind) throws StashException {
        return catalog.relatedUpdatesAfter(cursors, perKind);
    }

    /**
     * A file lookup: it reads whole scenes, so each one it finds is remembered for the metadata
     * request Plex sends after the match (no second Stash call for it).
     */
    private List<SceneHit> lookup(StashQuery query, Map<String, Object> variables) throws StashException {
        List<Scene> scenes = parser.fullScenes(graphql.query(query, variables)).items();
        for (Scene scene : scenes) {
            cache.put(new LookupCache.Key("scene", scene.id()), Optional.of(scene));
        }
        return scenes.stream().map(SceneHit::of).toList();
    }

    @Override
    public StashImage fetchImage(ImageKind kind, String id) throws StashException {
        if (!QueryArguments.isStashId(id)) {
            // Same answer Stash gives for an id it cannot parse, without letting "../x" into a URL.
            throw new StashException.BadAnswer(
                    "not a Stash id, so no " + kind + " image: " + QueryArguments.printable(id), null);
        }
        return images.fetch(kind.stashPath(id));
    }

    /** Stash read by studio, tag and group, over this client's connection. */
    public StashCollections collections() {
        return collections;
    }

    @Override
    public void close() {
        http.close();
    }

    /**
     * Only hits with a file passing the exact re-check: EQUALS ignores case and treats {@code _}
     * and {@code %} as wildcards, and the separator class also matches a {@code \} inside a
     * Linux file name.
     */
    private static List<SceneHit> keep(List<SceneHit> hits, Predicate<SceneFile> exact) {
        return hits.stream().filter(hit -> hit.files().stream().anyMatch(exact)).toList();
    }
}
