package dev.stash2plex.app.notify;

import dev.stash2plex.app.health.ProviderStatus;
import dev.stash2plex.app.health.StatusText;
import dev.stash2plex.app.messages.UserMessages;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Turns status changes into notifications, only for real transitions: a problem that may pass by
 * itself must last {@code debounce} before it is announced (a provider that restarts itself in a few
 * seconds, or an event stream that drops for a moment after a resume, says nothing), news that stays
 * (running, restarts switched off, a failed start) is told at once, and a state is never announced
 * twice in a row (deduplicated by key). Called on one thread (the FX thread in the app); the timer
 * calls back on that same thread.
 */
public final class Notifier {

    /** Runs {@code action} after {@code delay} on the notifier's thread; the handle cancels it. */
    @FunctionalInterface
    public interface Timer {
        Runnable after(Duration delay, Runnable action);
    }

    /** What the user sees; {@code key} identifies the kind of news for de-duplication. */
    public record Notification(String key, String title, String text, boolean problem) {
    }

    private final UserMessages messages;
    private final StatusText statusText;
    private final Timer timer;
    private final Duration debounce;
    private final Consumer<Notification> sink;

    private ProviderStatus current;
    private String lastAnnounced;
    private Runnable pending = () -> { };

    public Notifier(UserMessages messages, Timer timer, Duration debounce, Consumer<Notification> sink) {
        this.messages = messages;
        this.statusText = new StatusText(messages);
        this.timer = timer;
        this.debounce = debounce;
        this.sink = sink;
    }

    public void status(ProviderStatus status) {
        if (status.equals(current)) {
            return;
        }
        current = status;
        pending.run();
        pending = () -> { };
        String key = key(status);
        if (key == null || key.equals(lastAnnounced)) {
            return;
        }
        if (settled(status)) {
            announceIfStill(status, key);
        } else {
            pending = timer.after(debounce, () -> announceIfStill(status, key));
        }
    }

    /**
     * News that will not undo itself is told at the transition: running again, restarts switched off,
     * a start that failed. Only problems that may pass by themselves wait out the debounce.
     */
    private static boolean settled(ProviderStatus status) {
        return switch (status) {
            case ProviderStatus.Healthy h -> true;
            case ProviderStatus.Crashed c -> c.restartsStopped();
            case ProviderStatus.Failed f -> true;
            default -> false;
        };
    }

    private void announceIfStill(ProviderStatus announced, String key) {
        if (!Objects.equals(key(current), key) || key.equals(lastAnnounced)) {
            return;
        }
        lastAnnounced = key;
        sink.accept(new Notification(key, messages.text("status.tooltip", statusText.status(current)),
                statusText.detail(current), !(announced instanceof ProviderStatus.Healthy)));
    }

    /** The kind of news a status is, or null for states the user caused or that pass by themselves. */
    static String key(ProviderStatus status) {
        return switch (status) {
            case ProviderStatus.Healthy h -> "healthy";
            case ProviderStatus.Degraded d -> "degraded." + d.reason();
            case ProviderStatus.Crashed c -> c.restartsStopped() ? "crash-loop" : "crashed";
            case ProviderStatus.Failed f -> "failed." + f.kind();
            case ProviderStatus.EngineUnavailable e -> "engine-unavailable";
            case ProviderStatus.NotConfigured n -> null;
            case ProviderStatus.Building b -> null;
            case ProviderStatus.Starting s -> null;
            case ProviderStatus.Indexing i -> null;
            case ProviderStatus.Stopped s -> null;
        };
    }
}
