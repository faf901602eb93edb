package dev.stash2plex.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stash2plex.app.platform.AppDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    private AppDirs dirs() {
        return new AppDirs(dir.resolve("stash2plex"), dir.resolve("logs"), dir.resolve("data"));
    }

    private SettingsStore store() {
        return new SettingsStore(dirs(), Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC));
    }

    static AppSettings sample() {
        return AppSettings.defaults()
                .withStash("http://192.168.1.20:9999", new Secret("k3y with space # and $tuff"))
                .withPlex("http://[fd00::5]:32400", new Secret("plex-token"))
                .withProvider(9191, LogLevel.DEBUG)
                .withPathRules(List.of(
                        new PathRuleSetting("nas", "^/plex/media/(.*)", "/stash/media/\\1", true, "/plex/media",
                                "/plex/media/a.mkv", "/stash/media/a.mkv"),
                        PathRuleSetting.of("Café", "^D:\\\\Movies\\\\(.*)", "/data/movies/\\1")));
    }

    @Test
    void firstRunHasNothing() throws Exception {
        assertThat(store().load()).isEmpty();
    }

    @Test
    void savesOwnerOnlyAndReadsBackTheSame() throws Exception {
        SaveResult result = store().save(sample());
        assertThat(result.backups()).isEmpty();
        assertThat(store().load()).contains(sample());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dirs().envFile()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dirs().configDir()))).isEqualTo("rwx------");
        assertThat(Files.readString(dirs().envFile())).isEqualTo("""
                S2P_STASH_URL=http://192.168.1.20:9999
                S2P_STASH_API_KEY='k3y with space # and $tuff'
                S2P_PLEX_URL=http://[fd00::5]:32400
                S2P_PLEX_TOKEN=plex-token
                S2P_PROVIDER_PORT=9191
                S2P_LOG_LEVEL=debug
                """);
        assertThat(Files.readString(dirs().providerYaml())).startsWith("path_rules:\n- name: nas\n");
        try (var leftovers = Files.list(dirs().configDir())) {
            assertThat(leftovers).noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
        }
    }

    @Test
    void keepsOtherVariablesAndBacksUpAHandEditedFile() throws Exception {
        Files.createDirectories(dirs().configDir());
        Files.writeString(dirs().envFile(), "# mine\nS2P_STASH_URL=http://nas:9999\nS2P_PUBLIC_URL=http://10.0.0.2:9090\nMY_OWN='x y'\n");
        AppSettings loaded = store().load().orElseThrow();
        assertThat(loaded.otherVariables()).containsExactly(
                Map.entry("S2P_PUBLIC_URL", "http://10.0.0.2:9090"), Map.entry("MY_OWN", "x y"));

        SaveResult result = store().save(loaded.withStash("http://nas:9999", new Secret("key")));
        assertThat(result.backups()).containsExactly(dirs().configDir().resolve("provider.env.backup-20260501-100000")
                .getFileSystem().getPath(result.backups().getFirst().toString()));
        assertThat(Files.readString(result.backups().getFirst())).startsWith("# mine\n");
        assertThat(Files.readString(dirs().envFile())).endsWith("S2P_PUBLIC_URL=http://10.0.0.2:9090\nMY_OWN='x y'\n");
        // Our own file is not backed up again.
        assertThat(store().save(store().load().orElseThrow()).backups()).isEmpty();
    }

    @Test
    void aCorruptFileNamesItsLineAndIsBackedUpBeforeBeingReplaced() throws Exception {
        Files.createDirectories(dirs().configDir());
        Files.writeString(dirs().envFile(), "S2P_STASH_URL=http://nas:9999\nS2P_STASH_API_KEY='never closed\n");
        SettingsFileException.EnvLine e = catchThrowableOfType(SettingsFileException.EnvLine.class, () -> store().load());
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).isEqualTo(EnvProblem.UNTERMINATED_QUOTE);
        assertThat(e.getMessage()).doesNotContain("never closed");

        SaveResult result = store().save(sample());
        assertThat(result.backups()).hasSize(1);
        assertThat(Files.readString(result.backups().getFirst())).contains("never closed");
    }

    @Test
    void malformedRulesYamlGivesLineAndColumn() throws Exception {
        store().save(sample());
        Files.writeString(dirs().providerYaml(), "path_rules:\n  - name: [unclosed\n");
        SettingsFileException.RulesFile e = catchThrowableOfType(SettingsFileException.RulesFile.class, () -> store().load());
        assertThat(e.line()).isGreaterThan(1);
    }

    @Test
    void aHandEditedFileInAnotherEncodingIsNamedAtItsLineAndKeptByteForByteBeforeBeingReplaced() throws Exception {
        Files.createDirectories(dirs().configDir());
        byte[] latin1 = "# R\u00e9glages de Ren\u00e9\nS2P_STASH_URL=http://nas:9999\nS2P_STASH_API_KEY=abc\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(dirs().envFile(), latin1);

        SettingsFileException.EnvLine e = catchThrowableOfType(SettingsFileException.EnvLine.class, () -> store().load());
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.problem()).isEqualTo(EnvProblem.NOT_UTF8);

        SaveResult result = store().save(sample());
        assertThat(result.backups()).hasSize(1);
        assertThat(Files.readAllBytes(result.backups().getFirst())).isEqualTo(latin1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(result.backups().getFirst()))).isEqualTo("rw-------");
        assertThat(store().load()).contains(sample());
    }

    @Test
    void aTruncatedEnvFileIsReportedWithItsLineAndNeverUsed() throws Exception {
        store().save(sample());
        String saved = Files.readString(dirs().envFile());
        Files.writeString(dirs().envFile(), saved.substring(0, saved.indexOf("S2P_PLEX_URL")) + "S2P_PLEX_URL=http\0\0\0\0\0");

        SettingsFileException.EnvLine e = catchThrowableOfType(SettingsFileException.EnvLine.class, () -> store().load());

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.problem()).isEqualTo(EnvProblem.CONTROL_CHARACTER);
        // What the settings window's status line then says (Main hands the load problem to the form).
        assertThat(new SettingsText(dev.stash2plex.app.messages.UserMessages.forLocale(java.util.Locale.ENGLISH)).settingsFile(e))
                .startsWith("Line 3 of " + dirs().envFile() + " cannot be used: it contains a line break or another invisible control character");
    }

    @Test
    void aFailedSaveLeavesNoTemporaryFileBehind() throws Exception {
        store().save(sample());
        // The rules file's place is taken by a folder with something in it: the final move must fail.
        Files.delete(dirs().providerYaml());
        Files.createDirectories(dirs().providerYaml().resolve("in-the-way"));

        SettingsFileException e = catchThrowableOfType(SettingsFileException.class,
                () -> store().save(sample().withProvider(9292, LogLevel.INFO)));

        assertThat(e).isNotNull();
        for (Path folder : List.of(dirs().configDir(), dirs().providerConfigDir())) {
            try (var files = Files.list(folder)) {
                assertThat(files.map(path -> path.getFileName().toString()))
                        .noneMatch(name -> name.endsWith(".tmp")).noneMatch(name -> name.startsWith("."));
            }
        }
    }
}
