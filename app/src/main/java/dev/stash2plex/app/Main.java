package dev.stash2plex.app;

import dev.stash2plex.app.autostart.Autostart;
import dev.stash2plex.app.fx.BackgroundExecutors;
import dev.stash2plex.app.fx.FxThread;
import dev.stash2plex.app.instance.Claim;
import dev.stash2plex.app.instance.RevealListener;
import dev.stash2plex.app.instance.SingleInstance;
import dev.stash2plex.app.logging.LoggingSetup;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.platform.AppDirs;
import dev.stash2plex.app.plex.LocalInterfaces;
import dev.stash2plex.app.plex.PlexRegistration;
import dev.stash2plex.app.plex.PlexTimeouts;
import dev.stash2plex.app.plex.ProviderUrlStore;
import dev.stash2plex.app.plex.window.PlexModel;
import dev.stash2plex.app.plex.window.PlexWindow;
import dev.stash2plex.app.plex.window.ProviderUrlModel;
import dev.stash2plex.app.settings.AppSettings;
import dev.stash2plex.app.settings.SettingsFileException;
import dev.stash2plex.app.settings.SettingsStore;
import dev.stash2plex.app.settings.form.ConnectionCheck;
import dev.stash2plex.app.settings.form.ProviderPathTrial;
import dev.stash2plex.app.settings.form.ProviderStashProbe;
import dev.stash2plex.app.settings.form.SettingsFormModel;
import dev.stash2plex.app.settings.form.SettingsWindow;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: every object of the app is made here with {@code new}, in dependency order,
 * and nowhere else. Reading the saved settings happens here, before the toolkit starts, so the FX
 * thread never waits on a file.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        AppDirs dirs = AppDirs.forCurrentUser();
        LoggingSetup.start(dirs.logDir());
        Logger log = LoggerFactory.getLogger(Main.class);
        log.info("Stash2Plex app starting; settings in {}", dirs.configDir());

        // Before anything else: a second launch only brings the running app forward, then ends.
        Claim claim = new SingleInstance(dirs.configDir(), Duration.ofSeconds(5)).claim();
        if (claim instanceof Claim.Second second) {
            log.info(second.answered() ? "Stash2Plex already runs; asked it to come to the front"
                    : "Stash2Plex already runs but did not answer; not starting a second one");
            System.exit(second.answered() ? 0 : 1);
            return;
        }
        RevealListener instance = ((Claim.First) claim).listener();

        UserMessages messages = UserMessages.forLocale(Locale.getDefault());
        SettingsStore store = new SettingsStore(dirs, Clock.systemDefaultZone());
        BackgroundExecutors executors = new BackgroundExecutors();

        AppSettings initial = AppSettings.defaults();
        boolean firstRun = false;
        SettingsFileException loadProblem = null;
        try {
            Optional<AppSettings> saved = store.load();
            firstRun = saved.isEmpty();
            initial = saved.orElse(initial);
        } catch (SettingsFileException e) {
            log.warn("Cannot load the saved settings: {}", e.getMessage());
            loadProblem = e;
        }

        FxThread fxThread = new FxThread();
        SettingsFormModel settings = new SettingsFormModel(initial, firstRun, store,
                new ConnectionCheck(new ProviderStashProbe()), new ProviderPathTrial(), messages, executors.io(), fxThread,
                Autostart.forThisSystem());
        if (loadProblem != null) {
            settings.reportLoadProblem(loadProblem);
        }
        ProviderUrlModel providerUrl = new ProviderUrlModel(new LocalInterfaces(),
                new ProviderUrlStore(dirs.configDir().resolve("plex.properties")), PlexWindow::copyToClipboard,
                messages, executors.io(), new FxThread());
        PlexWindow plexWindow = new PlexWindow(new PlexModel(new PlexRegistration(PlexTimeouts.DEFAULT), providerUrl,
                messages, executors.io(), new FxThread()), messages, settings::current);
        SettingsWindow settingsWindow = new SettingsWindow(settings, messages, plexWindow::show);
        instance.start(() -> fxThread.execute(settingsWindow::reveal));

        DesktopApp.launch(new DesktopApp.Startup(settingsWindow::show, () -> {
            executors.close();
            instance.close();
        }));
    }
}
