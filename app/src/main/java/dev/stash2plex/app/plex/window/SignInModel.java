package dev.stash2plex.app.plex.window;

import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.plex.PlexException;
import dev.stash2plex.app.plex.PlexText;
import dev.stash2plex.app.plex.account.PlexSignIn;
import dev.stash2plex.app.plex.account.SignInAttempt;
import dev.stash2plex.app.plex.account.SignInOutcome;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * "Sign in with Plex" in the Plex window: whether a sign-in is saved, the running sign-in (waiting for
 * the browser, cancellable) and how it ended. The token never reaches a property: only "signed in".
 * Work runs on the I/O executor; every property is touched on the FX thread.
 */
public final class SignInModel {

    private final PlexSignIn signIn;
    private final UserMessages messages;
    private final Executor io;
    private final Executor fx;

    private final ReadOnlyBooleanWrapper signedIn = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(Outcome.NONE);
    private SignInAttempt attempt;

    public SignInModel(PlexSignIn signIn, UserMessages messages, Executor io, Executor fx) {
        this.signIn = signIn;
        this.messages = messages;
        this.io = io;
        this.fx = fx;
    }

    /** Reads whether a sign-in is saved (the window calls it when it opens). */
    public CompletableFuture<Boolean> refresh() {
        return CompletableFuture.supplyAsync(() -> signIn.token().isPresent(), io)
                .whenCompleteAsync((present, failure) -> signedIn.set(failure == null && present), fx);
    }

    public void signIn() {
        if (waiting.get()) {
            return;
        }
        SignInAttempt current = new SignInAttempt();
        attempt = current;
        waiting.set(true);
        outcome.set(new Outcome(messages.text("plex.signIn.waiting"), Outcome.Tone.INFO));
        CompletableFuture.supplyAsync(() -> {
            try {
                return signIn.signIn(current);
            } catch (PlexException e) {
                throw new CompletionException(e);
            }
        }, io).whenCompleteAsync((result, failure) -> {
            waiting.set(false);
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                outcome.set(new Outcome(cause instanceof PlexException e ? new PlexText(messages).failure(e) : messages.text(
                        "plex.signIn.failed", cause.getClass().getSimpleName()), Outcome.Tone.ERROR));
                return;
            }
            switch (result) {
                case SignInOutcome.SignedIn _ -> {
                    signedIn.set(true);
                    outcome.set(new Outcome(messages.text("plex.signIn.done"), Outcome.Tone.SUCCESS));
                }
                case SignInOutcome.Expired _ -> outcome.set(new Outcome(messages.text("plex.signIn.expired"), Outcome.Tone.ERROR));
                case SignInOutcome.Cancelled _ -> outcome.set(new Outcome(messages.text("plex.signIn.cancelled"), Outcome.Tone.WARNING));
            }
        }, fx);
    }

    public void cancel() {
        if (attempt != null) {
            attempt.cancel();
        }
    }

    public CompletableFuture<Void> signOut() {
        cancel();
        return CompletableFuture.runAsync(signIn::signOut, io).whenCompleteAsync((done, failure) -> {
            signedIn.set(false);
            outcome.set(failure == null ? new Outcome(messages.text("plex.signOut.done"), Outcome.Tone.SUCCESS)
                    : new Outcome(messages.text("plex.signOut.failed"), Outcome.Tone.ERROR));
        }, fx);
    }

    public ReadOnlyBooleanProperty signedIn() {
        return signedIn.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty waiting() {
        return waiting.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Outcome> outcome() {
        return outcome.getReadOnlyProperty();
    }

    PlexSignIn service() {
        return signIn;
    }
}
