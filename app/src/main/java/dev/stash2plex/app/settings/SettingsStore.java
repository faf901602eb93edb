package dev.stash2plex.app.settings;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stash2plex.app.platform.AppDirs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and saves the settings: scalars in {@code provider.env}, path rules in {@code config/provider.yml}
 * (see {@link AppDirs}). A file on disk that is not exactly what this class would write for the values
 * it holds (edited by hand, or unreadable) is copied to {@code NAME.backup-TIMESTAMP} before it is
 * replaced, so a user's own file is never lost. Blocking I/O: call it off the FX thread.
 */
public final class SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final AppDirs dirs;
    private final Clock clock;

    public SettingsStore(AppDirs dirs, Clock clock) {
        this.dirs = dirs;
        this.clock = clock;
    }

    /** The saved settings, or empty on a first run (no env file yet). */
    public Optional<AppSettings> load() throws SettingsFileException {
        Optional<String> env = read(dirs.envFile());
        if (env.isEmpty()) {
            return Optional.empty();
        }
        List<EnvEntry> entries = EnvFileParser.parse(dirs.envFile(), env.get());
        List<PathRuleSetting> rules = PathRulesFile.rules(dirs.providerYaml(), rulesDocument());
        return Optional.of(SettingsEnv.fromEntries(dirs.envFile(), entries, rules));
    }

    public SaveResult save(AppSettings settings) throws SettingsFileException {
        String envText = EnvFileFormat.render(dirs.envFile(), SettingsEnv.toVariables(settings));
        ObjectNode document = rulesDocumentOrEmpty();
        String rulesText = PathRulesFile.render(document, settings.pathRules());
        List<Path> backups = new ArrayList<>();
        backUpIfNotOurs(dirs.envFile(), this::isOurEnvFile).ifPresent(backups::add);
        backUpIfNotOurs(dirs.providerYaml(), this::isOurRulesFile).ifPresent(backups::add);
        write(dirs.envFile(), envText);
        write(dirs.providerYaml(), rulesText);
        LOG.info("Settings saved to {} and {}", dirs.envFile(), dirs.providerYaml());
        return new SaveResult(dirs.envFile(), dirs.providerYaml(), backups);
    }

    private ObjectNode rulesDocument() throws SettingsFileException {
        Optional<String> text = read(dirs.providerYaml());
        return text.isEmpty() ? JsonNodeFactory.instance.objectNode() : PathRulesFile.parse(dirs.providerYaml(), text.get());
    }

    /** When the rules file is unreadable its other keys cannot be kept; the backup keeps them instead. */
    private ObjectNode rulesDocumentOrEmpty() {
        try {
            return rulesDocument();
        } catch (SettingsFileException e) {
            return JsonNodeFactory.instance.objectNode();
        }
    }

    private boolean isOurEnvFile(String text) {
        try {
            var variables = new LinkedHashMap<String, String>();
            EnvFileParser.parse(dirs.envFile(), text).forEach(entry -> variables.put(entry.name(), entry.value()));
            return EnvFileFormat.render(dirs.envFile(), variables).equals(text);
        } catch (SettingsFileException e) {
            return false;
        }
    }

    private boolean isOurRulesFile(String text) {
        try {
            ObjectNode document = PathRulesFile.parse(dirs.providerYaml(), text);
            return PathRulesFile.render(document, PathRulesFile.rules(dirs.providerYaml(), document)).equals(text);
        } catch (SettingsFileException e) {
            return false;
        }
    }

    private Optional<Path> backUpIfNotOurs(Path file, Predicate<String> isOurs)
            throws SettingsFileException.Storage {
        Optional<String> text;
        try {
            text = read(file);
        } catch (SettingsFileException.Storage e) {
            text = Optional.of("");   // not even text: certainly not ours, keep a copy
        }
        if (text.isEmpty() || isOurs.test(text.get())) {
            return Optional.empty();
        }
        Path backup = file.resolveSibling(file.getFileName() + ".backup-" + STAMP.format(clock.instant().atZone(ZoneId.systemDefault())));
        try {
            AtomicFile.copyPrivately(file, backup);
        } catch (IOException e) {
            throw new SettingsFileException.Storage(backup, e);
        }
        LOG.info("Kept a copy of the previous {} as {}", file.getFileName(), backup);
        return Optional.of(backup);
    }

    private static void write(Path file, String text) throws SettingsFileException.Storage {
        try {
            AtomicFile.write(file, text);
        } catch (IOException e) {
            throw new SettingsFileException.Storage(file, e);
        }
    }

    private static Optional<String> read(Path file) throws SettingsFileException.Storage {
        try {
            // Strict UTF-8: a file in another encoding is refused rather than silently mangled.
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new SettingsFileException.Storage(file, e);
        }
    }
}
