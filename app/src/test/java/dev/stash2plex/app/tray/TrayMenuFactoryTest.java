package dev.stash2plex.app.tray;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.health.ProviderStatus;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.tray.TrayMenu.Action;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TrayMenuFactoryTest {

    private final TrayMenuFactory factory = new TrayMenuFactory(UserMessages.forLocale(Locale.ENGLISH));

    private Map<TrayCommand, Boolean> enabled(ProviderStatus status) {
        return factory.view(status, Optional.of("http://localhost:32400/web")).menu().stream()
                .filter(Action.class::isInstance).map(Action.class::cast)
                .collect(Collectors.toMap(Action::command, Action::enabled));
    }

    @Test
    void theStatusLineComesFirstAndTheTooltipSaysTheSame() {
        TrayView view = factory.view(new ProviderStatus.Healthy("0.1.0", "v0.30.1"), Optional.empty());
        assertThat(view.menu().getFirst()).isEqualTo(new TrayMenu.StatusLine("\u25CF Running"));
        assertThat(view.tooltip()).isEqualTo("Stash2Plex: Running");
        assertThat(view.icon()).isEqualTo(TrayIcons.Kind.HEALTHY);
        assertThat(view.detail()).contains("0.1.0", "v0.30.1");
        assertThat(view.menu().getLast()).isEqualTo(new Action(TrayCommand.QUIT, "Quit Stash2Plex", true));
    }

    @Test
    void aLoadingIndexSaysHowFarItGotAndARunningProviderCanBeStopped() {
        ProviderStatus indexing = new ProviderStatus.Indexing(40, 4000, 10_000L, "0.2.0", "v0.30.1");
        TrayView view = factory.view(indexing, Optional.empty());
        assertThat(view.menu().getFirst()).isEqualTo(new TrayMenu.StatusLine("\u25CF Indexing Stash\u2026 40 %"));
        assertThat(view.tooltip()).isEqualTo("Stash2Plex: Indexing Stash\u2026 40 %");
        assertThat(view.icon()).isEqualTo(TrayIcons.Kind.HEALTHY);
        assertThat(view.detail()).contains("0.2.0", "v0.30.1", "4,000 of 10,000");
        assertThat(enabled(indexing)).containsEntry(TrayCommand.START, false)
                .containsEntry(TrayCommand.STOP, true).containsEntry(TrayCommand.RESTART, true);

        TrayView counting = factory.view(new ProviderStatus.Indexing(null, 120, null, "0.2.0", "v0.30.1"), Optional.empty());
        assertThat(counting.tooltip()).isEqualTo("Stash2Plex: Indexing Stash\u2026");
        assertThat(counting.detail()).contains("120 so far");
    }

    @Test
    void theLibraryOpensWhileTheProviderRunsAndNotWhileItIsNotConfigured() {
        assertThat(enabled(new ProviderStatus.Healthy("1", "2"))).containsEntry(TrayCommand.LIBRARY, true);
        assertThat(enabled(new ProviderStatus.NotConfigured())).containsEntry(TrayCommand.LIBRARY, false);
    }

    @Test
    void commandsAreEnabledPerState() {
        assertThat(enabled(new ProviderStatus.Healthy("1", "2"))).containsEntry(TrayCommand.START, false)
                .containsEntry(TrayCommand.STOP, true).containsEntry(TrayCommand.RESTART, true);
        assertThat(enabled(new ProviderStatus.Stopped())).containsEntry(TrayCommand.START, true)
                .containsEntry(TrayCommand.STOP, false).containsEntry(TrayCommand.RESTART, false);
        assertThat(enabled(new ProviderStatus.Crashed(1, false, List.of(), true))).containsEntry(TrayCommand.START, true)
                .containsEntry(TrayCommand.STOP, false);
        assertThat(enabled(new ProviderStatus.Building("x"))).containsEntry(TrayCommand.START, false)
                .containsEntry(TrayCommand.STOP, false).containsEntry(TrayCommand.SETTINGS, true);
        assertThat(enabled(new ProviderStatus.NotConfigured())).containsEntry(TrayCommand.LOGS, false)
                .containsEntry(TrayCommand.COPY_URL, false).containsEntry(TrayCommand.SETTINGS, true);
        assertThat(enabled(new ProviderStatus.EngineUnavailable("x", ProviderStatus.EngineAdvice.START_ENGINE)))
                .containsEntry(TrayCommand.LOGS, false).containsEntry(TrayCommand.START, false);
    }

    @Test
    void aKillFromOutsideSaysDockerLeavesItStoppedAndOffersStart() {
        ProviderStatus killed = new ProviderStatus.Crashed(137, false, List.of(), false, true);
        TrayView view = factory.view(killed, Optional.empty());

        assertThat(view.menu().getFirst()).isEqualTo(new TrayMenu.StatusLine("\u25CF Stopped outside Stash2Plex (exit code 137)"));
        assertThat(view.detail()).isEqualTo("The provider was stopped outside Stash2Plex (exit code 137), for example with"
                + " docker kill. Docker leaves it stopped; choose Start to run it again.");
        assertThat(enabled(killed)).containsEntry(TrayCommand.START, true).containsEntry(TrayCommand.STOP, false)
                .containsEntry(TrayCommand.RESTART, false);
    }

    @Test
    void openPlexIsHiddenWithoutAPlexAddress() {
        List<TrayMenu> menu = factory.view(new ProviderStatus.Stopped(), Optional.empty()).menu();
        assertThat(menu).filteredOn(Action.class::isInstance).extracting(item -> ((Action) item).command())
                .doesNotContain(TrayCommand.OPEN_PLEX).contains(TrayCommand.COPY_URL);
    }

    @Test
    void aCrashShowsTheExitCodeAndOutOfMemorySaysSo() {
        assertThat(factory.view(new ProviderStatus.Crashed(137, false, List.of(), false), Optional.empty()).tooltip())
                .isEqualTo("Stash2Plex: Stopped unexpectedly (exit code 137)");
        assertThat(factory.view(new ProviderStatus.Crashed(137, true, List.of(), false), Optional.empty()).tooltip())
                .contains("out of memory");
    }

    @Test
    void thePlexWebAddressForTheBrowserUsesThisMachineForTheContainerName() {
        assertThat(TrayController.plexBrowserUrl("http://host.docker.internal:32400")).contains("http://localhost:32400/web");
        assertThat(TrayController.plexBrowserUrl("http://192.168.1.5:32400/")).contains("http://192.168.1.5:32400/web");
        assertThat(TrayController.plexBrowserUrl(" ")).isEmpty();
    }

    @Test
    void aTakenPortOffersItsFixRightUnderTheStatusLineAndDetailsAndStart() {
        ProviderStatus failed = new ProviderStatus.Failed(ProviderStatus.FailureKind.CONTAINER, "Bind for 0.0.0.0:9090 failed",
                new dev.stash2plex.app.docker.EngineProblem.PortInUse(9090));
        TrayView view = factory.view(failed, Optional.empty());

        assertThat(view.menu()).startsWith(new TrayMenu.StatusLine("\u25CF Could not start: port 9090 is in use"),
                new Action(TrayCommand.FIX, "Use port 9091", true), new Action(TrayCommand.DETAILS, "Details\u2026", true));
        assertThat(enabled(failed)).containsEntry(TrayCommand.START, true);
    }

    @Test
    void aStatusWithNothingTechnicalBehindItOffersNeitherFixNorDetails() {
        assertThat(enabled(new ProviderStatus.Building("Step 1/19 : ARG X"))).doesNotContainKeys(TrayCommand.FIX, TrayCommand.DETAILS);
        assertThat(enabled(new ProviderStatus.Healthy("0.1.0", "v1"))).doesNotContainKeys(TrayCommand.FIX, TrayCommand.DETAILS);
    }

    @Test
    void theLogFolderAndTheAboutBoxAreInTheMenuInEveryState() {
        for (ProviderStatus status : List.of(new ProviderStatus.NotConfigured(), new ProviderStatus.Healthy("1", "2"),
                new ProviderStatus.Crashed(1, false, List.of(), true))) {
            List<TrayMenu> menu = factory.view(status, Optional.empty()).menu();
            assertThat(menu).as(status.toString()).contains(new Action(TrayCommand.OPEN_LOG_FOLDER, "Open log folder", true),
                    new Action(TrayCommand.ABOUT, "About Stash2Plex", true));
            assertThat(menu.get(menu.size() - 2)).isInstanceOf(TrayMenu.Separator.class);
        }
    }
}
