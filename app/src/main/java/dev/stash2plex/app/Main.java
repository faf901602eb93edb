package dev.stash2plex.app;

import dev.stash2plex.app.about.AboutInfo;
import dev.stash2plex.app.about.AboutWindow;
import dev.stash2plex.app.about.FolderOpener;
import dev.stash2plex.app.docker.ImageBuild;
import dev.stash2plex.app.docker.ProviderBundle;
import dev.stash2plex.app.fx.BackgroundExecutors;
import dev.stash2plex.app.fx.FxThread;
import dev.stash2plex.app.health.Backoff;
import dev.stash2plex.app.health.CrashLoopGuard;
import dev.stash2plex.app.health.HealthMonitor;
import dev.stash2plex.app.health.HealthProbe;
import dev.stash2plex.app.health.ProbeSchedule;
import dev.stash2plex.app.health.SyncNowRequest;
import dev.stash2plex.app.instance.Claim;
import dev.stash2plex.app.instance.RevealListener;
import dev.stash2plex.app.instance.SingleInstance;
import dev.stash2plex.app.library.LibraryClient;
import dev.stash2plex.app.library.window.LibraryModel;
import dev.stash2plex.app.library.window.LibraryWindow;
import dev.stash2plex.app.logging.AppProblems;
import dev.stash2plex.app.logging.LoggingSetup;
import dev.stash2plex.app.logs.LogModel;
import dev.stash2plex.app.logs.LogWindow;
import dev.stash2plex.app.look.AppTheme;
import dev.stash2plex.app.look.DesktopHint;
import dev.stash2plex.app.look.Scheme;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.platform.AppDirs;
import dev.stash2plex.app.platform.DesktopBrowser;
import dev.stash2plex.app.platform.OwnerOnly;
import dev.stash2plex.app.plex.LibraryKind;
import dev.stash2plex.app.plex.LibrarySetup;
import dev.stash2plex.app.plex.LocalInterfaces;
import dev.stash2plex.app.plex.PlexIdentity;
import dev.stash2plex.app.plex.PlexRegistration;
import dev.stash2plex.app.plex.PlexTimeouts;
import dev.stash2plex.app.plex.ProviderAddress;
import dev.stash2plex.app.plex.ProviderUrlStore;
import dev.stash2plex.app.plex.account.ClientIdentity;
import dev.stash2plex.app.plex.account.PlexSignIn;
import dev.stash2plex.app.plex.account.PlexTokenStore;
import dev.stash2plex.app.plex.account.PlexTv;
import dev.stash2plex.app.plex.account.PlexTvEndpoints;
import dev.stash2plex.app.plex.account.ServerFinder;
import dev.stash2plex.app.plex.discovery.GdmDiscovery;
import dev.stash2plex.app.plex.window.LanModel;
import dev.stash2plex.app.plex.window.LibrarySetupModel;
import dev.stash2plex.app.plex.window.PlexModel;
import dev.stash2plex.app.plex.window.PlexSteps;
import dev.stash2plex.app.plex.window.PlexWindow;
import dev.stash2plex.app.plex.window.ProviderUrlModel;
import dev.stash2plex.app.plex.window.ServerModel;
import dev.stash2plex.app.plex.window.SignInModel;
import dev.stash2plex.app.settings.AppSettings;
import dev.stash2plex.app.settings.Secret;
import dev.stash2plex.app.settings.SettingsFileException;
import dev.stash2plex.app.settings.SettingsStore;
import dev.stash2plex.app.settings.form.BridgeGatewayProbe;
import dev.stash2plex.app.settings.form.ConnectionCheck;
import dev.stash2plex.app.settings.form.ProviderPathTrial;
import dev.stash2plex.app.settings.form.PlexIdentityLeg;
import dev.stash2plex.app.settings.form.ProviderImageLeg;
import dev.stash2plex.app.settings.form.ProviderStashProbe;
import dev.stash2plex.app.settings.form.SettingsFormModel;
import dev.stash2plex.app.settings.form.SettingsWindow;
import dev.stash2plex.app.settings.form.StatusPageModel;
import dev.stash2plex.app.supervisor.DockerDeployment;
import dev.stash2plex.app.supervisor.EngineConnection;
import dev.stash2plex.app.supervisor.ProviderCredentials;
import dev.stash2plex.app.supervisor.ProviderSupervisor;
import dev.stash2plex.app.tray.TrayIcons;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: every object of the app is made in {@link #wire} with {@code new}, in
 * dependency order, and nowhere else; tests call the same method with their own {@link AppEnvironment}.
 * Reading the saved settings happens there, before the toolkit starts, so the FX thread never waits on a file.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        AppEnvironment environment = AppEnvironment.ofThisComputer();
        AppDirs dirs = environment.dirs();
        LoggingSetup.start(dirs.logDir());
        Logger log = LoggerFactory.getLogger(Main.class);
        log.info("Stash2Plex app starting; settings in {}", dirs.configDir());
        ownerOnly(dirs, log);

        // Before anything else: a second launch only brings the running app forward, then ends.
        Claim claim = new SingleInstance(dirs.configDir(), Duration.ofSeconds(5)).claim();
        if (claim instanceof Claim.Second second) {
            log.info(second.answered() ? "Stash2Plex already runs; asked it to come to the front"
                    : "Stash2Plex already runs but did not answer; not starting a second one");
            System.exit(second.answered() ? 0 : 1);
            return;
        }
        RevealListener instance = ((Claim.First) claim).listener();

        App app = wire(environment);
        // A second launch brings the settings window forward (once the toolkit runs).
        instance.start(() -> app.fx().execute(app.shell()::reveal));

        DesktopApp.launch(new DesktopApp.Startup(app.shell()::start, () -> {
            app.close();
            instance.close();
        }));
        // AWT (the tray) keeps non-daemon threads alive after the toolkit stopped.
        System.exit(0);
    }

    /**
     * The app, wired and not yet shown: {@code shell.start(stage)} on the FX thread puts it on the desktop.
     * Closing it stops the background work and lets go of the engine.
     */
    public record App(DesktopShell shell, ProviderSupervisor supervisor, FxThread fx, BackgroundExecutors executors,
                      EngineConnection engines, AppProblems appProblems) implements AutoCloseable {
        @Override
        public void close() {
            executors.close();
            engines.close();
            appProblems.close();
        }
    }

    /** The provider image's name and tag for the About box; blocking (hashes the bundled context). */
    private static String providerImage(AppEnvironment environment, UserMessages messages) {
        try {
            return ProviderBundle.fromSystemProperty().tag(environment.version());
        } catch (Exception e) {
            return messages.text("about.image.unknown", e.getMessage());
        }
    }

    public static App wire(AppEnvironment environment) {
        return wire(environment, PlexTvEndpoints.PLEX_TV);
    }

    /** The same app, talking to {@code plexTv} for "Sign in with Plex" (tests: a fake on loopback). */
    public static App wire(AppEnvironment environment, PlexTvEndpoints plexTv) {
        Logger log = LoggerFactory.getLogger(Main.class);
        AppDirs dirs = environment.dirs();
        UserMessages messages = UserMessages.forLocale(environment.locale());
        SettingsStore store = new SettingsStore(dirs, Clock.systemDefaultZone());
        BackgroundExecutors executors = new BackgroundExecutors();
        FxThread fx = new FxThread();

        AppSettings initial = AppSettings.defaults();
        Optional<AppSettings> saved = Optional.empty();
        SettingsFileException loadProblem = null;
        try {
            saved = store.load();
            initial = saved.orElse(initial);
        } catch (SettingsFileException e) {
            log.warn("Cannot load the saved settings: {}", e.getMessage());
            loadProblem = e;
        }

        HealthMonitor monitor = new HealthMonitor(HealthProbe.withDefaultClient(), ProbeSchedule.standard(),
                CrashLoopGuard.standard(), executors.serial("s2p-health"), executors.timer(), executors.io(),
                Clock.systemUTC());
        EngineConnection engines = new EngineConnection(environment.engines());
        // One owner of the signed-in Plex token's file; the container gets the token, the admin token too.
        AtomicReference<ProviderSupervisor> supervisorRef = new AtomicReference<>();
        PlexTokenStore plexTokens = new PlexTokenStore(dirs.configDir().resolve("plex-token"),
                () -> supervisorRef.get().credentialsChanged());
        ProviderCredentials credentials = new ProviderCredentials(dirs.configDir().resolve("provider-admin-token"),
                () -> plexTokens.load().map(Secret::reveal));
        ProviderSupervisor supervisor = new ProviderSupervisor(engines,
                new DockerDeployment(ProviderBundle::fromSystemProperty, environment.version(),
                        environment.runtimeBaseImage(), environment.containerName(), credentials),
                monitor, dirs.providerConfigDir(), dirs.providerDataDir(),
                new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 2), executors.serial("s2p-supervisor"),
                executors.timer(), Clock.systemUTC());
        supervisorRef.set(supervisor);

        // The shell exists only once everything else does; Save reaches it through this reference.
        AtomicReference<DesktopShell> shell = new AtomicReference<>();
        SettingsFormModel settings = new SettingsFormModel(initial, saved.isEmpty() && loadProblem == null, store,
                new ConnectionCheck(new ProviderStashProbe(), new ProviderImageLeg(engines::get,
                        engine -> new ImageBuild(engine, ProviderBundle.fromSystemProperty(), environment.version(),
                                environment.runtimeBaseImage()), dirs.providerDataDir().resolveSibling("connection-probes")),
                        new BridgeGatewayProbe(), new PlexIdentityLeg(new PlexIdentity(Duration.ofSeconds(3)))), new ProviderPathTrial(),
                messages, executors.io(), fx,
                changed -> shell.get().saved(changed), environment.autostart());
        if (loadProblem != null) {
            settings.reportLoadProblem(loadProblem);
        }
        LocalInterfaces interfaces = new LocalInterfaces();
        ProviderUrlStore providerUrlStore = new ProviderUrlStore(dirs.configDir().resolve("plex.properties"));
        ProviderUrlModel providerUrl = new ProviderUrlModel(interfaces, providerUrlStore, PlexWindow::copyToClipboard,
                messages, executors.io(), fx);
        PlexModel plexModel = new PlexModel(new PlexRegistration(PlexTimeouts.DEFAULT), providerUrl, messages, executors.io(), fx);
        PlexWindow plexWindow = new PlexWindow(plexModel, plexSteps(dirs, environment.version(), plexTv, plexTokens, plexModel, messages,
                executors, fx), messages, settings::current);
        StatusPageModel statusPage = new StatusPageModel();
        SettingsWindow settingsWindow = new SettingsWindow(settings, statusPage, messages, plexWindow::show);
        // Asked here, before the toolkit starts: the desktop's wish is read with gsettings (a process).
        AppTheme theme = new AppTheme(Scheme.forced(System.getProperty("stash2plex.theme", System.getenv("STASH2PLEX_THEME"))),
                DesktopHint.ofThisComputer());
        AppProblems appProblems = AppProblems.attach(200);
        LogModel logs = new LogModel(supervisor::followLogs, appProblems::follow, messages, executors.io(), fx,
                executors.timer(), ZoneId.systemDefault());
        Path appLog = LoggingSetup.logFile(dirs.logDir());
        FolderOpener folders = new FolderOpener();
        Runnable openLogFolder = () -> executors.io().execute(() -> folders.open(dirs.logDir()));
        LogWindow logWindow = new LogWindow(logs, messages, appLog, openLogFolder);
        AboutWindow about = new AboutWindow(() -> new AboutInfo(environment.version(), providerImage(environment, messages),
                appLog), openLogFolder, messages, executors.io(), fx);
        // The provider's port as last saved and the admin token it answers: the window and Sync now reach the running provider.
        Supplier<Optional<String>> adminToken = () -> credentials.adminToken(settings.current().environment());
        LibraryClient libraryClient = new LibraryClient(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(),
                () -> settings.current().providerPort(), adminToken);
        LibraryWindow libraryWindow = new LibraryWindow(new LibraryModel(libraryClient, settings::addRuleAndSave, messages,
                executors.io(), fx, executors.timer()), messages);
        shell.set(new DesktopShell(new DesktopShell.Parts(supervisor, settingsWindow::show, logWindow::show,
                logs::providerStarted, saved,
                new TrayIcons(), current -> ProviderAddress.best(interfaces.get(), current.plexUrl(), current.providerPort(),
                        providerUrlStore.load(), hostName()), settings::usePort, settings.provider()::show,
                        libraryWindow::show, SyncNowRequest.withDefaultClient(adminToken),
                new DesktopShell.Look(theme, statusPage, settingsWindow::showStatus, about::show, openLogFolder)),
                messages, executors.io(), fx, executors.timer()));
        return new App(shell.get(), supervisor, fx, executors, engines, appProblems);
    }

    /**
     * "Sign in with Plex", finding the server and library setup. The client identifier is read (or
     * made) here, before the toolkit starts; the account token is read only when the Plex window asks.
     */
    private static PlexSteps plexSteps(AppDirs dirs, String version, PlexTvEndpoints endpoints, PlexTokenStore plexTokens,
                                       PlexModel plexModel,
                                       UserMessages messages, BackgroundExecutors executors, FxThread fx) {
        ClientIdentity identity;
        try {
            identity = ClientIdentity.loadOrCreate(dirs.configDir().resolve("plex-client-id"), version);
        } catch (java.io.UncheckedIOException e) {
            LoggerFactory.getLogger(Main.class).warn("Cannot keep the Plex client identifier: {}", e.getCause().toString());
            identity = new ClientIdentity(java.util.UUID.randomUUID().toString(), ClientIdentity.PRODUCT, version);
        }
        PlexTv plexTv = new PlexTv(endpoints, identity, Duration.ofSeconds(15), Clock.systemUTC());
        PlexSignIn signIn = new PlexSignIn(plexTv, plexTokens,
                new DesktopBrowser(), Duration.ofSeconds(2), Clock.systemUTC());
        ServerFinder finder = new ServerFinder(plexTv, new PlexRegistration(new PlexTimeouts(Duration.ofSeconds(3),
                Duration.ofSeconds(8), Duration.ofSeconds(8))));
        return new PlexSteps(new SignInModel(signIn, messages, executors.io(), fx),
                new ServerModel(finder, signIn, messages, executors.io(), fx),
                new LibrarySetupModel(new LibrarySetup(PlexTimeouts.DEFAULT, Set.of(LibraryKind.values())), plexModel::currentTarget,
                        messages, executors.io(), fx),
                new LanModel(new GdmDiscovery(GdmDiscovery.BROADCAST, Duration.ofSeconds(2), Clock.systemUTC()),
                        plexModel::useAddress, messages, executors.io(), fx));
    }

    /**
     * The settings and data folders, owner-only (0700) before anything is written to them, also when
     * an earlier version made them readable by others; the log folder is {@link LoggingSetup}'s.
     */
    private static void ownerOnly(AppDirs dirs, Logger log) {
        for (Path folder : List.of(dirs.configDir(), dirs.dataDir())) {
            try {
                OwnerOnly.folder(folder);
            } catch (IOException e) {
                log.warn("Cannot make {} readable by its owner only: {}", folder, e.toString());
            }
        }
    }

    /** This machine's name, the last resort for the provider's address; blocking (it may ask DNS). */
    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
