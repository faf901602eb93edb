package dev.stash2plex.app.plex.window;

import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.plex.LibraryPlan;
import dev.stash2plex.app.plex.LibrarySetup;
import dev.stash2plex.app.plex.PlexException;
import dev.stash2plex.app.plex.PlexLibrary;
import dev.stash2plex.app.plex.PlexTarget;
import dev.stash2plex.app.plex.PlexText;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Tick the libraries": the server's libraries Stash2Plex serves, the ticked ones, what Plex will do
 * for them (shown before anything changes), and applying it. Ticking again discards a shown plan, so
 * Apply always does what the user read. Work runs on the I/O executor; properties change on the FX thread.
 */
public final class LibrarySetupModel {

    private final LibrarySetup setup;
    private final Supplier<Optional<PlexTarget>> target;
    private final UserMessages messages;
    private final LibrarySetupText words;
    private final Executor io;
    private final Executor fx;

    private final ObservableList<PlexLibrary> libraries = FXCollections.observableArrayList();
    private final Set<String> ticked = new LinkedHashSet<>();
    private final ReadOnlyObjectWrapper<Optional<LibraryPlan>> plan = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(Outcome.NONE);

    /** @param target the server the window talks to now (the signed-in choice, or the settings' address and token) */
    public LibrarySetupModel(LibrarySetup setup, Supplier<Optional<PlexTarget>> target, UserMessages messages, Executor io, Executor fx) {
        this.setup = setup;
        this.target = target;
        this.messages = messages;
        this.words = new LibrarySetupText(messages);
        this.io = io;
        this.fx = fx;
    }

    public void list() {
        Optional<PlexTarget> server = target.get();
        if (server.isEmpty()) {
            outcome.set(new Outcome(messages.text("plex.libraries.noServer"), Outcome.Tone.ERROR));
            return;
        }
        run(() -> setup.libraries(server.get()), found -> {
            ticked.clear();
            // All ticked, those on the old StashPlexAgent too (its switch keeps watch history); before the
            // list changes: the view ticks its boxes from this.
            found.forEach(l -> ticked.add(l.key()));
            libraries.setAll(found);
            plan.set(Optional.empty());
            return found.isEmpty() ? new Outcome(messages.text("plex.libraries.none"), Outcome.Tone.WARNING)
                    : new Outcome(words.listed(found), Outcome.Tone.SUCCESS);
        });
    }

    public void tick(PlexLibrary library, boolean on) {
        if (on ? ticked.add(library.key()) : ticked.remove(library.key())) {
            plan.set(Optional.empty());
            outcome.set(Outcome.NONE);
        }
    }

    public boolean isTicked(PlexLibrary library) {
        return ticked.contains(library.key());
    }

    /** Asks Plex what is there and says what Apply will change; changes nothing. */
    public void review() {
        Optional<PlexTarget> server = target.get();
        List<PlexLibrary> chosen = libraries.stream().filter(this::isTicked).toList();
        if (server.isEmpty() || chosen.isEmpty()) {
            outcome.set(new Outcome(messages.text(server.isEmpty() ? "plex.libraries.noServer" : "plex.libraries.noneTicked"),
                    Outcome.Tone.ERROR));
            return;
        }
        run(() -> setup.plan(server.get(), chosen), made -> {
            plan.set(Optional.of(made));
            return new Outcome(words.describe(made), made.nothingToDo() ? Outcome.Tone.SUCCESS : Outcome.Tone.WARNING);
        });
    }

    /** Does what the shown plan says. */
    public void apply() {
        Optional<PlexTarget> server = target.get();
        Optional<LibraryPlan> shown = plan.get();
        if (server.isEmpty() || shown.isEmpty() || shown.get().nothingToDo()) {
            return;
        }
        run(() -> setup.apply(server.get(), shown.get()), done -> {
            plan.set(Optional.empty());
            return new Outcome(words.done(shown.get(), done), Outcome.Tone.SUCCESS);
        });
    }

    /** The line shown under a library: on the old StashPlexAgent, a TV library, or nothing. */
    public String note(PlexLibrary library) {
        return words.note(library);
    }

    @FunctionalInterface
    private interface PlexCall<T> {
        T run() throws PlexException;
    }

    private <T> void run(PlexCall<T> call, java.util.function.Function<T, Outcome> then) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        outcome.set(new Outcome(messages.text("plex.connecting"), Outcome.Tone.INFO));
        CompletableFuture.supplyAsync(() -> {
            try {
                return call.run();
            } catch (PlexException e) {
                throw new CompletionException(e);
            }
        }, io).whenCompleteAsync((value, failure) -> {
            busy.set(false);
            if (failure == null) {
                outcome.set(then.apply(value));
                return;
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            outcome.set(new Outcome(cause instanceof PlexException e ? new PlexText(messages).failure(e)
                    : messages.text("plex.signIn.failed", cause.getClass().getSimpleName()), Outcome.Tone.ERROR));
        }, fx);
    }

    public ObservableList<PlexLibrary> libraries() {
        return libraries;
    }

    public ReadOnlyObjectProperty<Optional<LibraryPlan>> plan() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Outcome> outcome() {
        return outcome.getReadOnlyProperty();
    }
}
