package dev.stash2plex.provider.testing;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Optional;

/**
 * One of this machine's own addresses that is not loopback: a connection to it reaches a provider
 * listening on every interface, and the provider sees a caller from the LAN, as Plex is.
 */
public final class LanAddress {

    private LanAddress() {
    }

    public static Optional<InetAddress> ofThisMachine() {
        try {
            return NetworkInterface.networkInterfaces()
                    .filter(LanAddress::usable)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                    .findFirst();
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    private static boolean usable(NetworkInterface nic) {
        try {
            return nic.isUp() && !nic.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
