package dev.stash2plex.app.health;

import dev.stash2plex.app.docker.EngineProblem;
import dev.stash2plex.app.docker.ImageProgress;
import dev.stash2plex.app.logs.LogEntry;
import dev.stash2plex.app.messages.UserMessages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The provider's status in words: a few for the tray's status line and tooltip, a sentence or two
 * for what it means and what to do (notifications, the status page, the window fallback), the
 * technical text behind it ("Details…"), the one-click fix a failure offers, and the Plex sync's line.
 */
public final class StatusText {

    private static final int QUOTED = 200;

    private final UserMessages messages;
    private final Locale locale;

    public StatusText(UserMessages messages) {
        this.messages = messages;
        this.locale = messages.locale();
    }

    /** The status in a few words. */
    public String status(ProviderStatus status) {
        return switch (status) {
            case ProviderStatus.Crashed crashed when crashed.oomKilled() -> messages.text("status.Crashed.oom");
            case ProviderStatus.Crashed crashed when crashed.killed() -> messages.text("status.Crashed.killed", crashed.exitCode());
            case ProviderStatus.Crashed crashed -> messages.text("status.Crashed", crashed.exitCode());
            case ProviderStatus.Indexing indexing when indexing.percent() != null ->
                    messages.text("status.Indexing.percent", indexing.percent());
            case ProviderStatus.Building b when b.progress().downloading() -> messages.text("status.Building.download",
                    size(b.progress().bytesDone()), size(b.progress().bytesTotal()));
            case ProviderStatus.Building b when b.progress().stepKnown() -> messages.text("status.Building.step",
                    b.progress().step(), b.progress().steps());
            case ProviderStatus.Failed f when f.problem() instanceof EngineProblem.PortInUse p ->
                    messages.text("status.Failed.PortInUse", port(p.port()));
            default -> messages.text("status." + status.getClass().getSimpleName());
        };
    }

    /** What the status means and what to do about it. */
    public String detail(ProviderStatus status) {
        return switch (status) {
            case ProviderStatus.NotConfigured n -> messages.text("status.NotConfigured.detail");
            case ProviderStatus.EngineUnavailable e -> messages.text("status.EngineUnavailable." + e.advice().name(), e.tried());
            case ProviderStatus.Building b -> building(b.progress());
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
            case ProviderStatus.Failed f -> failed(f);
        };
    }

    /**
     * The whole technical text behind a status, for "Details…": the engine's or the builder's words, where the
     * app looked for an engine, a crashed provider's last lines. Empty where the sentence says everything.
     */
    public Optional<String> technicalDetails(ProviderStatus status) {
        String text = switch (status) {
            case ProviderStatus.Failed f -> f.detail();
            case ProviderStatus.EngineUnavailable e -> e.tried();
            case ProviderStatus.Crashed c -> String.join("\n", c.lastLogLines());
            case ProviderStatus.Degraded d -> d.detail();
            default -> null;
        };
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    /** The one-click fix a failure offers, as its button's label; empty when there is none. */
    public Optional<String> fixLabel(ProviderStatus status) {
        return status instanceof ProviderStatus.Failed f && f.problem() instanceof EngineProblem.PortInUse p
                ? Optional.of(messages.text("status.action.usePort", port(p.port() + 1))) : Optional.empty();
    }

    /**
     * The Plex sync in a few words, for the tray's second status line and the tooltip; empty when the
     * provider did not report one. Times are shown in {@code zone}.
     */
    public Optional<String> syncLine(SyncHealth sync, ZoneId zone) {
        String since = sync.failingSince() == null ? "?"
                : DateTimeFormatter.ofPattern("HH:mm", locale).format(sync.failingSince().atZone(zone));
        return switch (sync.state()) {
            case NOT_REPORTED, UNKNOWN -> Optional.empty();
            case OFF, STARTING, UP_TO_DATE -> Optional.of(messages.text("sync." + sync.state().name()));
            case WAITING -> Optional.of(messages.text("sync.WAITING", sync.waiting()));
            case FAILING -> Optional.of(messages.text(sync.reason() != null && sync.reason().contains("could not be reached")
                    ? "sync.FAILING.unreachable" : "sync.FAILING", sync.waiting(), since));
            case STOPPED -> Optional.of(messages.text("sync.STOPPED", sync.waiting()));
        };
    }

    private String failed(ProviderStatus.Failed failed) {
        return switch (failed.problem()) {
            case EngineProblem.PortInUse p -> messages.text("status.Failed.PortInUse.detail", port(p.port()), port(p.port() + 1));
            case EngineProblem.ImageUnavailable i -> messages.text("status.Failed.ImageUnavailable.detail", i.image());
            case EngineProblem.RegistryUnreachable r -> messages.text("status.Failed.RegistryUnreachable.detail", r.image(),
                    r.registry());
            case EngineProblem.DiskFull d -> messages.text("status.Failed.DiskFull.detail");
            default -> messages.text("status.Failed." + failed.kind().name(), known(failed.detail()));
        };
    }

    private String building(ImageProgress progress) {
        if (progress.downloading()) {
            return messages.text("status.Building.detail.download", size(progress.bytesDone()), size(progress.bytesTotal()),
                    progress.line());
        }
        return progress.stepKnown()
                ? messages.text("status.Building.detail.step", progress.step(), progress.steps(), progress.line())
                : messages.text("status.Building.detail", progress.line());
    }

    /** A port as it is typed, without the locale's grouping ("9,090" is no port). */
    private static String port(int port) {
        return Integer.toString(port);
    }

    /** Bytes in MB with one decimal (Docker's own unit for layer sizes). */
    private String size(long bytes) {
        return String.format(locale, "%.1f MB", bytes / 1_000_000.0);
    }

    /** A log line short enough to quote in a sentence. */
    private static String shortened(String line) {
        return line.length() <= QUOTED ? line : line.substring(0, QUOTED - 1) + "\u2026";
    }

    private String known(String value) {
        return value == null || value.isBlank() ? messages.text("status.unknownVersion") : value;
    }
}
