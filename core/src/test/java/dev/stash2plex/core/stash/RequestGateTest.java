package dev.stash2plex.core.stash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RequestGateTest {

    @Test
    void aFullGateTimesOutAndAFreedSlotLetsTheNextOneIn() throws Exception {
        RequestGate gate = new RequestGate(1, Duration.ofMillis(100), "stash:9999");
        RequestGate.Slot first = gate.enter();
        long started = System.nanoTime();

        assertThatThrownBy(gate::enter).isInstanceOf(StashException.Timeout.class).hasMessageContaining("stash:9999 is busy");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(90));

        first.close();
        first.close();
        RequestGate.Slot second = gate.enter();
        assertThatThrownBy(gate::enter).as("closing twice freed one slot only").isInstanceOf(StashException.Timeout.class);
        second.close();
    }
}
