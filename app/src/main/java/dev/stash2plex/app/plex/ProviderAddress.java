package dev.stash2plex.app.plex;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Works out the addresses Plex could use to reach the provider on this machine. Never {@code localhost}:
 * for Plex in a container that is the container itself (protocol pitfall 8). Pure: the interfaces come
 * in as records, so every kind of machine can be tested anywhere.
 *
 * <ul>
 *   <li>the user's own address first, when there is one;</li>
 *   <li>each private IPv4 address of an interface that is up and not Docker's or a VM's, those on the
 *       same network as the Plex address first;</li>
 *   <li>{@code host.docker.internal} when the Plex address points at this machine: Plex may be in a
 *       container here, and that name reaches the host from one.</li>
 * </ul>
 */
public final class ProviderAddress {

    public static final String DOCKER_HOST = "host.docker.internal";

    /** Bridges and veth pairs of Docker, Podman, Kubernetes and VM hosts: Plex on the LAN cannot use them. */
    private static final List<String> VIRTUAL_PREFIXES = List.of("docker", "br-", "veth", "virbr", "vnet", "podman",
            "cni", "flannel", "cali", "kube", "vmnet", "vboxnet", "lxcbr", "lxdbr");
    private static final Set<String> LOCAL_NAMES = Set.of("localhost", "127.0.0.1", "::1", "[::1]", DOCKER_HOST);

    private ProviderAddress() {
    }

    public static List<CandidateUrl> candidates(List<LocalInterface> interfaces, String plexUrl, int port, Optional<String> own) {
        List<CandidateUrl> candidates = new ArrayList<>();
        own.map(String::strip).filter(url -> !url.isEmpty())
                .ifPresent(url -> candidates.add(new CandidateUrl(url, CandidateUrl.Source.OWN, "")));
        Optional<String> plexHost = host(plexUrl);
        List<Lan> lan = new ArrayList<>();
        for (LocalInterface nic : interfaces) {
            if (!nic.up() || nic.loopback() || nic.virtual() || isVirtualName(nic.name())) {
                continue;
            }
            for (InetAddress address : nic.addresses()) {
                if (address instanceof Inet4Address v4 && v4.isSiteLocalAddress()) {
                    lan.add(new Lan(nic.name(), v4, plexHost.map(host -> sharedBits(v4, host)).orElse(0)));
                }
            }
        }
        lan.sort(Comparator.comparingInt(Lan::closeness).reversed());
        for (Lan address : lan) {
            add(candidates, new CandidateUrl("http://" + address.address().getHostAddress() + ":" + port,
                    CandidateUrl.Source.LAN, address.nic()));
        }
        if (plexHost.isPresent() && pointsHere(plexHost.get(), interfaces)) {
            add(candidates, new CandidateUrl("http://" + DOCKER_HOST + ":" + port, CandidateUrl.Source.DOCKER_HOST, ""));
        }
        return candidates;
    }

    /**
     * The one address to hand out when there is no room to choose (the tray's "Copy provider URL"):
     * the user's own if saved, else the best candidate, else this machine's name.
     */
    public static String best(List<LocalInterface> interfaces, String plexUrl, int port, Optional<String> own,
            String hostName) {
        List<CandidateUrl> candidates = candidates(interfaces, plexUrl, port, own);
        return candidates.isEmpty() ? "http://" + hostName + ":" + port : candidates.getFirst().url();
    }

    private record Lan(String nic, Inet4Address address, int closeness) {
    }

    private static void add(List<CandidateUrl> candidates, CandidateUrl candidate) {
        if (candidates.stream().noneMatch(c -> c.url().equalsIgnoreCase(candidate.url()))) {
            candidates.add(candidate);
        }
    }

    static boolean isVirtualName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return VIRTUAL_PREFIXES.stream().anyMatch(lower::startsWith);
    }

    private static boolean pointsHere(String plexHost, List<LocalInterface> interfaces) {
        String host = plexHost.toLowerCase(Locale.ROOT);
        if (LOCAL_NAMES.contains(host) || host.startsWith("127.")) {
            return true;
        }
        return interfaces.stream().flatMap(nic -> nic.addresses().stream())
                .anyMatch(address -> address.getHostAddress().equalsIgnoreCase(host));
    }

    /** How many leading bits the address shares with the Plex host, when that is an IPv4 literal. */
    private static int sharedBits(Inet4Address address, String plexHost) {
        byte[] plex = ipv4(plexHost);
        if (plex == null) {
            return 0;
        }
        byte[] ours = address.getAddress();
        int bits = 0;
        for (int i = 0; i < 4; i++) {
            int diff = (ours[i] ^ plex[i]) & 0xff;
            if (diff != 0) {
                return bits + Integer.numberOfLeadingZeros(diff) - 24;
            }
            bits += 8;
        }
        return bits;
    }

    private static byte[] ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (!parts[i].matches("\\d{1,3}") || Integer.parseInt(parts[i]) > 255) {
                return null;
            }
            bytes[i] = (byte) Integer.parseInt(parts[i]);
        }
        return bytes;
    }

    private static Optional<String> host(String url) {
        try {
            return Optional.ofNullable(URI.create(url.strip()).getHost());
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
