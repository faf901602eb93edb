package dev.stash2plex.app.settings.form;

import dev.stash2plex.app.autostart.Autostart;
import dev.stash2plex.app.autostart.AutostartException;
import dev.stash2plex.app.fx.FxHandOff;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.settings.AppSettings;
import dev.stash2plex.app.settings.PathRuleSetting;
import dev.stash2plex.app.settings.SaveResult;
import dev.stash2plex.app.settings.SettingsFileException;
import dev.stash2plex.app.settings.SettingsStore;
import dev.stash2plex.app.settings.SettingsText;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings window's state and commands, without any scene-graph node, so it is tested without a
 * window. Save and "Test connection" run on the I/O executor and hand their result back through the
 * FX executor once; every property here is only ever touched on the FX thread. {@code onSaved} hears of
 * each successful save, on the FX thread (the supervisor then applies the new settings).
 */
public final class SettingsFormModel {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsFormModel.class);
    /** How long the path tester lets the user's patterns run on one path. */
    static final java.time.Duration PATTERN_TIME_LIMIT = java.time.Duration.ofMillis(500);

    private final SettingsValues values = new SettingsValues();
    private final SettingsForm form;
    private final PathRulesModel rules;
    private final SettingsStore store;
    private final UserMessages messages;
    private final Executor io;
    private final Executor fx;
    private final boolean firstRun;
    private final Consumer<AppSettings> onSaved;
    private final Autostart autostart;
    private final BooleanProperty startAtLogin = new SimpleBooleanProperty();
    private final ProviderStatusLine provider;

    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper statusIsError = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper saves = new ReadOnlyIntegerWrapper();
    private final BooleanBinding canSave;
    private final ConnectionTest connectionTest;
    private AppSettings base;

    /** Without start at login (no installed launcher to start): the switch stays off and disabled. */
    public SettingsFormModel(AppSettings initial, boolean firstRun, SettingsStore store, ConnectionCheck connectionCheck,
                             PathTrial pathTrial, UserMessages messages, Executor io, Executor fx,
                             Consumer<AppSettings> onSaved) {
        this(initial, firstRun, store, connectionCheck, pathTrial, messages, io, fx, onSaved, Autostart.none());
    }

    /**
     * {@code autostart} is read here, once (a file test, on the thread that builds the app before the
     * toolkit starts), and written on Save with the rest of the settings.
     */
    public SettingsFormModel(AppSettings initial, boolean firstRun, SettingsStore store, ConnectionCheck connectionCheck,
                             PathTrial pathTrial, UserMessages messages, Executor io, Executor fx,
                             Consumer<AppSettings> onSaved, Autostart autostart) {
        this.autostart = autostart;
        this.startAtLogin.set(startsAtLogin(autostart));
        this.store = store;
        this.messages = messages;
        this.io = io;
        this.fx = fx;
        this.firstRun = firstRun;
        this.onSaved = onSaved;
        this.base = initial;
        this.rules = new PathRulesModel(new GuardedPathTrial(pathTrial, PATTERN_TIME_LIMIT), io, fx);
        this.provider = new ProviderStatusLine(messages, this::usePort);
        values.load(initial);
        rules.load(initial.pathRules());
        this.form = new SettingsForm(values, messages);
        this.canSave = form.valid().and(rules.valid()).and(saving.not());
        this.connectionTest = new ConnectionTest(values, connectionCheck, form.stashValid(), io, fx);
    }

    /** The settings as they are in the form right now: a new record, the loaded one is untouched. */
    public AppSettings current() {
        return values.applyTo(base).withPathRules(rules.current());
    }

    /**
     * Adds a rule worked out elsewhere (the Library window's suggestion) and saves as the Save button
     * does, so the running provider is given it; a name already taken gets a number. FX thread.
     *
     * @return false, with nothing added, when the form cannot be saved now (a field is wrong, a save runs)
     */
    public boolean addRuleAndSave(PathRuleSetting rule) {
        if (!canSave.get()) {
            return false;
        }
        java.util.Set<String> taken = new java.util.HashSet<>(rules.current().stream().map(PathRuleSetting::name).toList());
        String name = rule.name();
        for (int n = 2; taken.contains(name); n++) {
            name = rule.name() + "-" + n;
        }
        int index = rules.add(name);
        rules.replace(index, new PathRuleSetting(name, rule.plexPattern(), rule.stashPattern(), rule.caseInsensitive(),
                rule.plexLibraryRoot(), rule.testPlexPath(), rule.testStashPath()));
        if (!canSave.get()) {
            rules.remove(index);
            return false;
        }
        save();
        return true;
    }

    public void save() {
        if (!canSave.get()) {
            return;
        }
        AppSettings settings = current();
        boolean startsAtLogin = startAtLogin.get();
        saving.set(true);
        showStatus(messages.text("settings.saving"), false);
        FxHandOff.deliver(CompletableFuture.supplyAsync(() -> saveBlocking(settings, startsAtLogin), io), fx, result -> {
            saving.set(false);
            base = settings;
            showStatus(new SettingsText(messages).saved(result), false);
            onSaved.accept(settings);
            saves.set(saves.get() + 1);
        }, failure -> {
            saving.set(false);
            if (failure instanceof SettingsFileException e) {
                showStatus(new SettingsText(messages).settingsFile(e), true);
            } else if (failure instanceof AutostartException e) {
                base = settings;
                showStatus(messages.text("settings.startAtLogin.failed", e.getMessage()), true);
                onSaved.accept(settings);
            } else {
                LOG.error("Saving the settings failed unexpectedly", failure);
                showStatus(String.valueOf(failure), true);
            }
        });
    }

    /**
     * A port-in-use failure's fix ("Use port N"): the port field takes the new port and the settings are saved,
     * the one Save path, so the supervisor hears of it as of any other change. FX thread.
     */
    public void usePort(int port) {
        values.port.set(port);
        save();
    }

    /** Shows why the saved file could not be loaded; the form then holds the defaults. */
    public void reportLoadProblem(SettingsFileException problem) {
        showStatus(new SettingsText(messages).settingsFile(problem), true);
    }

    private SaveResult saveBlocking(AppSettings settings, boolean startsAtLogin) {
        try {
            SaveResult result = store.save(settings);
            if (autostart.available() && startsAtLogin != autostart.enabled()) {
                autostart.setEnabled(startsAtLogin);
                LOG.info("Start at login switched {}", startsAtLogin ? "on" : "off");
            }
            return result;
        } catch (SettingsFileException | AutostartException e) {
            throw new CompletionException(e);
        }
    }

    private static boolean startsAtLogin(Autostart autostart) {
        try {
            return autostart.available() && autostart.enabled();
        } catch (AutostartException e) {
            LOG.warn("Cannot tell whether Stash2Plex starts at login: {}", e.getMessage());
            return false;
        }
    }

    /** The "Start Stash2Plex when I log in" switch; applied on Save. */
    public BooleanProperty startAtLogin() {
        return startAtLogin;
    }

    /** False in a run without an installed launcher: the switch is shown disabled, with the reason. */
    public boolean startAtLoginAvailable() {
        return autostart.available();
    }

    private void showStatus(String text, boolean error) {
        status.set(text);
        statusIsError.set(error);
    }

    SettingsForm form() {
        return form;
    }

    /** The provider's status as this window shows it under the form; fed by the desktop shell. */
    public ProviderStatusLine provider() {
        return provider;
    }

    public PathRulesModel rules() {
        return rules;
    }

    public boolean firstRun() {
        return firstRun;
    }

    public BooleanBinding canSave() {
        return canSave;
    }

    /** "Test connection": its command, whether it may run, and its last answer. */
    public ConnectionTest connectionTest() {
        return connectionTest;
    }

    public ReadOnlyBooleanProperty saving() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /** Counts successful saves: the window turns into its status page on each. */
    public ReadOnlyIntegerProperty saves() {
        return saves.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty statusIsError() {
        return statusIsError.getReadOnlyProperty();
    }
}
