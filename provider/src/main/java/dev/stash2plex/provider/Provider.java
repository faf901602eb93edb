package dev.stash2plex.provider;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.stash2plex.core.pathrules.PathRules;
import dev.stash2plex.core.secrets.Redactor;
import dev.stash2plex.core.secrets.SecretsInLogs;
import dev.stash2plex.core.stash.HttpStashClient;
import dev.stash2plex.core.stash.Scene;
import dev.stash2plex.core.stash.StashClient;
import dev.stash2plex.core.stash.StashConnection;
import dev.stash2plex.provider.access.AdminAccess;
import dev.stash2plex.provider.access.AllowedHosts;
import dev.stash2plex.provider.access.HostGuard;
import dev.stash2plex.provider.access.RateLimitGuard;
import dev.stash2plex.provider.collections.CollectionRoutes;
import dev.stash2plex.provider.collections.StashCollectionSource;
import dev.stash2plex.provider.config.ProviderConfig;
import dev.stash2plex.provider.health.HealthRoutes;
import dev.stash2plex.provider.health.StashHealth;
import dev.stash2plex.provider.health.StashWatch;
import dev.stash2plex.provider.http.ProviderServer;
import dev.stash2plex.provider.images.ImageRoutes;
import dev.stash2plex.provider.images.ImageUrls;
import dev.stash2plex.provider.index.IndexFirstStashClient;
import dev.stash2plex.provider.index.IndexStatus;
import dev.stash2plex.provider.index.SceneIndex;
import dev.stash2plex.provider.index.store.MatchHistory;
import dev.stash2plex.provider.index.store.SceneStore;
import dev.stash2plex.provider.library.GapRunner;
import dev.stash2plex.provider.library.HistoryRecorder;
import dev.stash2plex.provider.library.LibraryRoutes;
import dev.stash2plex.provider.library.ScenesNeverMatched;
import dev.stash2plex.provider.library.ScenesNotInPlex;
import dev.stash2plex.provider.library.StashSide;
import dev.stash2plex.provider.library.StashSideGaps;
import dev.stash2plex.provider.manifest.ManifestRoutes;
import dev.stash2plex.provider.match.MatchRequestParser;
import dev.stash2plex.provider.match.MatchRoutes;
import dev.stash2plex.provider.match.MatchStep;
import dev.stash2plex.provider.match.Matcher;
import dev.stash2plex.provider.metadata.MetadataRoutes;
import dev.stash2plex.provider.metadata.SceneCollections;
import dev.stash2plex.provider.metadata.SceneToMetadata;
import dev.stash2plex.provider.sync.PlexSync;
import dev.stash2plex.provider.sync.SyncRoutes;
import dev.stash2plex.provider.sync.SyncSetup;
import dev.stash2plex.provider.sync.SyncStatus;
import dev.stash2plex.provider.tv.TvLayout;
import dev.stash2plex.provider.tv.TvRoutes;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The running provider: every object built with {@code new}, in dependency order. {@link Main} starts
 * it for production and tests start it the same way, so what is tested is what ships.
 */
public final class Provider implements AutoCloseable {

    /** Long enough to absorb a library scan's bursts, short enough that an edit in Stash shows on the next refresh. */
    private static final Duration LOOKUP_CACHE_TTL = Duration.ofSeconds(30);
    /** With the desktop app's 5 s {@code /health} probe, a Stash that went away shows in the tray within about 15 s. */
    private static final Duration STASH_CHECK_HEALTHY = Duration.ofSeconds(10);
    private static final Duration STASH_CHECK_FAILING = Duration.ofSeconds(5);

    private final ProviderServer server;
    private final StashWatch stashWatch;
    private final StashHealth stashAtStart;
    private final SceneIndex index;
    private final HistoryRecorder history;
    private final GapRunner gaps;
    private final Optional<PlexSync> sync;

    private Provider(ProviderServer server, StashWatch stashWatch, StashHealth stashAtStart, SceneIndex index,
            HistoryRecorder history, GapRunner gaps, Optional<PlexSync> sync) {
        this.sync = sync;
        this.server = server;
        this.stashWatch = stashWatch;
        this.stashAtStart = stashAtStart;
        this.index = index;
        this.history = history;
        this.gaps = gaps;
    }

