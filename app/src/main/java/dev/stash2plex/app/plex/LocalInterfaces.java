package dev.stash2plex.app.plex;

import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** This machine's network interfaces, read from the OS. Can be slow on some systems: off the FX thread. */
public final class LocalInterfaces implements Supplier<List<LocalInterface>> {

    private static final Logger LOG = LoggerFactory.getLogger(LocalInterfaces.class);

    @Override
    public List<LocalInterface> get() {
        List<LocalInterface> found = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                try {
                    found.add(new LocalInterface(nic.getName(), nic.isUp(), nic.isLoopback(), nic.isVirtual(),
                            Collections.list(nic.getInetAddresses())));
                } catch (SocketException e) {
                    LOG.debug("Skipping network interface {}: {}", nic.getName(), e.toString());
                }
            }
        } catch (SocketException e) {
            LOG.warn("Cannot list this machine's network interfaces: {}", e.toString());
        }
        return found;
    }
}
