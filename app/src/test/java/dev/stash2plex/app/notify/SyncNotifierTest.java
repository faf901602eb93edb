package dev.stash2plex.app.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.health.SyncHealth;
import dev.stash2plex.app.messages.UserMessages;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One notification after ten minutes of failing, one on recovery, nothing for a short outage. */
class SyncNotifierTest {

    private static final Instant T0 = Instant.parse("2026-12-02T14:02:00Z");
    private static final String AWAY = "Plex at http://plex:32400 could not be reached to refresh item 12 (ConnectException)";

    private final List<Notifier.Notification> shown = new ArrayList<>();

    private SyncNotifier at(Instant now) {
        return new SyncNotifier(UserMessages.forLocale(Locale.ENGLISH), Clock.fixed(now, ZoneOffset.UTC), ZoneOffset.UTC, shown::add);
    }

    private static SyncHealth failing(int waiting) {
        return new SyncHealth(SyncHealth.State.FAILING, AWAY, waiting, 0, T0);
    }

    @Test
    void aShortOutageSaysNothing() {
        SyncNotifier notifier = at(T0.plusSeconds(9 * 60));
        notifier.update(failing(3));
        notifier.update(new SyncHealth(SyncHealth.State.UP_TO_DATE, null, 0, 0, null));
        assertThat(shown).isEmpty();
    }

    @Test
    void failingForMoreThanTenMinutesIsToldOnceAndTheRecoveryOnce() {
        SyncNotifier notifier = at(T0.plusSeconds(11 * 60));
        notifier.update(failing(3));
        notifier.update(failing(5));
        notifier.update(new SyncHealth(SyncHealth.State.STOPPED, "refused (HTTP 401)", 5, 0, T0));
        assertThat(shown).singleElement().satisfies(n -> {
            assertThat(n.problem()).isTrue();
            assertThat(n.title()).isEqualTo("Plex is not getting your changes");
            assertThat(n.text()).startsWith("3 changes waiting \u2014 Plex unreachable since 14:02. ").endsWith(AWAY);
        });

        notifier.update(new SyncHealth(SyncHealth.State.WAITING, null, 5, 0, null));
        notifier.update(new SyncHealth(SyncHealth.State.UP_TO_DATE, null, 0, 0, null));
        assertThat(shown).hasSize(2);
        assertThat(shown.getLast().problem()).isFalse();
        assertThat(shown.getLast().title()).isEqualTo("Plex is getting your changes again");
        assertThat(shown.getLast().text()).isEqualTo("5 changes waiting for Plex.");
    }
}
