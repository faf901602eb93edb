package dev.stash2plex.app.notify;

import dev.stash2plex.app.health.StatusText;
import dev.stash2plex.app.health.SyncHealth;
import dev.stash2plex.app.messages.UserMessages;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * One notification when the Plex sync has been failing (Plex away, or the token refused) for longer
 * than {@link #PATIENCE}, measured from the provider's own {@code failing_since}, and one when it
 * delivers again. A short outage (Plex restarting for an update) says nothing. Called on one
 * thread (the FX thread in the app) with each {@code /health} answer's sync block.
 */
public final class SyncNotifier {

    static final Duration PATIENCE = Duration.ofMinutes(10);

    private final UserMessages messages;
    private final Clock clock;
    private final ZoneId zone;
    private final Consumer<Notifier.Notification> sink;
    private boolean announcedFailure;

    public SyncNotifier(UserMessages messages, Clock clock, ZoneId zone, Consumer<Notifier.Notification> sink) {
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        this.sink = sink;
    }

    public void update(SyncHealth sync) {
        if (sync.troubled()) {
            boolean longEnough = sync.failingSince() != null
                    && Duration.between(sync.failingSince(), clock.instant()).compareTo(PATIENCE) > 0;
            if (longEnough && !announcedFailure) {
                announcedFailure = true;
                String line = new StatusText(messages).syncLine(sync, zone).orElse("");
                sink.accept(new Notifier.Notification("sync.failing", messages.text("sync.notify.failing.title"),
                        messages.text("sync.notify.failing.text", line, sync.reason() == null ? "" : sync.reason()), true));
            }
        } else if (announcedFailure && (sync.state() == SyncHealth.State.UP_TO_DATE || sync.state() == SyncHealth.State.WAITING)) {
            announcedFailure = false;
            sink.accept(new Notifier.Notification("sync.recovered", messages.text("sync.notify.recovered.title"),
                    messages.text("sync.notify.recovered.text", new StatusText(messages).syncLine(sync, zone).orElse("")), false));
        }
    }
}
