package dev.stash2plex.core.access;

/**
 * The request header that carries the install's admin token ({@code S2P_ADMIN_TOKEN}) to the provider's
 * operator endpoints: the provider reads it, the desktop app sends it. Defined once here because a
 * container sees the app arrive through Docker's port forwarding, not on loopback, so this header is
 * the only thing that lets the app's Library window and Sync now through.
 */
public final class AdminHeader {

    public static final String NAME = "X-Stash2Plex-Admin-Token";

    private AdminHeader() {
    }
}
