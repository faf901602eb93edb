package dev.stash2plex.app.settings.form;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.settings.PathRuleSetting;
import dev.stash2plex.app.settings.PathRuleValidation;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The path tester with a user's pattern that backtracks without end, and off the FX thread. */
class GuardedPathTrialTest {

    private static final String RUNAWAY = "^/(.*a){20}$";   // Java's engine backtracks on it for hours
    private static final String PATH = "/" + "a".repeat(28) + "!";

    @Test
    void aPatternThatBacktracksWithoutEndIsStoppedAndNamed() throws Exception {
        PathTrial trial = new GuardedPathTrial(new ProviderPathTrial(), Duration.ofMillis(200));
        List<PathRuleSetting> rules = List.of(PathRuleSetting.of("greedy", RUNAWAY, "/stash/x"));
        assertThat(PathRuleValidation.check(rules)).as("a valid rule: only running it shows the problem").isEmpty();
        long started = System.nanoTime();
        PathTrial.Result result = CompletableFuture.supplyAsync(() -> trial.map(rules, PATH)).get(10, TimeUnit.SECONDS);
        assertThat(result).isEqualTo(new PathTrial.Result.TooSlow("greedy", Duration.ofMillis(200)));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aQuickPatternIsHandedToTheProvidersCode() {
        PathTrial trial = new GuardedPathTrial(new ProviderPathTrial(), Duration.ofMillis(200));
        assertThat(trial.map(List.of(PathRuleSetting.of("media", "^/plex/(.*)", "/stash/\\1")), "/plex/a/b.mkv"))
                .isEqualTo(new PathTrial.Result.Mapped("media", "/stash/a/b.mkv"));
    }

    @Test
    void theTesterRunsThePatternsOnTheIoExecutorAndShowsOnlyTheNewestAnswer() throws Exception {
        ExecutorService io = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "test-io"));
        List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
        PathRulesModel model = new PathRulesModel((rules, path) -> {
            threads.add(Thread.currentThread().getName());
            return new PathTrial.Result.Mapped("r", path);
        }, io, Runnable::run);
        model.load(List.of(PathRuleSetting.of("r", "^/(.*)", "/\\1")));
        model.testPath().set("/first");
        model.testPath().set("/second");
        io.shutdown();
        assertThat(io.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        assertThat(threads).isNotEmpty().allMatch("test-io"::equals);
        assertThat(model.testResult().get()).isEqualTo(new PathTrial.Result.Mapped("r", "/second"));
    }
}
