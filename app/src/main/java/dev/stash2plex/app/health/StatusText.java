package dev.stash2plex.app.health;

import dev.stash2plex.app.logs.LogEntry;
import dev.stash2plex.app.messages.UserMessages;

/**
 * The provider's status in words: a few for the tray's status line and tooltip, a sentence or two
 * for what it means and what to do (notifications, the status page, the window fallback).
 */
public final class StatusText {

    private static final int QUOTED = 200;

    private final UserMessages messages;

    public StatusText(UserMessages messages) {
        this.messages = messages;
    }

    /** The status in a few words. */
    public String status(ProviderStatus status) {
        return switch (status) {
            case ProviderStatus.Crashed crashed when crashed.oomKilled() -> messages.text("status.Crashed.oom");
            case ProviderStatus.Crashed crashed when crashed.killed() -> messages.text("status.Crashed.killed", crashed.exitCode());
            case ProviderStatus.Crashed crashed -> messages.text("status.Crashed", crashed.exitCode());
            case ProviderStatus.Indexing indexing when indexing.percent() != null ->
                    messages.text("status.Indexing.percent", indexing.percent());
            default -> messages.text("status." + status.getClass().getSimpleName());
        };
    }

    /** What the status means and what to do about it. */
    public String detail(ProviderStatus status) {
        return switch (status) {
            case ProviderStatus.NotConfigured n -> messages.text("status.NotConfigured.detail");
            case ProviderStatus.EngineUnavailable e -> messages.text("status.EngineUnavailable." + e.advice().name(), e.tried());
            case ProviderStatus.Building b -> messages.text("status.Building.detail", b.progress());
            case ProviderStatus.Stopped s -> messages.text("status.Stopped.detail");
            case ProviderStatus.Starting s -> messages.text("status.Starting.detail");
            case ProviderStatus.Healthy h -> messages.text("status.Healthy.detail", known(h.providerVersion()),
                    known(h.stashVersion()));
            case ProviderStatus.Indexing i when i.total() != null -> messages.text("status.Indexing.detail.total",
                    known(i.providerVersion()), known(i.stashVersion()), i.loaded(), i.total());
            case ProviderStatus.Indexing i -> messages.text("status.Indexing.detail", known(i.providerVersion()),
                    known(i.stashVersion()), i.loaded());
            case ProviderStatus.Degraded d -> messages.text("status.Degraded." + d.reason().name(), known(d.detail()));
            case ProviderStatus.Crashed c when c.restartsStopped() -> LogEntry.mostTelling(c.lastLogLines())
                    .map(said -> messages.text("status.Crashed.stopped.said", c.exitCode(), shortened(said.message())))
                    .orElseGet(() -> messages.text("status.Crashed.stopped", c.exitCode()));
            case ProviderStatus.Crashed c when c.killed() -> messages.text("status.Crashed.killed.detail", c.exitCode());
            case ProviderStatus.Crashed c -> messages.text("status.Crashed.detail", c.exitCode());
            case ProviderStatus.Failed f -> messages.text("status.Failed." + f.kind().name(), known(f.detail()));
        };
    }

    /** A log line short enough to quote in a sentence. */
    private static String shortened(String line) {
        return line.length() <= QUOTED ? line : line.substring(0, QUOTED - 1) + "\u2026";
    }

    private String known(String value) {
        return value == null || value.isBlank() ? messages.text("status.unknownVersion") : value;
    }
}
