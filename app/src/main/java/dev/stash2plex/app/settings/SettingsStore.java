package dev.stash2plex.app.settings;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stash2plex.app.platform.AppDirs;
import dev.stash2plex.app.platform.AtomicFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
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
 * it holds (edited by hand, in another encoding, damaged) is copied to {@code NAME.backup-TIMESTAMP}
 * before it is replaced, so a user's own file is never lost. Blocking I/O: call it off the FX thread.
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
        Optional<byte[]> env = bytes(dirs.envFile());
        if (env.isEmpty()) {
            return Optional.empty();
        }
        List<EnvEntry> entries = EnvFileParser.parse(dirs.envFile(), EnvFileParser.decode(dirs.envFile(), env.get()));
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

    /**
     * A copy of the file as it is on disk, byte for byte, unless it is exactly what this class would
     * write: a file in another encoding, or unreadable as text, is certainly not ours. A file that
     * exists but cannot be read cannot be copied either, and so is not replaced.
     */
    private Optional<Path> backUpIfNotOurs(Path file, Predicate<String> isOurs) throws SettingsFileException.Storage {
        Optional<byte[]> bytes = bytes(file);
        if (bytes.isEmpty() || utf8(bytes.get()).filter(isOurs).isPresent()) {
            return Optional.empty();
        }
        Path backup = file.resolveSibling(file.getFileName() + ".backup-" + STAMP.format(clock.instant().atZone(ZoneId.systemDefault())));
        try {
            AtomicFile.write(backup, bytes.get());
        } catch (IOException e) {
            throw new SettingsFileException.Storage(backup, e);
        }
        LOG.info("Kept a copy of the previous {} as {}", file.getFileName(), backup);
        return Optional.of(backup);
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static void write(Path file, String text) throws SettingsFileException.Storage {
        try {
            AtomicFile.write(file, text);
        } catch (IOException e) {
            throw new SettingsFileException.Storage(file, e);
        }
    }

    private static Optional<byte[]> bytes(Path file) throws SettingsFileException.Storage {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
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
