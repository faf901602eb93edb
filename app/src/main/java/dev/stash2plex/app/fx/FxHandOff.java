package dev.stash2plex.app.fx;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How background work comes back to the FX thread: {@link #deliver} hands the result, or the failure
 * (unwrapped from the future's wrapper), to one of two handlers on {@code fx}, and logs what a handler
 * itself throws instead of letting the future swallow it. {@link #requireFxThread} is the check at the
 * top of what must run there (a Stage shown from another thread fails late and far away).
 */
public final class FxHandOff {

    private static final Logger LOG = LoggerFactory.getLogger(FxHandOff.class);

    private FxHandOff() {
    }

    /** Runs {@code onResult} or {@code onFailure} on {@code fx} once {@code work} completes. */
    public static <T> void deliver(CompletionStage<T> work, Executor fx, Consumer<? super T> onResult,
                                   Consumer<Throwable> onFailure) {
        work.whenCompleteAsync((result, failure) -> {
            try {
                if (failure == null) {
                    onResult.accept(result);
                } else {
                    onFailure.accept(cause(failure));
                }
            } catch (RuntimeException e) {
                LOG.error("Handing a result to the window failed", e);
            }
        }, fx);
    }

    /** The failure itself, not the {@link CompletionException} a future wraps it in. */
    public static Throwable cause(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Fails at once, naming {@code what}, when called off the FX thread: for what shows or changes a window. */
    public static void requireFxThread(String what) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException(what + " must run on the JavaFX thread, not on " + Thread.currentThread().getName());
        }
    }
}