    /** The JSON mapper every answer is written with. */
    public static ObjectMapper json() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    public static Provider start(ProviderConfig config, PathRules rules, String version, Clock clock) {
        ObjectMapper json = json();
        Redactor secrets = config.secrets();
        // Before anything can log: from here on no log line can print the key or the token.
        SecretsInLogs.cover(secrets);
        HttpStashClient stashHttp = new HttpStashClient(new StashConnection(config.stashUrl(), config.stashApiKey(),
                config.stashTimeout(), config.stashTimeout(), config.stashMaxConcurrency(), LOOKUP_CACHE_TTL));
        SceneIndex index = config.indexRefresh().isZero() ? null
                : SceneIndex.start(stashHttp, config.dataDir(), config.indexRefresh(), config.indexSweep(),
                        stashIdentity(config.stashUrl()), clock);
        StashClient stash = index == null ? stashHttp : new IndexFirstStashClient(index, stashHttp);
        Supplier<IndexStatus> indexStatus = index == null ? IndexStatus::off : index::status;
        ImageUrls imageUrls = new ImageUrls(config.publicUrl(), config.providerPort());
        SceneToMetadata mapping = new SceneToMetadata(imageUrls, config.metadata());
        StashWatch stashWatch = new StashWatch(stash, clock, STASH_CHECK_HEALTHY, STASH_CHECK_FAILING, secrets);
        AdminAccess adminAccess = new AdminAccess(config.adminToken());
        Matcher matcher = new Matcher(stash, rules, config.mediaRoots(),
                () -> index == null ? null : MatchStep.indexNote(index.status()), config.metadata().organizedOnly());
        // The library view lives in the index's store; without an index it answers 503 and remembers nothing.
        Supplier<Optional<MatchHistory>> matchHistory = index == null ? Optional::empty : index::history;
        HistoryRecorder recorder = new HistoryRecorder(matchHistory, clock);
        Optional<String> syncOff = SyncSetup.offReason(config);
        Optional<PlexSync> sync = syncOff.isPresent() || index == null ? Optional.empty()
                : Optional.of(SyncSetup.start(config.plexUrl(), config.plexToken(), config.sync(), index::store, index::usable,
                        stash, imageUrls, config.publicUrl().isPresent(), rules, clock));
        // With the sync on, the Stash side compares with Plex's own items once the sync says they are listed.
        Supplier<StashSideGaps> stashSide = new StashSide(new ScenesNeverMatched(matchHistory),
                new ScenesNotInPlex(() -> index == null ? Optional.empty() : index.store().map(SceneStore::plexPlacements)),
                sync.<BooleanSupplier>map(s -> s::plexListed).orElse(() -> false));
        GapRunner gaps = new GapRunner(matchHistory, () -> index != null && index.usable(), matcher, recorder, stashSide,
                config.gapsSchedule(), clock).start();
        Supplier<SyncStatus> syncStatus = sync.<Supplier<SyncStatus>>map(s -> s::status)
                .orElse(() -> SyncStatus.off(syncOff.orElse("the scene index is off")));
        ProviderServer server = new ProviderServer(json, config.providerPort(), List.of(
                // The guards come first: Javalin runs before-handlers in the order they were registered.
                new RateLimitGuard(config.rateLimitPerSecond(), clock),
                new HostGuard(new AllowedHosts(config.publicUrl(), config.allowedHosts())),
                new ManifestRoutes(version),
                new MatchRoutes(matcher, new MatchRequestParser(json), imageUrls, adminAccess, recorder),
                new LibraryRoutes(matchHistory, stashSide, gaps, recorder, () -> indexStatus.get().scenes(), adminAccess),
                new MetadataRoutes(stash, stashHttp.collections(), mapping, imageUrls),
                new CollectionRoutes(new StashCollectionSource(stashHttp.collections(), mapping,
                        new SceneCollections(imageUrls, config.metadata())), imageUrls),
                new TvRoutes(version, matcher, new TvLayout(stash, stashHttp.collections(), mapping, imageUrls),
                        new MatchRequestParser(json), imageUrls),
                new ImageRoutes(stash),
                new HealthRoutes(version, clock, stashWatch, rules, indexStatus, syncStatus),
                new SyncRoutes(sync, syncOff.orElse(""), adminAccess)));
        StashHealth first = stashWatch.start();
        try {
            server.start();
        } catch (RuntimeException e) {
            gaps.close();
            recorder.close();
            stashWatch.close();
            sync.ifPresent(PlexSync::close);
            if (index != null) {
                index.close();
            }
            throw e;
        }
        return new Provider(server, stashWatch, first, index, recorder, gaps, sync);
    }

    public int port() {
        return server.port();
    }

    /** How Stash answered the check made while starting, for the banner. */
    public StashHealth stashAtStart() {
        return stashAtStart;
    }

    @Override
    public void close() {
        server.stop();
        gaps.close();
        history.close();
        stashWatch.close();
        // Before the index closes its store, which holds the sync's queue.
        sync.ifPresent(PlexSync::close);
        if (index != null) {
            index.close();
        }
    }

    /**
     * Which Stash an index on disk belongs to, and with which scene fields: its address without anything
     * secret (the URL holds no key), plus {@link Scene#FIELDS_VERSION}, so an index stored before a field was
     * added is built anew rather than answering without it.
     */
    private static String stashIdentity(URI stashUrl) {
        return stashUrl.getScheme() + "://" + stashUrl.getHost() + ":" + stashUrl.getPort()
                + (stashUrl.getRawPath() == null ? "" : stashUrl.getRawPath().replaceAll("/+$", ""))
                + " fields " + Scene.FIELDS_VERSION;
    }
}
