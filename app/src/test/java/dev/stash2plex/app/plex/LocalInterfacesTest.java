package dev.stash2plex.app.plex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one impure piece of the address logic: it reads this machine's interfaces without failing. */
class LocalInterfacesTest {

    @Test
    void findsThisMachinesLoopbackInterface() {
        assertThat(new LocalInterfaces().get())
                .anyMatch(nic -> nic.loopback() && nic.addresses().stream().anyMatch(address -> address.isLoopbackAddress()));
    }
}
