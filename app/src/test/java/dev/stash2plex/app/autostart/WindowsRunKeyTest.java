package dev.stash2plex.app.autostart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reg.exe commands, checked against a fake that keeps the one value the way the registry would. */
class WindowsRunKeyTest {

    private final FakeReg reg = new FakeReg();
    private final WindowsRunKey runKey = new WindowsRunKey(Path.of("C:\\Users\\Ann\\AppData\\Local\\Stash2Plex\\Stash2Plex.exe"), reg);

    @Test
    void switchingOnAddsAQuotedCommandLineUnderTheUsersRunKey() throws Exception {
        assertThat(runKey.enabled()).isFalse();

        runKey.setEnabled(true);

        assertThat(reg.calls.getLast()).containsExactly("add", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run",
                "/v", "Stash2Plex", "/t", "REG_SZ", "/d", "\\\"C:\\Users\\Ann\\AppData\\Local\\Stash2Plex\\Stash2Plex.exe\\\"", "/f");
        assertThat(runKey.enabled()).isTrue();
    }

    @Test
    void switchingOffDeletesTheValueOnlyWhenItExists() throws Exception {
        runKey.setEnabled(false);
        assertThat(reg.calls).extracting(List::getFirst).containsExactly("query");

        runKey.setEnabled(true);
        runKey.setEnabled(false);
        assertThat(reg.calls.getLast()).containsExactly("delete", WindowsRunKey.KEY, "/v", "Stash2Plex", "/f");
        assertThat(runKey.enabled()).isFalse();
    }

    @Test
    void aFailingRegIsAnAutostartExceptionNamingTheCommand() {
        reg.failAdd = true;
        assertThatThrownBy(() -> runKey.setEnabled(true)).isInstanceOf(AutostartException.class)
                .hasMessageContaining("reg add").hasMessageContaining("exit code 1");
    }

    private static final class FakeReg implements RegTool {
        final List<List<String>> calls = new ArrayList<>();
        boolean present;
        boolean failAdd;

        @Override
        public int run(List<String> arguments) {
            calls.add(arguments);
            return switch (arguments.getFirst()) {
                case "query" -> present ? 0 : 1;
                case "add" -> {
                    if (failAdd) {
                        yield 1;
                    }
                    present = true;
                    yield 0;
                }
                case "delete" -> {
                    present = false;
                    yield 0;
                }
                default -> throw new AssertionError(arguments);
            };
        }
    }
}
