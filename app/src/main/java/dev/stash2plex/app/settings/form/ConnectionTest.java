package dev.stash2plex.app.settings.form;

import dev.stash2plex.app.fx.FxHandOff;
import dev.stash2plex.app.plex.PlexTarget;
import dev.stash2plex.app.settings.Secret;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings form's "Test connection": asks Stash (from this computer and from the provider's
 * container, which also asks Plex) and the Plex address from this computer, side by side on the I/O
 * executor, and hands both answers back to the FX thread once. An answer is shown only while the form
 * still holds the addresses and secrets it was asked with; editing any of them clears the last one.
 * Every property here is only ever touched on the FX thread.
 */
public final class ConnectionTest {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionTest.class);

    private final SettingsValues values;
    private final ConnectionCheck check;
    private final Executor io;
    private final Executor fx;
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ConnectionResult> connection = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Optional<PlexHere.Outcome>> plexHere = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper plexAsked = new ReadOnlyStringWrapper("");
    private final BooleanBinding canRun;

    ConnectionTest(SettingsValues values, ConnectionCheck check, ObservableBooleanValue stashValid, Executor io, Executor fx) {
        this.values = values;
        this.check = check;
        this.io = io;
        this.fx = fx;
        this.canRun = Bindings.createBooleanBinding(
                () -> stashValid.get() && !checking.get(), stashValid, checking);
        for (ObservableValue<String> input : List.of(values.stashUrl, values.apiKey, values.plexUrl, values.plexToken)) {
            input.addListener((observable, was, now) -> clear());
        }
    }

    /** Asks Stash (both legs, and Plex from the container) and the Plex address from this computer, side by side. */
    public void run() {
        if (!canRun.get()) {
            return;
        }
        String url = values.stashUrl.get();
        Secret key = new Secret(values.apiKey.get().strip());
        String plexUrl = values.plexUrlToCheck();
        Secret plexToken = new Secret(values.plexToken.get().strip());
        Asked asked = asked();
        checking.set(true);
        clear();
        CompletableFuture<Optional<PlexHere.Outcome>> plex = CompletableFuture.supplyAsync(() -> check.plexFromHere(plexUrl), io);
        CompletableFuture<ConnectionResult> stash = CompletableFuture.supplyAsync(() -> check.check(url, key, plexUrl, plexToken), io);
        FxHandOff.deliver(stash.thenCombine(plex, Answer::new), fx, answer -> {
            checking.set(false);
            if (asked.equals(asked())) {
                plexHere.set(answer.plex());
                // The address this computer really asked: the default's host.docker.internal is 127.0.0.1 here.
                plexAsked.set(plexUrl.isBlank() ? "" : PlexTarget.askedFromHere(plexUrl));
                connection.set(answer.stash());
            }
        }, failure -> {
            checking.set(false);
            // The failure's message may quote the key: only its redacted text is logged or shown.
            String said = plexToken.redact(key.redact(String.valueOf(failure)));
            LOG.error("The connection test failed unexpectedly: {}", said);
            if (asked.equals(asked())) {
                connection.set(new ConnectionResult.Unreachable(said));
            }
        });
    }

    private record Answer(ConnectionResult stash, Optional<PlexHere.Outcome> plex) {
    }

    /** What a test was about; its answer is shown only while the form still says the same. */
    private record Asked(String stashUrl, String apiKey, String plexUrl, String plexToken) {

        @Override
        public String toString() {
            return "Asked[" + stashUrl + ", " + plexUrl + "]";
        }
    }

    private Asked asked() {
        return new Asked(values.stashUrl.get(), values.apiKey.get().strip(), values.plexUrl.get(), values.plexToken.get().strip());
    }

    private void clear() {
        connection.set(null);
        plexHere.set(Optional.empty());
        plexAsked.set("");
    }

    /** True while Stash's fields are valid and no test is running. */
    public BooleanBinding canRun() {
        return canRun;
    }

    public ReadOnlyBooleanProperty checking() {
        return checking.getReadOnlyProperty();
    }

    /** Stash's answer (both legs, and Plex from the container) of the last test; null when none holds. */
    public ReadOnlyObjectProperty<ConnectionResult> connection() {
        return connection.getReadOnlyProperty();
    }

    /** The Plex address as this computer found it in the last test: set with {@link #connection()}, empty when not asked. */
    public ReadOnlyObjectProperty<Optional<PlexHere.Outcome>> plexHere() {
        return plexHere.getReadOnlyProperty();
    }

    /** The Plex address {@link #plexHere()} is about. */
    public ReadOnlyStringProperty plexAsked() {
        return plexAsked.getReadOnlyProperty();
    }
}
