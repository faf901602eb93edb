package dev.stash2plex.app.messages;

import dev.stash2plex.app.health.ProviderStatus;
import dev.stash2plex.app.logs.LogEntry;
import dev.stash2plex.app.plex.PlexException;
import dev.stash2plex.app.settings.FieldProblem;
import dev.stash2plex.app.settings.SaveResult;
import dev.stash2plex.app.settings.SettingsFileException;
import dev.stash2plex.app.settings.UnusableCharacter;
import dev.stash2plex.app.settings.form.ConnectionResult;
import dev.stash2plex.provider.config.Setting;
import java.text.MessageFormat;
import java.util.Locale;
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
            default -> text("status." + status.getClass().getSimpleName());
        };
    }

    /** What the status means and what to do about it: notifications and the status window. */
    public String statusDetail(ProviderStatus status) {
        return switch (status) {
            case ProviderStatus.NotConfigured n -> text("status.NotConfigured.detail");
            case ProviderStatus.EngineUnavailable e -> text("status.EngineUnavailable." + e.advice().name(), e.tried());
            case ProviderStatus.Building b -> text("status.Building.detail", b.progress());
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
            case ProviderStatus.Failed f -> text("status.Failed." + f.kind().name(), known(f.detail()));
        };
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
}
