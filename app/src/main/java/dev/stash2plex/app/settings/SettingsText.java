package dev.stash2plex.app.settings;

import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.core.settings.Setting;

/** The settings' problems and results in words: field messages, what Save did, a settings file it could not use. */
public final class SettingsText {

    private final UserMessages messages;

    public SettingsText(UserMessages messages) {
        this.messages = messages;
    }

    public String field(FieldProblem problem) {
        return messages.text("settings.problem." + problem.name());
    }

    /** What is wrong with the key or token in this field, and where; never the value. */
    public String unusableCharacter(Setting secret, UnusableCharacter character) {
        return messages.text("settings.problem." + FieldProblem.SECRET_CHARACTER.name() + "." + secret.name(),
                messages.text("secretCharacter." + character.kind().name()), character.codePointText(), character.position());
    }

    public String saved(SaveResult result) {
        return result.backups().isEmpty()
                ? messages.text("settings.saved", result.envFile())
                : messages.text("settings.saved.backup", result.envFile(), result.backups().getFirst().getFileName());
    }

    public String settingsFile(SettingsFileException e) {
        return switch (e) {
            case SettingsFileException.EnvLine line -> messages.text("settingsFile.envLine", line.file(), line.line(),
                    messages.text("envProblem." + line.problem().name()));
            case SettingsFileException.Unrepresentable value -> messages.text("settingsFile.unrepresentable", value.name(),
                    messages.text("envProblem." + value.problem().name()));
            case SettingsFileException.RulesFile rules -> messages.text("settingsFile.rulesFile", rules.file(), rules.line(),
                    rules.column(), rules.detail());
            case SettingsFileException.Storage storage -> messages.text("settingsFile.storage", storage.file(),
                    storage.getCause() == null ? "" : storage.getCause().getClass().getSimpleName()
                            + (storage.getCause().getMessage() == null ? "" : ": " + storage.getCause().getMessage()));
        };
    }
}
