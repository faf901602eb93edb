package dev.stash2plex.app.tray;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.health.ProviderStatus;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.notify.Notifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The tray's first picture on a relaunch: the status it is given, not "not set up". */
class TrayFirstPaintTest {

    private final List<TrayView> shown = new ArrayList<>();

    private final TrayBackend backend = new TrayBackend() {
        @Override
        public void install(TrayView first, Consumer<TrayCommand> handler) {
            shown.add(first);
        }

        @Override
        public void show(TrayView view) {
            shown.add(view);
        }

        @Override
        public void notify(Notifier.Notification notification) {
        }

        @Override
        public boolean keepsAppAlive() {
            return true;
        }

        @Override
        public void remove() {
        }
    };

    @Test
    void installedWithTheStatusItIsGiven() {
        UserMessages messages = UserMessages.forLocale(Locale.ENGLISH);
        TrayController tray = new TrayController(backend, new TrayMenuFactory(messages), null, null,
                new TrayController.Windows(() -> { }, () -> { }, port -> { }, text -> { }, () -> { }, () -> { }, () -> { }), messages, settings -> "", null,
                Runnable::run, Runnable::run, () -> { });
        tray.install(new ProviderStatus.Starting());
        assertThat(shown).singleElement().satisfies(view -> {
            assertThat(view.tooltip()).isEqualTo("Stash2Plex: Starting\u2026");
            assertThat(view.icon()).isEqualTo(TrayIcons.Kind.STARTING);
        });
    }
}
