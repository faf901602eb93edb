package dev.stash2plex.app.plex.window;

import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.plex.PlexException;
import dev.stash2plex.app.plex.PlexRegistration;
import dev.stash2plex.app.plex.PlexStatus;
import dev.stash2plex.app.plex.PlexTarget;
import dev.stash2plex.app.plex.PlexText;
import dev.stash2plex.app.plex.PlexVersion;
import dev.stash2plex.app.plex.Registration;
import dev.stash2plex.app.settings.AppSettings;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "Connect to Plex" window's state and commands, without any node: which Plex (from the settings,
 * token shown only masked), "Connect to Plex", "Register in Plex". Plex is asked on the I/O executor
 * and the answer handed back through the FX executor once; every property is touched on the FX thread.
 */
public final class PlexModel {

    private static final Logger LOG = LoggerFactory.getLogger(PlexModel.class);

    private final PlexRegistration registration;
    private final ProviderUrlModel address;
    private final UserMessages messages;
    private final Executor io;
    private final Executor fx;

    private final ReadOnlyStringWrapper plexUrl = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper token = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Outcome> connection = new ReadOnlyObjectWrapper<>(Outcome.NONE);
    private final ReadOnlyObjectWrapper<Outcome> registered = new ReadOnlyObjectWrapper<>(Outcome.NONE);
    private final BooleanProperty createAgent = new SimpleBooleanProperty(true);
    private final BooleanBinding canRegister;
    private ServerChoice choice = ServerChoice.of(AppSettings.defaults());

    public PlexModel(PlexRegistration registration, ProviderUrlModel address, UserMessages messages, Executor io, Executor fx) {
        this.registration = registration;
        this.address = address;
        this.messages = messages;
        this.io = io;
        this.fx = fx;
        this.canRegister = busy.not().and(address.problem().isEmpty()).and(address.url().isNotEmpty());
    }

    /** Takes the Plex address, token and provider port from the settings (as the form holds them now). */
    public void use(AppSettings current) {
        choice = choice.withSettings(current);
        show();
        connection.set(Outcome.NONE);
        registered.set(Outcome.NONE);
    }

    public void connect() {
        Optional<PlexTarget> target = target(connection);
        if (target.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        connection.set(new Outcome(messages.text("plex.connecting"), Outcome.Tone.INFO));
        CompletableFuture.supplyAsync(() -> blocking(() -> registration.connect(target.get())), io)
                .whenCompleteAsync((status, failure) -> {
                    busy.set(false);
                    connection.set(failure == null ? connected(status) : failed(failure));
                }, fx);
    }

    public void register() {
        Optional<PlexTarget> target = target(registered);
        if (target.isEmpty() || busy.get() || !address.valid()) {
            return;
        }
        address.commit();
        String providerUrl = address.url().get().strip();
        boolean agent = createAgent.get();
        busy.set(true);
        registered.set(new Outcome(messages.text("plex.registering", providerUrl), Outcome.Tone.INFO));
        CompletableFuture.supplyAsync(() -> blocking(() -> registration.register(target.get(), providerUrl, agent)), io)
                .whenCompleteAsync((result, failure) -> {
                    busy.set(false);
                    registered.set(failure == null ? done(result) : failed(failure));
                }, fx);
    }

    /**
     * The server picked after "Sign in with Plex" (its address that answered, its own token), or none to
     * go back to the settings' address and pasted token.
     */
    public void useServer(Optional<PlexTarget> picked) {
        choice = choice.withSignedIn(picked);
        show();
    }

    /** A server found on the local network: its address instead of the settings' one, with the pasted token. */
    public void useAddress(URI found) {
        choice = choice.withLan(found);
        show();
        connection.set(Outcome.NONE);
    }

    /** The server the window talks to now, if it has one; for library setup. */
    public Optional<PlexTarget> currentTarget() {
        return choice.target();
    }

    private void show() {
        plexUrl.set(choice.urlLine(messages));
        token.set(choice.tokenLine(messages));
        address.refresh(choice.address(), choice.settings().providerPort());
    }

    /** The target, or why there is none, shown in {@code where}. */
    private Optional<PlexTarget> target(ReadOnlyObjectWrapper<Outcome> where) {
        Optional<PlexTarget> target = choice.target();
        if (target.isEmpty()) {
            where.set(new Outcome(messages.text(choice.missing()), Outcome.Tone.ERROR));
        }
        return target;
    }

    private Outcome connected(PlexStatus status) {
        String name = status.server().name();
        String version = status.server().version().text();
        if (!status.supported()) {
            return new Outcome(messages.text("plex.connected.tooOld", name, version, PlexVersion.PROVIDERS_SINCE.text()),
                    Outcome.Tone.ERROR);
        }
        return status.registered()
                .map(ours -> new Outcome(messages.text("plex.connected.registered", name, version, ours.uri()), Outcome.Tone.SUCCESS))
                .orElseGet(() -> new Outcome(messages.text("plex.connected.notRegistered", name, version), Outcome.Tone.SUCCESS));
    }

    private Outcome done(Registration result) {
        Registration.Provider movies = result.movies();
        Registration.Provider tv = result.tv();
        String text = messages.text("plex.registered." + movies.kind().name(), movies.uri(), movies.previousUri().orElse(""))
                + messages.text("plex.registered.tv." + tv.kind().name(), tv.uri(), tv.previousUri().orElse(""));
        if (result.agent().isPresent()) {
            Registration.AgentOutcome agent = result.agent().get();
            text += messages.text(agent.created() ? "plex.agent.created" : "plex.agent.existing", agent.title());
        }
        if (result.moved()) {
            text += messages.text("plex.registered.restart");
        }
        return new Outcome(text, result.moved() ? Outcome.Tone.WARNING : Outcome.Tone.SUCCESS);
    }

    private Outcome failed(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof PlexException e) {
            return new Outcome(new PlexText(messages).failure(e), Outcome.Tone.ERROR);
        }
        LOG.error("Talking to Plex failed unexpectedly", cause);
        return new Outcome(String.valueOf(cause), Outcome.Tone.ERROR);
    }

    @FunctionalInterface
    private interface PlexCall<T> {
        T run() throws PlexException;
    }

    private static <T> T blocking(PlexCall<T> call) {
        try {
            return call.run();
        } catch (PlexException e) {
            throw new CompletionException(e);
        }
    }

    public ProviderUrlModel address() {
        return address;
    }

    public ReadOnlyStringProperty plexUrl() {
        return plexUrl.getReadOnlyProperty();
    }

    /** Only ever "set" (dots) or "not set": the token itself never reaches a property. */
    public ReadOnlyStringProperty token() {
        return token.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Outcome> connection() {
        return connection.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Outcome> registered() {
        return registered.getReadOnlyProperty();
    }

    public BooleanProperty createAgent() {
        return createAgent;
    }

    /** Register needs an address for Plex and nothing else running. */
    public BooleanBinding canRegister() {
        return canRegister;
    }
}
