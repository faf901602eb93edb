package dev.stash2plex.app.fx;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * The one way onto the JavaFX application thread. Background work finishes with
 * {@code future.whenCompleteAsync(handler, fxThread)}: a single, visible hand-off, and the only
 * {@link Platform#runLater} in the app. Models take an {@link Executor}, so tests pass {@code Runnable::run}.
 */
public final class FxThread implements Executor {

    @Override
    public void execute(Runnable command) {
        Platform.runLater(command);
    }
}
