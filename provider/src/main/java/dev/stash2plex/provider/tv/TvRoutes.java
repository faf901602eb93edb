package dev.stash2plex.provider.tv;

import dev.stash2plex.core.stash.StashException;
import dev.stash2plex.provider.http.ErrorBody;
import dev.stash2plex.provider.http.Paging;
import dev.stash2plex.provider.http.Routes;
import dev.stash2plex.provider.images.ImageUrls;
import dev.stash2plex.provider.match.MatchRequestParser;
import dev.stash2plex.provider.match.Matcher;
import dev.stash2plex.provider.plex.Manifest;
import dev.stash2plex.provider.plex.MediaContainer;
import dev.stash2plex.provider.plex.Metadata;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TV provider, registered at {@code {provider}/tv}: its manifest, match, and for every show,
 * season and episode the metadata (with {@code includeChildren=1} the first page of children inline),
 * {@code /children} and {@code /grandchildren} paged, {@code /images} and {@code /extras}. Errors as
 * for the movie provider: 400 for a malformed key, 404 for an unknown item, 200 and an empty container
 * while Stash fails.
 */
public final class TvRoutes implements Routes {

    private static final Logger LOG = LoggerFactory.getLogger(TvRoutes.class);
    private static final String ITEM = TvIds.ROOT + TvIds.METADATA_KEY + "/{ratingKey}";

    private final Manifest manifest;
    private final TvMatcher matcher;
    private final TvTree tree;
    private final MatchRequestParser parser;
    private final ImageUrls imageUrls;

    public TvRoutes(String version, Matcher movieMatcher, TvLayout layout,
            MatchRequestParser parser, ImageUrls imageUrls) {
        this.manifest = Manifest.forTv(TvIds.IDENTIFIER, TvIds.TITLE, version, TvIds.METADATA_KEY, TvIds.MATCH_KEY);
        this.matcher = new TvMatcher(movieMatcher, layout);
        this.tree = new TvTree(layout);
        this.parser = parser;
        this.imageUrls = imageUrls;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(TvIds.ROOT, ctx -> ctx.json(manifest));
        routes.get(TvIds.ROOT + "/", ctx -> ctx.json(manifest));
        routes.post(TvIds.ROOT + TvIds.MATCH_KEY, this::match);
        routes.get(TvIds.ROOT + TvIds.MATCH_KEY, this::match);
        routes.get(ITEM, this::item);
        routes.get(ITEM + "/children", ctx -> page(ctx, false));
        routes.get(ITEM + "/grandchildren", ctx -> page(ctx, true));
        routes.get(ITEM + "/images", this::images);
        routes.get(ITEM + "/extras", ctx -> parse(ctx).ifPresent(item -> ctx.json(container(List.of(), 0, 0))));
    }

    private void match(Context ctx) {
        try {
            List<Metadata> items = matcher.match(parser.parse(ctx.body(), ctx.queryParamMap()), base(ctx));
            ctx.json(container(items, 0, items.size()));
        } catch (StashException e) {
            LOG.warn("TV match unanswered: Stash {} ({})", e.kind(), e.getMessage());
            ctx.json(container(List.of(), 0, 0));
        }
    }

    private void item(Context ctx) {
        parse(ctx).ifPresent(item -> answer(ctx, () -> {
            Optional<Metadata> found = tree.item(item, base(ctx));
            if (found.isPresent() && "1".equals(ctx.queryParam("includeChildren"))) {
                Paging paging = Paging.of(ctx);
                found = Optional.of(found.get().withChildren(tree.children(item, paging, false, base(ctx))
                        .map(TvTree.Page::items).orElse(List.of())));
            }
            return found.map(metadata -> container(List.of(metadata), 0, 1));
        }));
    }

    private void page(Context ctx, boolean grandchildren) {
        parse(ctx).ifPresent(item -> answer(ctx, () -> {
            Paging paging = Paging.of(ctx);
            return tree.children(item, paging, grandchildren, base(ctx)).map(page -> {
                paging.answerHeaders(ctx, page.totalSize());
                return container(page.items(), paging.start(), page.totalSize());
            });
        }));
    }

    private void images(Context ctx) {
        parse(ctx).ifPresent(item -> answer(ctx, () -> tree.images(item, base(ctx))
                .map(images -> MediaContainer.ofImages(TvIds.IDENTIFIER, images))));
    }

    @FunctionalInterface
    private interface Answer {
        Optional<MediaContainer.Envelope> get() throws StashException;
    }

    private static void answer(Context ctx, Answer answer) {
        try {
            Optional<MediaContainer.Envelope> body = answer.get();
            if (body.isEmpty()) {
                ErrorBody.send(ctx, 404, "unknown-item", "Stash has nothing for " + ctx.pathParam("ratingKey"));
            } else {
                ctx.json(body.get());
            }
        } catch (StashException e) {
            LOG.warn("TV item {} unavailable: Stash {} ({})", ctx.pathParam("ratingKey"), e.kind(), e.getMessage());
            ctx.header("Cache-Control", "no-store");
            ctx.json(container(List.of(), 0, 0));
        }
    }

    private static Optional<TvIds.Item> parse(Context ctx) {
        Optional<TvIds.Item> item = TvIds.parse(ctx.pathParam("ratingKey"));
        if (item.isEmpty()) {
            ErrorBody.send(ctx, 400, "bad-rating-key", "A TV ratingKey is show-{studio}, season-{studio}-{year} or"
                    + " episode-{scene}, e.g. /tv/library/metadata/show-5");
        }
        return item;
    }

    private static MediaContainer.Envelope container(List<Metadata> items, int offset, int total) {
        return MediaContainer.ofPage(TvIds.IDENTIFIER, items, offset, total);
    }

    private String base(Context ctx) {
        return imageUrls.baseFor(ctx.header("Host"));
    }
}
