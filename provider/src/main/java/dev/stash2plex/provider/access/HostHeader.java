package dev.stash2plex.provider.access;

import java.net.InetAddress;

/** Reads the host out of a {@code Host} header value, and tells an IP literal from a name. */
final class HostHeader {

    private HostHeader() {
    }

    /**
     * The host without its port, lower case and without a trailing dot: {@code nas.local:9090} →
     * {@code nas.local}, {@code [::1]:9090} → {@code [::1]}. A value with several colons and no
     * brackets can only be an IPv6 address without a port, and is returned whole.
     */
    static String hostOf(String headerValue) {
        String value = headerValue.strip();
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            return close < 0 ? value : value.substring(0, close + 1);
        }
        int colon = value.indexOf(':');
        if (colon >= 0 && value.indexOf(':', colon + 1) < 0) {
            value = value.substring(0, colon);
        }
        return HostPattern.normalize(value);
    }

    /**
     * An IPv4 address, an IPv6 address in brackets, or an IPv6 address alone. Parsed as a literal
     * only, never looked up: a name must not cost a DNS query, and must never count as an address.
     */
    static boolean isIpLiteral(String host) {
        try {
            boolean bracketed = host.startsWith("[") && host.endsWith("]");
            InetAddress.ofLiteral(bracketed ? host.substring(1, host.length() - 1) : host);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
