package dev.stash2plex.app.tray;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.health.ProviderStatus;
import dev.stash2plex.app.health.SyncHealth;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.tray.TrayMenu.Action;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Plex sync's line in the tray: under the status, in the tooltip, and "Sync now" while it runs. */
class TraySyncLineTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final TrayMenuFactory factory = new TrayMenuFactory(UserMessages.forLocale(Locale.ENGLISH), BERLIN);
    private final ProviderStatus running = new ProviderStatus.Healthy("0.3.0", "v0.30.1");

    private static SyncHealth sync(SyncHealth.State state, String reason, int waiting, Instant since) {
        return new SyncHealth(state, reason, waiting, 0, since);
    }

    @Test
    void upToDateShowsUnderTheStatusAndInTheTooltipWithSyncNow() {
        TrayView view = factory.view(running, Optional.empty(), sync(SyncHealth.State.UP_TO_DATE, null, 0, null));
        assertThat(view.menu().get(0)).isEqualTo(new TrayMenu.StatusLine("\u25CF Running"));
        assertThat(view.menu().get(1)).isEqualTo(new TrayMenu.StatusLine("\u21BB Plex up to date"));
        assertThat(view.tooltip()).isEqualTo("Stash2Plex: Running \u00B7 Plex up to date");
        assertThat(view.menu()).contains(new Action(TrayCommand.SYNC_NOW, "Sync Plex now", true));
    }

    @Test
    void plexAwaySaysHowManyWaitAndSinceWhenInLocalTime() {
        SyncHealth failing = sync(SyncHealth.State.FAILING,
                "Plex at http://192.168.1.20:32400 could not be reached to refresh item 12 (ConnectException)", 12,
                Instant.parse("2026-12-02T13:02:00Z"));
        TrayView view = factory.view(running, Optional.empty(), failing);
        assertThat(view.menu().get(1)).isEqualTo(new TrayMenu.StatusLine("\u21BB 12 changes waiting \u2014 Plex unreachable since 14:02"));
        assertThat(view.tooltip()).endsWith("12 changes waiting \u2014 Plex unreachable since 14:02");

        SyncHealth busy = sync(SyncHealth.State.FAILING, "Plex at http://plex:32400 answered HTTP 503 when asked to …", 1,
                Instant.parse("2026-12-02T13:02:00Z"));
        assertThat(factory.view(running, Optional.empty(), busy).menu().get(1))
                .isEqualTo(new TrayMenu.StatusLine("\u21BB 1 change waiting \u2014 Plex failing since 14:02"));
    }

    @Test
    void aRefusedTokenAndWaitingChangesAndOffAreSaid() {
        assertThat(factory.view(running, Optional.empty(), sync(SyncHealth.State.STOPPED, "401", 3, Instant.EPOCH)).tooltip())
                .endsWith("Plex refused the token \u2014 sync stopped (3 changes waiting)");
        assertThat(factory.view(running, Optional.empty(), sync(SyncHealth.State.WAITING, null, 1, null)).tooltip())
                .endsWith("1 change waiting for Plex");
        TrayView off = factory.view(running, Optional.empty(), sync(SyncHealth.State.OFF, "no Plex token", 0, null));
        assertThat(off.menu().get(1)).isEqualTo(new TrayMenu.StatusLine("\u21BB Plex sync off"));
        assertThat(off.menu()).noneMatch(item -> item instanceof Action action && action.command() == TrayCommand.SYNC_NOW);
    }

    @Test
    void noSyncLineWhileTheProviderIsNotRunningOrDidNotReportOne() {
        SyncHealth upToDate = sync(SyncHealth.State.UP_TO_DATE, null, 0, null);
        assertThat(factory.view(new ProviderStatus.Stopped(), Optional.empty(), upToDate).menu())
                .noneMatch(item -> item instanceof TrayMenu.StatusLine line && line.text().contains("Plex"));
        assertThat(factory.view(running, Optional.empty(), SyncHealth.NOT_REPORTED).tooltip()).isEqualTo("Stash2Plex: Running");
    }
}
