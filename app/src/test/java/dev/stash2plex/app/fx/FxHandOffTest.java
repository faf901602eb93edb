package dev.stash2plex.app.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class FxHandOffTest {

    private final List<Object> seen = new ArrayList<>();

    @Test
    void aResultGoesToTheFirstHandlerAndAFailureUnwrappedToTheSecond() {
        FxHandOff.deliver(CompletableFuture.completedFuture("done"), Runnable::run, seen::add, seen::add);
        FxHandOff.deliver(CompletableFuture.supplyAsync(() -> {
            throw new CompletionException(new IOException("disk full"));
        }, Runnable::run), Runnable::run, seen::add, failure -> seen.add(failure.getClass().getSimpleName() + ": " + failure.getMessage()));
        assertThat(seen).containsExactly("done", "IOException: disk full");
    }

    @Test
    void aHandlerThatThrowsIsLoggedNotSwallowedByTheFuture() {
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logs = new ch.qos.logback.core.read.ListAppender<>();
        logs.start();
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(FxHandOff.class);
        logger.addAppender(logs);
        try {
            FxHandOff.deliver(CompletableFuture.completedFuture(1), Runnable::run, value -> {
                throw new IllegalStateException("bad handler");
            }, seen::add);
            assertThat(logs.list).singleElement().satisfies(event -> assertThat(event.getThrowableProxy().getMessage()).isEqualTo("bad handler"));
        } finally {
            logger.detachAppender(logs);
        }
    }

    @Test
    void windowWorkOffTheFxThreadFailsAtOnceNamingWhatWasAsked() {
        assertThatThrownBy(() -> FxHandOff.requireFxThread("The Logs window"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The Logs window must run on the JavaFX thread, not on ");
    }
}
