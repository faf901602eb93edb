package dev.stash2plex.app.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CrashLoopGuardTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void tripsOnTheNthExitInsideTheWindow() {
        CrashLoopGuard guard = new CrashLoopGuard(3, Duration.ofMinutes(1));
        assertThat(guard.died(T0)).isFalse();
        assertThat(guard.died(T0.plusSeconds(1))).isFalse();
        assertThat(guard.died(T0.plusSeconds(2))).isTrue();
    }

    @Test
    void exitsSpreadOverTimeAreNotALoop() {
        CrashLoopGuard guard = new CrashLoopGuard(3, Duration.ofMinutes(1));
        for (int i = 0; i < 10; i++) {
            assertThat(guard.died(T0.plus(Duration.ofMinutes(i)))).as("exit %d", i).isFalse();
        }
    }

    @Test
    void aResetForgetsEarlierExits() {
        CrashLoopGuard guard = new CrashLoopGuard(2, Duration.ofMinutes(1));
        guard.died(T0);
        guard.reset();
        assertThat(guard.died(T0.plusSeconds(1))).isFalse();
        assertThat(guard.died(T0.plusSeconds(2))).isTrue();
    }
}
