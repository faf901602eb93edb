package dev.stash2plex.app.messages;

import dev.stash2plex.app.docker.EngineProblem;
import dev.stash2plex.app.docker.ImageProgress;
import dev.stash2plex.app.health.ProviderStatus;
import dev.stash2plex.app.health.SyncHealth;
import dev.stash2plex.app.logs.LogEntry;
import dev.stash2plex.app.plex.PlexException;
import dev.stash2plex.app.settings.FieldProblem;
import dev.stash2plex.app.settings.SaveResult;
import dev.stash2plex.app.settings.SettingsFileException;
import dev.stash2plex.app.settings.UnusableCharacter;
import dev.stash2plex.app.settings.form.ConnectionResult;
import dev.stash2plex.core.settings.Setting;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The one place where results and exceptions become text for the user (what went wrong, what to
 * do), from {@code messages.properties}. Nothing here ever receives a secret.
 */
public final class UserMessages {

    private static final int QUOTED = 200;

    private final ResourceBundle bundle;
    private final Locale locale;

    public UserMessages(ResourceBundle bundle) {
        this.bundle = bundle;
        this.locale = bundle.getLocale();
    }

    public static UserMessages forLocale(Locale locale) {
        return new UserMessages(ResourceBundle.getBundle("dev.stash2plex.app.messages", locale));
    }

    public String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    public String field(FieldProblem problem) {
        return text("settings.problem." + problem.name());
    }

    /** What is wrong with the key or token in this field, and where; never the value. */
    public String unusableCharacter(Setting secret, UnusableCharacter character) {
        return text("settings.problem." + FieldProblem.SECRET_CHARACTER.name() + "." + secret.name(),
                text("secretCharacter." + character.kind().name()), character.codePointText(), character.position());
    }

    public String connection(ConnectionResult result) {
        return switch (result) {
            case ConnectionResult.Ok ok when ok.ready() -> text("settings.connection.ok", ok.version());
            case ConnectionResult.Ok ok -> text("settings.connection.notReady", ok.version());
            case ConnectionResult.WrongKey wrongKey -> text("settings.connection.wrongKey");
            case ConnectionResult.LoopbackOnly loopbackOnly -> text("settings.connection.loopbackOnly");
            case ConnectionResult.Unreachable unreachable -> text("settings.connection.unreachable", unreachable.cause());
        };
    }

    public String saved(SaveResult result) {
        return result.backups().isEmpty()
                ? text("settings.saved", result.envFile())
                : text("settings.saved.backup", result.envFile(), result.backups().getFirst().getFileName());
    }

    public String settingsFile(SettingsFileException e) {
        return switch (e) {
            case SettingsFileException.EnvLine line -> text("settingsFile.envLine", line.file(), line.line(),
                    text("envProblem." + line.problem().name()));
            case SettingsFileException.Unrepresentable value -> text("settingsFile.unrepresentable", value.name(),
                    text("envProblem." + value.problem().name()));
            case SettingsFileException.RulesFile rules -> text("settingsFile.rulesFile", rules.file(), rules.line(),
                    rules.column(), rules.detail());
            case SettingsFileException.Storage storage -> text("settingsFile.storage", storage.file(),
                    storage.getCause() == null ? "" : storage.getCause().getClass().getSimpleName()
                            + (storage.getCause().getMessage() == null ? "" : ": " + storage.getCause().getMessage()));
        };
    }

    /** The provider's status in a few words: the tray's status line and tooltip. */
    public String status(ProviderStatus status) {
        return switch (status) {
            case ProviderStatus.Crashed crashed when crashed.oomKilled() -> text("status.Crashed.oom");
            case ProviderStatus.Crashed crashed when crashed.killed() -> text("status.Crashed.killed", crashed.exitCode());
            case ProviderStatus.Crashed crashed -> text("status.Crashed", crashed.exitCode());
            case ProviderStatus.Indexing indexing when indexing.percent() != null -> text("status.Indexing.percent", indexing.percent());
            case ProviderStatus.Building b when b.progress().downloading() -> text("status.Building.download",
                    size(b.progress().bytesDone()), size(b.progress().bytesTotal()));
            case ProviderStatus.Building b when b.progress().stepKnown() -> text("status.Building.step", b.progress().step(),
                    b.progress().steps());
            case ProviderStatus.Failed f when f.problem() instanceof EngineProblem.PortInUse p -> text("status.Failed.PortInUse",
                    port(p.port()));
            default -> text("status." + status.getClass().getSimpleName());
        };
    }

