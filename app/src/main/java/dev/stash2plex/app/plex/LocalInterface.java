package dev.stash2plex.app.plex;

import java.net.InetAddress;
import java.util.List;

/**
 * A network interface of this machine, reduced to what choosing a provider address needs. A record,
 * so {@link ProviderAddress} is tested with made-up machines.
 *
 * @param virtual what the OS itself flags as virtual (a sub-interface)
 */
public record LocalInterface(String name, boolean up, boolean loopback, boolean virtual, List<InetAddress> addresses) {

    public LocalInterface {
        addresses = List.copyOf(addresses);
    }
}
