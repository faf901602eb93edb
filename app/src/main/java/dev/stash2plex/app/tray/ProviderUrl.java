package dev.stash2plex.app.tray;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The provider's address as Plex sees it: a LAN address of this machine, not localhost (Plex often
 * runs on another machine, or in a container of its own) and not a Docker bridge (unreachable from
 * the LAN). The choice is pure over a list of interfaces, so it is tested without real network cards.
 */
public final class ProviderUrl {

    /** An interface as far as the choice is concerned. */
    record Interface(String name, boolean up, boolean loopback, boolean virtual, List<InetAddress> addresses) {
        Interface {
            addresses = List.copyOf(addresses);
        }
    }

    private static final List<String> BRIDGE_PREFIXES = List.of("docker", "br-", "veth", "virbr", "cni", "podman",
            "flannel", "vmnet", "vboxnet", "lxc", "lxd");

    private ProviderUrl() {
    }

    /** {@code http://ADDRESS:PORT} for this machine; blocking (it lists network interfaces). */
    public static String forThisMachine(int port) {
        return "http://" + lanAddress(interfaces()).orElseGet(ProviderUrl::hostName) + ":" + port;
    }

    /** The first site-local IPv4 address of an up, physical-looking interface. */
    static Optional<String> lanAddress(List<Interface> interfaces) {
        return interfaces.stream()
                .filter(i -> i.up() && !i.loopback() && !i.virtual() && !isBridge(i.name()))
                .flatMap(i -> i.addresses().stream())
                .filter(a -> a instanceof Inet4Address && a.isSiteLocalAddress())
                .map(InetAddress::getHostAddress)
                .findFirst();
    }

    private static boolean isBridge(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return BRIDGE_PREFIXES.stream().anyMatch(lower::startsWith);
    }

    private static List<Interface> interfaces() {
        List<Interface> result = new ArrayList<>();
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                try {
                    result.add(new Interface(ni.getName(), ni.isUp(), ni.isLoopback(), ni.isVirtual(),
                            Collections.list(ni.getInetAddresses())));
                } catch (SocketException e) {
                    // an interface that vanished while listing: skip it
                }
            }
        } catch (SocketException | NullPointerException e) {
            // no interfaces readable (sandboxes): fall back to the host name
        }
        result.sort((a, b) -> Integer.compare(index(a.name()), index(b.name())));
        return result;
    }

    /** Keeps the OS's order but puts wired and wireless cards (eth*, en*, wl*) before the rest. */
    private static int index(String name) {
        return name.startsWith("e") || name.startsWith("wl") ? 0 : 1;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