    /** What the status means and what to do about it: notifications and the status window. */
    public String statusDetail(ProviderStatus status) {
        return switch (status) {
            case ProviderStatus.NotConfigured n -> text("status.NotConfigured.detail");
            case ProviderStatus.EngineUnavailable e -> text("status.EngineUnavailable." + e.advice().name(), e.tried());
            case ProviderStatus.Building b -> building(b.progress());
            case ProviderStatus.Stopped s -> text("status.Stopped.detail");
            case ProviderStatus.Starting s -> text("status.Starting.detail");
            case ProviderStatus.Healthy h -> text("status.Healthy.detail", known(h.providerVersion()), known(h.stashVersion()));
            case ProviderStatus.Indexing i when i.total() != null -> text("status.Indexing.detail.total",
                    known(i.providerVersion()), known(i.stashVersion()), i.loaded(), i.total());
            case ProviderStatus.Indexing i -> text("status.Indexing.detail", known(i.providerVersion()), known(i.stashVersion()),
                    i.loaded());
            case ProviderStatus.Degraded d -> text("status.Degraded." + d.reason().name(), known(d.detail()));
            case ProviderStatus.Crashed c when c.restartsStopped() -> LogEntry.mostTelling(c.lastLogLines())
                    .map(said -> text("status.Crashed.stopped.said", c.exitCode(), shortened(said.message())))
                    .orElseGet(() -> text("status.Crashed.stopped", c.exitCode()));
            case ProviderStatus.Crashed c when c.killed() -> text("status.Crashed.killed.detail", c.exitCode());
            case ProviderStatus.Crashed c -> text("status.Crashed.detail", c.exitCode());
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
                ? Optional.of(text("status.action.usePort", port(p.port() + 1))) : Optional.empty();
    }

    private String failed(ProviderStatus.Failed failed) {
        return switch (failed.problem()) {
            case EngineProblem.PortInUse p -> text("status.Failed.PortInUse.detail", port(p.port()), port(p.port() + 1));
            case EngineProblem.ImageUnavailable i -> text("status.Failed.ImageUnavailable.detail", i.image());
            case EngineProblem.RegistryUnreachable r -> text("status.Failed.RegistryUnreachable.detail", r.image(), r.registry());
            case EngineProblem.DiskFull d -> text("status.Failed.DiskFull.detail");
            default -> text("status.Failed." + failed.kind().name(), known(failed.detail()));
        };
    }

    private String building(ImageProgress progress) {
        if (progress.downloading()) {
            return text("status.Building.detail.download", size(progress.bytesDone()), size(progress.bytesTotal()),
                    progress.line());
        }
        return progress.stepKnown()
                ? text("status.Building.detail.step", progress.step(), progress.steps(), progress.line())
                : text("status.Building.detail", progress.line());
    }

    /** A port as it is typed, without the locale's grouping ("9,090" is no port). */
    private static String port(int port) {
        return Integer.toString(port);
    }

    /** Bytes in MB with one decimal (Docker's own unit for layer sizes). */
    private String size(long bytes) {
        return String.format(locale, "%.1f MB", bytes / 1_000_000.0);
    }

    /** A log line short enough for a notification bubble. */
    private static String shortened(String line) {
        return line.length() <= QUOTED ? line : line.substring(0, QUOTED - 1) + "\u2026";
    }

    private String known(String value) {
        return value == null || value.isBlank() ? text("status.unknownVersion") : value;
    }

    public String plex(PlexException e) {
        return switch (e) {
            case PlexException.Unreachable unreachable -> text("plex.failed.unreachable", unreachable.plexUrl(), unreachable.reason());
            case PlexException.Unauthorized unauthorized -> text("plex.failed.unauthorized");
            case PlexException.TooOld tooOld -> text("plex.failed.tooOld", tooOld.version());
            case PlexException.ProviderUnreachable provider -> text("plex.failed.providerUnreachable", provider.providerUrl(),
                    String.valueOf(provider.providerPort()));
            case PlexException.Rejected rejected -> text("plex.failed.rejected", rejected.detail());
            case PlexException.AccountUnreachable account -> text("plex.failed.accountUnreachable", account.reason());
            case PlexException.SignedOut signedOut -> text("plex.failed.signedOut");
            case PlexException.NoServer noServer -> text("plex.failed.noServer");
            case PlexException.NoConnection none -> text("plex.failed.noConnection", none.server(), String.join(", ", none.tried()));
            case PlexException.NotOwner shared -> text("plex.failed.notOwner", shared.server());
        };
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
            case OFF, STARTING, UP_TO_DATE -> Optional.of(text("sync." + sync.state().name()));
            case WAITING -> Optional.of(text("sync.WAITING", sync.waiting()));
            case FAILING -> Optional.of(text(sync.reason() != null && sync.reason().contains("could not be reached")
                    ? "sync.FAILING.unreachable" : "sync.FAILING", sync.waiting(), since));
            case STOPPED -> Optional.of(text("sync.STOPPED", sync.waiting()));
        };
    }
}
