package dev.stash2plex.provider.library;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stash2plex.provider.access.AdminAccess;
import dev.stash2plex.provider.http.ErrorBody;
import dev.stash2plex.provider.http.Routes;
import dev.stash2plex.provider.index.store.MatchHistory;
import dev.stash2plex.provider.index.store.StoreException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * The library view: {@code /library/report}, {@code /library/files}, {@code /library/gaps},
 * {@code /library/gaps/run} and {@code /library/rules/proposals}. Every answer comes from the store
 * in a few queries, never one per item and never from Stash. They show Plex's and Stash's file paths,
 * so, like {@code /explain}, only {@link AdminAccess} callers see them.
 */
public final class LibraryRoutes implements Routes {

    /** The steps in the order the matcher tries them, then the unmatched. */
    static final List<String> STEPS = List.of("guid", "path", "fingerprint", "basename", "title", "none");
    /** Enough pairs of same-named files for any folder layout; the proposals read no more. */
    private static final int PROPOSAL_EVIDENCE = 20_000;
    private static final int MAX_PROPOSALS = 10;

    private final Supplier<Optional<MatchHistory>> history;
    private final Supplier<StashSideGaps> stashSide;
    private final GapRunner runner;
    private final HistoryRecorder recorder;
    private final IntSupplier sceneCount;
    private final AdminAccess adminAccess;

    public LibraryRoutes(Supplier<Optional<MatchHistory>> history, Supplier<StashSideGaps> stashSide, GapRunner runner,
            HistoryRecorder recorder, IntSupplier sceneCount, AdminAccess adminAccess) {
        this.history = history;
        this.stashSide = stashSide;
        this.runner = runner;
        this.recorder = recorder;
        this.sceneCount = sceneCount;
        this.adminAccess = adminAccess;
    }

    /** A file of the history as the lists show it. */
    record FileRow(@JsonProperty("filename") String filename, @JsonProperty("library_root") String libraryRoot,
            @JsonProperty("title") String title, @JsonProperty("step") String step,
            @JsonProperty("scene_id") String sceneId, @JsonProperty("seen_at") Instant seenAt) {

        static FileRow of(MatchHistory.Entry entry) {
            return new FileRow(entry.filename(), entry.libraryRoot(), entry.title(), entry.step() == null ? "none" : entry.step(),
                    entry.sceneId() == null ? null : entry.sceneId().toString(), entry.seenAt());
        }
    }

    record PageBody<T>(@JsonProperty("total") int total, @JsonProperty("offset") int offset,
            @JsonProperty("limit") int limit, @JsonProperty("items") List<T> items) {
    }

    record Proposals(@JsonProperty("considered") int considered, @JsonProperty("proposals") List<ProposedRule> proposals) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/library/report", guarded(this::report));
        routes.get("/library/files", guarded(this::files));
        routes.get("/library/gaps", guarded(this::gaps));
        routes.post("/library/gaps/run", guarded(this::run));
        routes.get("/library/rules/proposals", guarded(this::proposals));
    }

    private Handler guarded(Handler handler) {
        return ctx -> {
            if (!adminAccess.admit(ctx)) {
                return;
            }
            ctx.header("Cache-Control", "no-store");
            try {
                handler.handle(ctx);
            } catch (IllegalArgumentException e) {
                ErrorBody.send(ctx, 400, "bad-request", e.getMessage());
            } catch (LibraryUnavailable e) {
                ErrorBody.send(ctx, 503, "library-unavailable", e.getMessage());
            } catch (StoreException e) {
                ErrorBody.send(ctx, 503, "store-failed", "The index store could not be read: " + e.getMessage());
            }
        };
    }

    private void report(Context ctx) {
        MatchHistory store = store();
        Map<String, Integer> byStep = new LinkedHashMap<>();
        STEPS.forEach(step -> byStep.put(step, 0));
        byStep.putAll(store.countsByStep());
        int files = byStep.values().stream().mapToInt(Integer::intValue).sum();
        StashSideGaps side = stashSide.get();
        int stashUnmatched = side.page(null, 0, 1).total();
        ctx.json(new LibraryReport(files, byStep, byStep.get("none"), stashUnmatched, side.basis(), sceneCount.getAsInt(),
                MatchHistory.MAX_FILES, recorder.dropped(), runner.schedule().label(), runner.running(),
                runner.lastRun().orElse(null)));
    }

    private void files(Context ctx) {
        PageRequest page = PageRequest.of(ctx);
        String step = ctx.queryParam("step");
        if (step != null && !STEPS.contains(step)) {
            throw new IllegalArgumentException("step must be one of " + String.join(", ", STEPS) + " (got \"" + step + "\")");
        }
        MatchHistory.Page<MatchHistory.Entry> found = store().files(step, page.search(), page.offset(), page.limit());
        ctx.json(new PageBody<>(found.total(), found.offset(), page.limit(), found.items().stream().map(FileRow::of).toList()));
    }

    private void gaps(Context ctx) {
        PageRequest page = PageRequest.of(ctx);
        String side = ctx.queryParam("side");
        if ("plex".equals(side)) {
            MatchHistory.Page<MatchHistory.Entry> found = store().files("none", page.search(), page.offset(), page.limit());
            ctx.json(new PageBody<>(found.total(), found.offset(), page.limit(), found.items().stream().map(FileRow::of).toList()));
        } else if ("stash".equals(side)) {
            MatchHistory.Page<StashSideGaps.SceneGap> found = stashSide.get().page(page.search(), page.offset(), page.limit());
            ctx.json(new PageBody<>(found.total(), found.offset(), page.limit(), found.items()));
        } else {
            throw new IllegalArgumentException("side must be plex (Plex files without a scene) or stash (scenes Plex has not"
                    + " matched)" + (side == null ? "" : " (got \"" + side + "\")"));
        }
    }

    private void run(Context ctx) {
        store();
        boolean started = runner.trigger();
        ctx.status(202).json(Map.of("started", started, "running", true));
    }

    private void proposals(Context ctx) {
        List<MatchHistory.SharedName> evidence = store().sharedNames(PROPOSAL_EVIDENCE);
        int considered = (int) evidence.stream().map(MatchHistory.SharedName::filename).distinct().count();
        ctx.json(new Proposals(considered, RuleProposals.propose(evidence, MAX_PROPOSALS)));
    }

    private MatchHistory store() {
        return history.get().orElseThrow(LibraryUnavailable::new);
    }
}
