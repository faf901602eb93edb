package dev.stash2plex.provider.match;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stash2plex.core.guid.PlexIds;
import dev.stash2plex.core.stash.ImageKind;
import dev.stash2plex.core.stash.SceneHit;
import dev.stash2plex.core.stash.StashDates;
import dev.stash2plex.provider.access.AdminAccess;
import dev.stash2plex.provider.http.Routes;
import dev.stash2plex.provider.images.ImageUrls;
import dev.stash2plex.provider.metadata.SceneTitles;
import dev.stash2plex.provider.plex.MediaContainer;
import dev.stash2plex.provider.plex.Metadata;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /library/metadata/matches} (also GET, as some senders use query parameters) and the
 * explain endpoint. A match always answers 200 with a MediaContainer — for garbage, for no match and
 * while Stash is down — because Plex then leaves the item unmatched and tries again later. The explain
 * endpoint shows Stash's file paths, so {@link AdminAccess} decides who sees it.
 */
public final class MatchRoutes implements Routes {

    private static final Logger LOG = LoggerFactory.getLogger(MatchRoutes.class);

    private final Matcher matcher;
    private final MatchRequestParser parser;
    private final ImageUrls imageUrls;
    private final AdminAccess adminAccess;
    private final MatchLog matchLog;

    public MatchRoutes(Matcher matcher, MatchRequestParser parser, ImageUrls imageUrls, AdminAccess adminAccess) {
        this(matcher, parser, imageUrls, adminAccess, MatchLog.none());
    }

    /** @param matchLog remembers every automatic match (not {@code /explain}'s) for the library view */
    public MatchRoutes(Matcher matcher, MatchRequestParser parser, ImageUrls imageUrls, AdminAccess adminAccess,
            MatchLog matchLog) {
        this.matcher = matcher;
        this.parser = parser;
        this.imageUrls = imageUrls;
        this.adminAccess = adminAccess;
        this.matchLog = matchLog;
    }

    /** The explain answer: the automatic decision with its steps, and the list Fix Match would show. */
    record Explanation(
            @JsonProperty("request") MatchRequest request,
            @JsonProperty("automatic") MatchResult automatic,
            @JsonProperty("manual") List<Candidate> manual) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(PlexIds.MATCH_KEY, this::match);
        routes.get(PlexIds.MATCH_KEY, this::match);
        routes.post("/explain", this::explain);
        routes.get("/explain", this::explain);
    }

    private void match(Context ctx) {
        MatchRequest request = parser.parse(ctx.body(), ctx.queryParamMap());
        MatchResult result = matcher.match(request);
        log(result);
        if (!request.manual()) {
            matchLog.record(result);
        }
        String base = imageUrls.baseFor(ctx.header("Host"));
        ctx.json(MediaContainer.ofMetadata(result.candidates().stream().map(c -> toMetadata(c, base)).toList()));
    }

    private void explain(Context ctx) {
        if (!adminAccess.admit(ctx)) {
            return;
        }
        MatchRequest request = parser.parse(ctx.body(), ctx.queryParamMap());
        MatchResult automatic = matcher.match(request.withManual(false));
        MatchResult manual = matcher.match(request.withManual(true));
        ctx.header("Cache-Control", "no-store");
        ctx.json(new Explanation(request, automatic, manual.candidates()));
    }

    private Metadata toMetadata(Candidate candidate, String imageBase) {
        SceneHit scene = candidate.scene();
        return Metadata.candidate(
                scene.id(),
                SceneTitles.displayTitle(scene.title(), scene.files()),
                StashDates.year(scene.date()),
                StashDates.fullDate(scene.date()),
                imageUrls.url(imageBase, ImageKind.SCENE_SCREENSHOT, scene.id(), ImageUrls.versionOf(scene.updatedAt())),
                candidate.score());
    }

    private static void log(MatchResult result) {
        MatchRequest request = result.request();
        var event = (result.stashError() != null ? LOG.atWarn() : LOG.atInfo())
                .addKeyValue("manual", request.manual())
                .addKeyValue("filename", request.filename())
                .addKeyValue("title", request.title())
                .addKeyValue("candidates", result.candidates().size())
                .addKeyValue("steps", result.steps().stream().map(s -> s.name() + ":" + s.outcome()).toList());
        if (!result.candidates().isEmpty()) {
            Candidate top = result.candidates().getFirst();
            event = event.addKeyValue("scene", top.scene().id()).addKeyValue("via", top.step());
        }
        if (result.stashError() != null) {
            event = event.addKeyValue("stash_error", result.stashError());
        }
        event.log(result.candidates().isEmpty() ? "No match" : "Matched");
    }
}
