package dev.stash2plex.provider.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The one wait of the tests: asks until an answer, fails with what it saw, ends at once on a give-up. */
class PollingTest {

    @Test
    void theFirstAnswerOtherThanNullEndsTheWait() {
        AtomicInteger asks = new AtomicInteger();

        String answer = Polling.until("the third ask", Duration.ofSeconds(5), Duration.ofMillis(1),
                () -> asks.incrementAndGet() == 3 ? "ready" : null, asks::get);

        assertThat(answer).isEqualTo("ready");
        assertThat(asks).hasValue(3);
    }

    @Test
    void anExceptionCountsAsNotYetAndIsTheCauseWhenTimeRunsOut() {
        assertThatThrownBy(() -> Polling.until("a service that never starts", Duration.ofMillis(30), Duration.ofMillis(5),
                () -> {
                    throw new IllegalStateException("connection refused");
                }, () -> "state starting"))
                .isExactlyInstanceOf(AssertionError.class)
                .hasMessageContaining("a service that never starts").hasMessageContaining("state starting")
                .cause().hasMessage("connection refused");
    }

    @Test
    void aGiveUpEndsTheWaitAtOnceAndReachesTheCaller() {
        AtomicInteger asks = new AtomicInteger();

        assertThatThrownBy(() -> Polling.until("a process that exited", Duration.ofMinutes(1), Duration.ofMillis(5), () -> {
            asks.incrementAndGet();
            throw new Polling.GiveUp("exited with code 1");
        }, () -> "")).isExactlyInstanceOf(Polling.GiveUp.class).hasMessage("exited with code 1");
        assertThat(asks).hasValue(1);
    }

    @Test
    void withinAnswersOrIsEmptyWhenTimeRunsOut() {
        assertThat(Polling.within(Duration.ofSeconds(5), Duration.ofMillis(1), () -> "here")).contains("here");
        assertThat(Polling.within(Duration.ofMillis(30), Duration.ofMillis(5), () -> null)).isEmpty();
    }
}
