package dev.stash2plex.app;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX entry point. JavaFX creates this class itself, by reflection, so it cannot take
 * constructor arguments: {@link Main} hands it what to do through {@link #launch(Startup)}, the one
 * static field in the app.
 */
public final class DesktopApp extends Application {

    /** What to do when the toolkit is up (on the FX thread) and when it stops. */
    record Startup(Consumer<Stage> show, Runnable shutdown) {
    }

    private static volatile Startup startup;

    /** Starts the toolkit and blocks until the last window closes. */
    static void launch(Startup handOff) {
        startup = Objects.requireNonNull(handOff);
        Application.launch(DesktopApp.class);
    }

    @Override
    public void start(Stage stage) {
        startup.show().accept(stage);
    }

    @Override
    public void stop() {
        startup.shutdown().run();
    }
}
